package org.isnad.store;

import java.util.List;
import java.util.Map;

/**
 * One fact merged across articles. {@code amount}, {@code status} and {@code time} are the
 * merged values (first amount, most reported status); every evidence keeps its own, and the
 * conflict flags say when they disagree. {@code evidences} counts them all, {@code evidence}
 * lists those loaded.
 */
public record GlobalFact(long id, String type, Map<String, List<EntityRef>> roles, Double amount, String currency,
    String status, String time, String text, boolean amountConflict, boolean statusConflict, int evidences,
    List<Evidence> evidence) {

  /** One article's report of the fact: where, in which sentence, and what that article says of it. */
  public record Evidence(String docId, String title, String outlet, String url, String published, int start, int end,
      String sentence, String status, String attribution, String attributionSource, String attributionSourceEn,
      Double amount, String currency) {}

  public GlobalFact {
    roles = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(roles));
    evidence = List.copyOf(evidence);
  }

  /** The entities in a role, or none. */
  public List<EntityRef> role(String name) {
    return roles.getOrDefault(name, List.of());
  }
}
