package org.isnad.store;

import java.util.List;

/** A global entity: its id, type, fullest name, English name, aliases in both scripts and how many articles name it. */
public record EntityRef(long id, String type, String name, String nameEn, List<String> aliases, int documents) {
  public EntityRef {
    aliases = List.copyOf(aliases);
  }
}
