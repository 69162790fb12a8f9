package org.isnad.store;

import java.util.List;
import java.util.Map;

/**
 * One fact merged across articles. {@code amount}, {@code status} and {@code time} are the
 * merged values (first amount, most reported status); every evidence keeps its own, and the
 * conflict flags say when they disagree. {@code evidences} counts them all, {@code evidence}
 * lists those loaded; {@code reports} counts the independent ones: copies of one wire story
 * (near-duplicates) in several outlets are one report.
 */
public record GlobalFact(long id, String type, Map<String, List<EntityRef>> roles, Double amount, String currency,
    String status, String time, String text, boolean amountConflict, boolean statusConflict, int evidences,
    List<Evidence> evidence, int reports) {

  /**
   * One article's report of the fact: where, in which sentence, and what that article says of
   * it. {@code document} is the article's key (SHA-256 of its text); {@code story} the store id
   * of the first copy of its story, equal for near-duplicates.
   */
  public record Evidence(String docId, String title, String outlet, String url, String published, int start, int end,
      String sentence, String status, String attribution, String attributionSource, String attributionSourceEn,
      Double amount, String currency, String document, long story) {
    public Evidence(String docId, String title, String outlet, String url, String published, int start, int end,
        String sentence, String status, String attribution, String attributionSource, String attributionSourceEn,
        Double amount, String currency) {
      this(docId, title, outlet, url, published, start, end, sentence, status, attribution, attributionSource,
          attributionSourceEn, amount, currency, null, 0);
    }
  }

  /** The fact's date: its own time, else the earliest publication date of its loaded evidence. */
  public String date() {
    if (time != null) {
      return time;
    }
    return evidence.stream().map(Evidence::published).filter(java.util.Objects::nonNull).min(String::compareTo)
        .orElse(null);
  }

  public GlobalFact {
    roles = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(roles));
    evidence = List.copyOf(evidence);
  }

  public GlobalFact(long id, String type, Map<String, List<EntityRef>> roles, Double amount, String currency,
      String status, String time, String text, boolean amountConflict, boolean statusConflict, int evidences,
      List<Evidence> evidence) {
    this(id, type, roles, amount, currency, status, time, text, amountConflict, statusConflict, evidences, evidence,
        evidences);
  }

  /** The entities in a role, or none. */
  public List<EntityRef> role(String name) {
    return roles.getOrDefault(name, List.of());
  }
}
