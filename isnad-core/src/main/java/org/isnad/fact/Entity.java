package org.isnad.fact;

import java.util.List;
import org.isnad.text.Span;

/** An entity of one document: its fullest name, English name, other surface forms and mentions. */
public record Entity(String id, EntityType type, String name, String nameEn, List<String> aliases,
    List<Span> mentions) {
  public Entity {
    aliases = List.copyOf(aliases);
    mentions = List.copyOf(mentions);
  }
}
