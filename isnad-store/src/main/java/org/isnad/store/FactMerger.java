package org.isnad.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Merges an article's facts into global facts. Two reports are one fact when they have the
 * same type and the same global participants in the same roles, compatible times (equal, or
 * one missing or coarser), and, for statements and accusations, overlapping words. Amounts
 * within 1% agree; farther apart they are kept per evidence and the fact is flagged, as are
 * differing statuses.
 */
final class FactMerger {
  private static final Set<String> WORDED = Set.of("statement", "accusation", "policy", "contract", "sanction");
  private final Connection db;
  private final BriefIndex index;

  FactMerger(Connection db, BriefIndex index) {
    this.db = db;
    this.index = index;
  }

  void merge(long docRow, String text, JsonNode facts, Map<String, Long> global) throws SQLException {
    for (JsonNode f : facts) {
      String type = f.get("type").asText();
      Set<String> roles = new TreeSet<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = f.get("roles").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> role = it.next();
        for (JsonNode id : role.getValue().isArray() ? role.getValue() : List.of(role.getValue())) {
          Long g = global.get(id.asText());
          if (g != null) {
            roles.add(role.getKey() + "=" + g);
          }
        }
      }
      String signature = type + "|" + String.join(",", roles);
      JsonNode amount = f.get("amount");
      Double value = amount == null ? null : amount.get("value").asDouble();
      String currency = amount == null ? null : amount.path("currency").asText(null);
      String time = f.path("time").path("value").asText(null);
      String words = words(f);
      String status = f.hasNonNull("status") ? f.get("status").asText() : null;
      Long factId = findSame(signature, type, value, currency, time, words);
      if (factId == null) {
        // A new fact is what its one report says: nothing to merge (refresh would find the same).
        factId = create(signature, type, value, currency, status, time, words, roles);
        insertDocFact(docRow, text, f, global, factId, value, currency, time, status);
        index.added(factId, type, roles, value, currency, status, 1, 1);
      } else {
        insertDocFact(docRow, text, f, global, factId, value, currency, time, status);
        refresh(factId, time, type, roles);
      }
    }
  }

  private static String words(JsonNode f) {
    for (String field : new String[] {"quote", "content", "title", "item"}) {
      if (f.hasNonNull(field)) {
        return f.get(field).asText();
      }
    }
    return null;
  }

  private Long findSame(String signature, String type, Double value, String currency, String time, String words)
      throws SQLException {
    Long sameAmount = null;
    Long other = null;
    try (PreparedStatement p = db.prepareStatement(
        "SELECT id, amount, currency, time_value, text FROM facts WHERE signature = ? ORDER BY id")) {
      p.setString(1, signature);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          double a = r.getDouble(2);
          Double amount = r.wasNull() ? null : a;
          if (!timesCompatible(time, r.getString(4))) {
            continue;
          }
          if (WORDED.contains(type) && !(words == null && r.getString(5) == null) && jaccard(words, r.getString(5)) < 0.5) {
            continue;
          }
          boolean agree = value == null || amount == null
              || currency != null && currency.equals(r.getString(3)) && Math.abs(value - amount) <= 0.01 * Math.max(value, amount);
          if (agree && sameAmount == null) {
            sameAmount = r.getLong(1);
          } else if (!agree && other == null) {
            other = r.getLong(1);
          }
        }
      }
    }
    return sameAmount != null ? sameAmount : other;
  }

  static boolean timesCompatible(String a, String b) {
    return a == null || b == null || a.startsWith(b) || b.startsWith(a);
  }

  /** Word-Jaccard of two texts, after folding: the scorer's test for one statement. */
  static double jaccard(String a, String b) {
    if (a == null || b == null) {
      return 0;
    }
    Set<String> x = new HashSet<>(List.of(org.isnad.link.NameKey.of(a).split(" ")));
    Set<String> y = new HashSet<>(List.of(org.isnad.link.NameKey.of(b).split(" ")));
    Set<String> both = new HashSet<>(x);
    both.retainAll(y);
    Set<String> any = new HashSet<>(x);
    any.addAll(y);
    return any.isEmpty() ? 0 : (double) both.size() / any.size();
  }

  private long create(String signature, String type, Double value, String currency, String status, String time,
      String words, Set<String> roles) throws SQLException {
    long id = JdbcStore.nextId(db, "facts");
    try (PreparedStatement p = db.prepareStatement("INSERT INTO facts(id, type, signature, amount, currency, status,"
        + " time_value, text, amount_conflict, status_conflict, evidences, reports) VALUES (?,?,?,?,?,?,?,?,0,0,1,1)")) {
      p.setLong(1, id);
      p.setString(2, type);
      p.setString(3, signature);
      setDouble(p, 4, value);
      p.setString(5, currency);
      p.setString(6, status);
      p.setString(7, time);
      p.setString(8, words);
      p.executeUpdate();
    }
    try (PreparedStatement p = db.prepareStatement("INSERT INTO fact_roles(fact_id, role, entity_id) VALUES (?,?,?)")) {
      for (String r : roles) {
        int eq = r.lastIndexOf('=');
        p.setLong(1, id);
        p.setString(2, r.substring(0, eq));
        p.setLong(3, Long.parseLong(r.substring(eq + 1)));
        p.addBatch();
      }
      p.executeBatch();
    }
    return id;
  }

  private void insertDocFact(long docRow, String text, JsonNode f, Map<String, Long> global, long factId, Double value,
      String currency, String time, String status) throws SQLException {
    try (PreparedStatement p = db.prepareStatement("INSERT INTO doc_facts(document_id, local_id, type, status, attribution,"
        + " attribution_source, amount, currency, time_value, confidence, span_start, span_end, sentence, json, fact_id)"
        + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      p.setLong(1, docRow);
      p.setString(2, f.get("id").asText());
      p.setString(3, f.get("type").asText());
      p.setString(4, status);
      p.setString(5, f.path("attribution").path("kind").asText(null));
      Long source = global.get(f.path("attribution").path("source").asText(""));
      if (source == null) {
        p.setNull(6, Types.BIGINT);
      } else {
        p.setLong(6, source);
      }
      setDouble(p, 7, value);
      p.setString(8, currency);
      p.setString(9, time);
      p.setDouble(10, f.path("confidence").asDouble());
      JsonNode ev = f.path("evidence").path(0);
      if (ev.isArray() && ev.size() == 2) {
        int s = ev.get(0).asInt();
        int e = ev.get(1).asInt();
        p.setInt(11, s);
        p.setInt(12, e);
        p.setString(13, sliceCodePoints(text, s, e));
      } else {
        p.setNull(11, Types.INTEGER);
        p.setNull(12, Types.INTEGER);
        p.setNull(13, Types.VARCHAR);
      }
      p.setString(14, f.toString());
      p.setLong(15, factId);
      p.executeUpdate();
    }
  }

  static String sliceCodePoints(String text, int start, int end) {
    int n = text.codePointCount(0, text.length());
    if (start < 0 || end > n || start > end) {
      return null;
    }
    int s = text.offsetByCodePoints(0, start);
    return text.substring(s, text.offsetByCodePoints(s, end - start)).strip();
  }

  /**
   * Recomputes a fact's merged values from all its evidences, and keeps the brief's index
   * ({@link BriefIndex}) of its entities with them.
   */
  private void refresh(long factId, String time, String type, Set<String> roles) throws SQLException {
    Double oldAmount;
    String oldCurrency;
    String oldStatus;
    int evidences;
    try (PreparedStatement p = db.prepareStatement("SELECT amount, currency, status, evidences FROM facts WHERE id = ?")) {
      p.setLong(1, factId);
      try (ResultSet r = p.executeQuery()) {
        r.next();
        double a = r.getDouble(1);
        oldAmount = r.wasNull() ? null : a;
        oldCurrency = r.getString(2);
        oldStatus = r.getString(3);
        evidences = r.getInt(4) + 1;
      }
    }
    List<String> statuses = new ArrayList<>();
    List<double[]> amounts = new ArrayList<>();
    List<String> currencies = new ArrayList<>();
    Set<Long> stories = new HashSet<>();
    try (PreparedStatement p = db.prepareStatement("SELECT f.status, f.amount, f.currency, coalesce(d.story, d.id)"
        + " FROM doc_facts f JOIN documents d ON d.id = f.document_id WHERE f.fact_id = ? ORDER BY f.document_id, f.local_id")) {
      p.setLong(1, factId);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          stories.add(r.getLong(4));
          if (r.getString(1) != null) {
            statuses.add(r.getString(1));
          }
          double a = r.getDouble(2);
          if (!r.wasNull()) {
            amounts.add(new double[] {a});
            currencies.add(r.getString(3));
          }
        }
      }
    }
    boolean amountConflict = new HashSet<>(currencies).size() > 1;
    for (double[] a : amounts) {
      amountConflict |= Math.abs(a[0] - amounts.get(0)[0]) > 0.01 * Math.max(a[0], amounts.get(0)[0]);
    }
    String status = statuses.stream().collect(java.util.stream.Collectors.groupingBy(s -> s,
        java.util.LinkedHashMap::new, java.util.stream.Collectors.counting())).entrySet().stream()
        .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    // Copies of one wire story in several outlets are one report: every outlet stays an evidence.
    try (PreparedStatement p = db.prepareStatement("UPDATE facts SET status = ?, amount_conflict = ?, status_conflict = ?,"
        + " evidences = evidences + 1, reports = ?, amount = coalesce(amount, ?), currency = coalesce(currency, ?),"
        + " time_value = CASE WHEN time_value IS NULL OR length(time_value) < length(?) THEN ? ELSE time_value END"
        + " WHERE id = ?")) {
      p.setString(1, status);
      p.setInt(2, amountConflict ? 1 : 0);
      p.setInt(3, new HashSet<>(statuses).size() > 1 ? 1 : 0);
      p.setInt(4, stories.size());
      setDouble(p, 5, amounts.isEmpty() ? null : amounts.get(0)[0]);
      p.setString(6, currencies.isEmpty() ? null : currencies.get(0));
      p.setString(7, time == null ? "" : time);
      p.setString(8, time);
      p.setLong(9, factId);
      p.executeUpdate();
    }
    // What the update made of them: amount and currency are the first reported, kept once set.
    Double amount = oldAmount != null ? oldAmount : amounts.isEmpty() ? null : amounts.get(0)[0];
    String currency = oldCurrency != null ? oldCurrency : currencies.isEmpty() ? null : currencies.get(0);
    index.changed(factId, type, roles, oldAmount, oldCurrency, oldStatus, amount, currency, status, evidences,
        stories.size());
  }

  /** Binds a nullable double. */
  static void setDouble(PreparedStatement p, int i, Double v) throws SQLException {
    if (v == null) {
      p.setNull(i, Types.DOUBLE);
    } else {
      p.setDouble(i, v);
    }
  }
}
