package org.isnad.store;

import java.util.List;

/**
 * One stored article as a reader sees it: its metadata and text, the entities it names with
 * their mentions, and its facts with their evidence spans, each linked to the global entity or
 * fact it resolved to. Offsets are {@code [start, end)} in code points of {@code text}, as in
 * FACTS.md.
 */
public record StoredDocument(String docId, String lang, String title, String url, String outlet, String published,
    String text, List<Entity> entities, List<Fact> facts) {

  public StoredDocument {
    entities = List.copyOf(entities);
    facts = List.copyOf(facts);
  }

  /** A {@code [start, end)} range of code points. */
  public record Range(int start, int end) {}

  /** An entity of the article ({@code E1}...) and the global entity it is, when resolved. */
  public record Entity(String localId, Long entityId, String type, String name, String nameEn, List<Range> mentions) {
    public Entity {
      mentions = List.copyOf(mentions);
    }
  }

  /** A fact of the article ({@code F1}...), the global fact it merged into, and a one-line summary. */
  public record Fact(String localId, Long factId, String type, String summary, String status, String attribution,
      List<Range> evidence) {
    public Fact {
      evidence = List.copyOf(evidence);
    }
  }

  /** A stored article in a list: no text. */
  public record Ref(String docId, String lang, String title, String outlet, String published, int facts) {}
}
