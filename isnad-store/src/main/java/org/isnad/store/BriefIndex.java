package org.isnad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The brief's index, written with the facts in the article's transaction (docs/store.md, "Speed"):
 * {@code entity_facts} has a row per entity and fact it takes part in, with the fact's section for
 * that entity and the values briefs rank and total by; {@code entity_totals} has, per entity,
 * section and bucket (currency and status), the number of facts, the total of their amounts and
 * the first fact. A brief reads a few rows per entity instead of every fact of it.
 */
final class BriefIndex {
  /** The index's tables, in the order they are emptied. */
  static final String[] TABLES = {"entity_totals", "entity_facts"};
  /** Ranked lists read in one statement (padded with empty ones: one statement text). */
  private static final int LISTS = 64;
  private static final String COLUMNS = "entity_id, fact_id, roles, section, bucket, type, amount, currency, status,"
      + " evidences, reports";
  private final Connection db;

  BriefIndex(Connection db) {
    this.db = db;
  }

  /** One row of {@code entity_facts}. */
  private record Row(long entity, long fact, String roles, String section, String bucket, String type, Double amount,
      String currency, String status, int evidences, int reports) {
    Set<String> roleSet() {
      return new TreeSet<>(Arrays.asList(roles.split(",")));
    }

    /** The row with its roles sorted and its section and bucket worked out from them. */
    Row placed() {
      Set<String> sorted = roleSet();
      String section = Sections.of(type, sorted);
      return new Row(entity, fact, String.join(",", sorted), section, Sections.bucket(section, amount, currency, status),
          type, amount, currency, status, evidences, reports);
    }
  }

  private static final String INSERT_ROW = "INSERT INTO entity_facts(" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?)";

  private static void insert(PreparedStatement p, Row r) throws SQLException {
    p.setLong(1, r.entity());
    p.setLong(2, r.fact());
    p.setString(3, r.roles());
    p.setString(4, r.section());
    p.setString(5, r.bucket());
    p.setString(6, r.type());
    FactMerger.setDouble(p, 7, r.amount());
    p.setString(8, r.currency());
    p.setString(9, r.status());
    p.setInt(10, r.evidences());
    p.setInt(11, r.reports());
    p.addBatch();
  }

  /** Per entity of a fact, the roles it fills, sorted and comma-separated, from the fact's "role=entity" pairs. */
  static Map<Long, String> rolesByEntity(Collection<String> roles) {
    Map<Long, TreeSet<String>> by = new TreeMap<>();
    for (String r : roles) {
      int eq = r.lastIndexOf('=');
      by.computeIfAbsent(Long.parseLong(r.substring(eq + 1)), k -> new TreeSet<>()).add(r.substring(0, eq));
    }
    Map<Long, String> out = new LinkedHashMap<>();
    by.forEach((e, rs) -> out.put(e, String.join(",", rs)));
    return out;
  }

  /**
   * A fact just created (its id is the highest): a row per entity, and its amount added to each
   * entity's total, after the others as a brief adds them.
   */
  void added(long factId, String type, Collection<String> roles, Double amount, String currency, String status,
      int evidences, int reports) throws SQLException {
    List<Row> rows = new ArrayList<>();
    rolesByEntity(roles).forEach((entity, rs) -> rows.add(
        new Row(entity, factId, rs, null, null, type, amount, currency, status, evidences, reports).placed()));
    try (PreparedStatement p = db.prepareStatement(INSERT_ROW)) {
      for (Row r : rows) {
        insert(p, r);
      }
      p.executeBatch();
    }
    // The fact's id is the highest, so the bucket's first fact stays as it is.
    try (PreparedStatement p = db.prepareStatement("INSERT INTO entity_totals(entity_id, section, bucket, facts, total,"
        + " first_fact) VALUES (?,?,?,1,?,?) ON CONFLICT (entity_id, section, bucket)"
        + " DO UPDATE SET facts = entity_totals.facts + 1, total = entity_totals.total + excluded.total")) {
      for (Row r : rows) {
        p.setLong(1, r.entity());
        p.setString(2, r.section());
        p.setString(3, r.bucket());
        FactMerger.setDouble(p, 4, r.bucket().equals(Sections.UNTOTALLED) ? null : amount);
        p.setLong(5, factId);
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  /**
   * A fact given another evidence: its rows take its new values; when its currency or status
   * bucket changed, each entity's two buckets are counted again.
   */
  void changed(long factId, String type, Collection<String> roles, Double oldAmount, String oldCurrency, String oldStatus,
      Double amount, String currency, String status, int evidences, int reports) throws SQLException {
    Map<Long, String> byEntity = rolesByEntity(roles);
    List<Object[]> moved = new ArrayList<>();
    try (PreparedStatement p = db.prepareStatement("UPDATE entity_facts SET amount = ?, currency = ?, status = ?, bucket = ?,"
        + " evidences = ?, reports = ? WHERE entity_id = ? AND fact_id = ?")) {
      for (Map.Entry<Long, String> e : byEntity.entrySet()) {
        String section = Sections.of(type, Arrays.asList(e.getValue().split(",")));
        String before = Sections.bucket(section, oldAmount, oldCurrency, oldStatus);
        String bucket = Sections.bucket(section, amount, currency, status);
        if (!before.equals(bucket)) {
          moved.add(new Object[] {e.getKey(), section, before, bucket});
        }
        FactMerger.setDouble(p, 1, amount);
        p.setString(2, currency);
        p.setString(3, status);
        p.setString(4, bucket);
        p.setInt(5, evidences);
        p.setInt(6, reports);
        p.setLong(7, e.getKey());
        p.setLong(8, factId);
        p.addBatch();
      }
      p.executeBatch();
    }
    for (Object[] m : moved) {
      recount((Long) m[0], (String) m[1], (String) m[2]);
      recount((Long) m[0], (String) m[1], (String) m[3]);
    }
  }

  /** Counts and totals one entity's bucket again from its rows, in fact order. */
  private void recount(long entity, String section, String bucket) throws SQLException {
    int facts = 0;
    Double total = null;
    long first = 0;
    try (PreparedStatement p = db.prepareStatement("SELECT fact_id, amount FROM entity_facts"
        + " WHERE entity_id = ? AND section = ? AND bucket = ? ORDER BY fact_id")) {
      p.setLong(1, entity);
      p.setString(2, section);
      p.setString(3, bucket);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          if (facts++ == 0) {
            first = r.getLong(1);
          }
          double a = r.getDouble(2);
          if (!r.wasNull() && !bucket.equals(Sections.UNTOTALLED)) {
            total = total == null ? a : total + a;
          }
        }
      }
    }
    if (facts == 0) {
      try (PreparedStatement p = db.prepareStatement(
          "DELETE FROM entity_totals WHERE entity_id = ? AND section = ? AND bucket = ?")) {
        p.setLong(1, entity);
        p.setString(2, section);
        p.setString(3, bucket);
        p.executeUpdate();
      }
      return;
    }
    try (PreparedStatement p = db.prepareStatement("INSERT INTO entity_totals(entity_id, section, bucket, facts, total,"
        + " first_fact) VALUES (?,?,?,?,?,?) ON CONFLICT (entity_id, section, bucket)"
        + " DO UPDATE SET facts = excluded.facts, total = excluded.total, first_fact = excluded.first_fact")) {
      p.setLong(1, entity);
      p.setString(2, section);
      p.setString(3, bucket);
      p.setInt(4, facts);
      FactMerger.setDouble(p, 5, total);
      p.setLong(6, first);
      p.executeUpdate();
    }
  }

  /** Writes the whole index again from {@code facts} and {@code fact_roles}: for a store made before it. */
  void fill() throws SQLException {
    try (var s = db.createStatement()) {
      for (String t : TABLES) {
        s.executeUpdate("DELETE FROM " + t);
      }
    }
    record Key(long entity, String section, String bucket) {}
    Map<Key, Object[]> totals = new LinkedHashMap<>();
    try (PreparedStatement q = db.prepareStatement("SELECT r.fact_id, r.entity_id, r.role, f.type, f.amount, f.currency,"
        + " f.status, f.evidences, f.reports FROM fact_roles r JOIN facts f ON f.id = r.fact_id"
        + " ORDER BY r.fact_id, r.entity_id, r.role");
        PreparedStatement p = db.prepareStatement(INSERT_ROW)) {
      q.setFetchSize(2000);
      try (ResultSet r = q.executeQuery()) {
        Row row = null;
        int batched = 0;
        while (true) {
          boolean more = r.next();
          if (row != null && (!more || r.getLong(1) != row.fact() || r.getLong(2) != row.entity())) {
            Row placed = row.placed();
            String section = placed.section();
            String bucket = placed.bucket();
            insert(p, placed);
            if (++batched % 1000 == 0) {
              p.executeBatch();
            }
            // Facts come in id order: each bucket's total sums them as a brief does.
            long fact = row.fact();
            Object[] t = totals.computeIfAbsent(new Key(row.entity(), section, bucket), k -> new Object[] {0, null, fact});
            t[0] = (Integer) t[0] + 1;
            if (row.amount() != null && !bucket.equals(Sections.UNTOTALLED)) {
              t[1] = t[1] == null ? row.amount() : (Double) t[1] + row.amount();
            }
            row = null;
          }
          if (!more) {
            break;
          }
          if (row == null) {
            double a = r.getDouble(5);
            Double amount = r.wasNull() ? null : a;
            row = new Row(r.getLong(2), r.getLong(1), r.getString(3), null, null, r.getString(4), amount, r.getString(6),
                r.getString(7), r.getInt(8), r.getInt(9));
          } else {
            row = new Row(row.entity(), row.fact(), row.roles() + "," + r.getString(3), null, null, row.type(), row.amount(),
                row.currency(), row.status(), row.evidences(), row.reports());
          }
        }
        p.executeBatch();
      }
    }
    try (PreparedStatement p = db.prepareStatement("INSERT INTO entity_totals(entity_id, section, bucket, facts, total,"
        + " first_fact) VALUES (?,?,?,?,?,?)")) {
      int batched = 0;
      for (Map.Entry<Key, Object[]> t : totals.entrySet()) {
        p.setLong(1, t.getKey().entity());
        p.setString(2, t.getKey().section());
        p.setString(3, t.getKey().bucket());
        p.setInt(4, (Integer) t.getValue()[0]);
        FactMerger.setDouble(p, 5, (Double) t.getValue()[1]);
        p.setLong(6, (Long) t.getValue()[2]);
        p.addBatch();
        if (++batched % 1000 == 0) {
          p.executeBatch();
        }
      }
      p.executeBatch();
    }
  }

  /** Whether the store has facts but no index: made before the index was. */
  boolean missing() throws SQLException {
    try (PreparedStatement p = db.prepareStatement("SELECT (SELECT count(*) FROM (SELECT 1 FROM facts LIMIT 1) f),"
        + " (SELECT count(*) FROM (SELECT 1 FROM entity_facts LIMIT 1) e)"); ResultSet r = p.executeQuery()) {
      r.next();
      return r.getInt(1) > 0 && r.getInt(2) == 0;
    }
  }

  /** A section's running sums while a brief's entities are added up. */
  private static final class Sum {
    int facts;
    Double total;
    Long first;

    void add(int n, Double amount) {
      facts += n;
      if (amount != null) {
        total = total == null ? amount : total + amount;
      }
    }

    void first(Long id) {
      if (id != null && (first == null || id < first)) {
        first = id;
      }
    }
  }

  /** A fact as briefs rank it: in the order of {@link Sections#MOST_REPORTED}. */
  private record Ranked(long fact, int reports, int evidences) {}

  private static final Comparator<Ranked> RANK = Comparator.comparingInt(Ranked::reports).reversed()
      .thenComparing(Comparator.comparingInt(Ranked::evidences).reversed()).thenComparingLong(Ranked::fact);

  Store.BriefSummary summary(List<Long> entityIds, int limit) throws SQLException {
    List<Long> ids = entityIds.stream().distinct().sorted().toList();
    if (ids.isEmpty()) {
      return new Store.BriefSummary(Map.of(), Map.of(), Map.of());
    }
    // Facts two or more of the entities take part in: each entity's sums count them once for
    // each, perhaps in different sections (the donor's money out, the recipient's money in).
    Map<Long, List<Row>> shared = ids.size() > 1 ? shared(ids) : Map.of();
    record Key(long entity, String section, String bucket) {}
    Map<String, Map<String, Sum>> sums = new TreeMap<>();
    Map<Key, Long> firsts = new LinkedHashMap<>();
    Map<Long, Map<String, Integer>> perEntity = new LinkedHashMap<>();
    List<Long> in = InList.padded(ids);
    try (PreparedStatement p = db.prepareStatement("SELECT entity_id, section, bucket, facts, total, first_fact"
        + " FROM entity_totals WHERE entity_id IN (" + InList.marks(in.size()) + ") ORDER BY entity_id, section, bucket")) {
      InList.bind(p, 1, in);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          double t = r.getDouble(5);
          Double total = r.wasNull() ? null : t;
          sums.computeIfAbsent(r.getString(2), k -> new TreeMap<>()).computeIfAbsent(r.getString(3), k -> new Sum())
              .add(r.getInt(4), total);
          firsts.put(new Key(r.getLong(1), r.getString(2), r.getString(3)), r.getLong(6));
          perEntity.computeIfAbsent(r.getLong(1), k -> new LinkedHashMap<>()).merge(r.getString(2), r.getInt(4), Integer::sum);
        }
      }
    }
    // Each shared fact counted once, in the section the entities together give it.
    Map<Key, Set<Long>> left = new HashMap<>();
    Map<Long, Map<String, Integer>> sharedPerEntity = new HashMap<>();
    Map<String, List<Ranked>> candidates = new TreeMap<>();
    for (List<Row> rows : shared.values()) {
      Row one = rows.get(0);
      Set<String> roles = new TreeSet<>();
      rows.forEach(r -> roles.addAll(r.roleSet()));
      String section = Sections.of(one.type(), roles);
      String bucket = Sections.bucket(section, one.amount(), one.currency(), one.status());
      Double amount = bucket.equals(Sections.UNTOTALLED) ? null : one.amount();
      for (Row r : rows) {
        sums.get(r.section()).get(r.bucket()).add(-1, amount == null ? null : -amount);
        if (!r.section().equals(section)) {
          left.computeIfAbsent(new Key(r.entity(), r.section(), r.bucket()), k -> new HashSet<>()).add(r.fact());
        }
        sharedPerEntity.computeIfAbsent(r.entity(), k -> new HashMap<>()).merge(r.section(), 1, Integer::sum);
      }
      Sum s = sums.computeIfAbsent(section, k -> new TreeMap<>()).computeIfAbsent(bucket, k -> new Sum());
      s.add(1, amount);
      s.first(one.fact());
      candidates.computeIfAbsent(section, k -> new ArrayList<>()).add(new Ranked(one.fact(), one.reports(), one.evidences()));
    }
    // The first fact of each bucket: an entity's own, unless that one went to another section.
    for (Map.Entry<Key, Long> f : firsts.entrySet()) {
      Key k = f.getKey();
      Set<Long> gone = left.get(k);
      Long first = gone != null && gone.contains(f.getValue()) ? firstBut(k.entity(), k.section(), k.bucket(), gone) : f.getValue();
      sums.get(k.section()).get(k.bucket()).first(first);
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, Map<String, Double>> totals = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, Sum>> s : sums.entrySet()) {
      int n = s.getValue().values().stream().mapToInt(x -> x.facts).sum();
      if (n > 0) {
        counts.put(s.getKey(), n);
      }
      List<Map.Entry<String, Sum>> kept = s.getValue().entrySet().stream()
          .filter(b -> b.getValue().facts > 0 && !b.getKey().equals(Sections.UNTOTALLED))
          .sorted(Comparator.comparingLong(b -> b.getValue().first)).toList();
      if (!kept.isEmpty()) {
        Map<String, Double> t = new LinkedHashMap<>();
        kept.forEach(b -> t.put(b.getKey(), b.getValue().total));
        totals.put(s.getKey(), t);
      }
    }
    Map<String, List<Long>> top = new LinkedHashMap<>();
    if (limit > 0) {
      // Each entity's best of each section, enough of them to stand in for its shared facts.
      List<Object[]> lists = new ArrayList<>();
      perEntity.forEach((entity, sections) -> sections.forEach((section, n) -> {
        int sharedHere = sharedPerEntity.getOrDefault(entity, Map.of()).getOrDefault(section, 0);
        if (n + sharedHere > 0) {
          lists.add(new Object[] {entity, section, limit + sharedHere});
        }
      }));
      ranked(lists, shared.keySet(), candidates);
      for (Map.Entry<String, List<Ranked>> c : candidates.entrySet()) {
        if (counts.containsKey(c.getKey())) {
          top.put(c.getKey(), c.getValue().stream().sorted(RANK).limit(limit).map(Ranked::fact).toList());
        }
      }
    }
    return new Store.BriefSummary(counts, totals, top);
  }

  /** The rows of facts two or more of the entities take part in, by fact. */
  private Map<Long, List<Row>> shared(List<Long> ids) throws SQLException {
    Map<Long, List<Row>> out = new LinkedHashMap<>();
    List<Long> padded = InList.padded(ids);
    String in = InList.marks(padded.size());
    try (PreparedStatement p = db.prepareStatement("SELECT " + COLUMNS + " FROM entity_facts WHERE entity_id IN (" + in
        + ") AND fact_id IN (SELECT fact_id FROM fact_roles WHERE entity_id IN (" + in + ") GROUP BY fact_id"
        + " HAVING min(entity_id) <> max(entity_id)) ORDER BY fact_id, entity_id")) {
      InList.bind(p, 1, padded);
      InList.bind(p, padded.size() + 1, padded);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          Row row = row(r);
          out.computeIfAbsent(row.fact(), k -> new ArrayList<>()).add(row);
        }
      }
    }
    return out;
  }

  /** The first fact of an entity's bucket other than those gone to another section, or null. */
  private Long firstBut(long entity, String section, String bucket, Set<Long> gone) throws SQLException {
    List<Long> not = InList.padded(new ArrayList<>(gone));
    try (PreparedStatement p = db.prepareStatement("SELECT min(fact_id) FROM entity_facts WHERE entity_id = ? AND section = ?"
        + " AND bucket = ? AND fact_id NOT IN (" + InList.marks(not.size()) + ")")) {
      p.setLong(1, entity);
      p.setString(2, section);
      p.setString(3, bucket);
      InList.bind(p, 4, not);
      try (ResultSet r = p.executeQuery()) {
        r.next();
        long first = r.getLong(1);
        return r.wasNull() ? null : first;
      }
    }
  }

  /** The ranked lists' statement: {@link #LISTS} lists of (entity, section, how many), from the index alone. */
  private static final String RANKED;

  static {
    StringBuilder sql = new StringBuilder();
    for (int i = 0; i < LISTS; i++) {
      sql.append(i == 0 ? "" : " UNION ALL ").append("SELECT * FROM (SELECT section, fact_id, reports, evidences")
          .append(" FROM entity_facts WHERE entity_id = ? AND section = ?")
          .append(" ORDER BY reports DESC, evidences DESC, fact_id LIMIT ?) t").append(i);
    }
    RANKED = sql.toString();
  }

  /** Adds the first facts of each (entity, section, how many) list by rank, but the shared ones, to the candidates. */
  private void ranked(List<Object[]> lists, Set<Long> shared, Map<String, List<Ranked>> candidates) throws SQLException {
    for (int from = 0; from < lists.size(); from += LISTS) {
      List<Object[]> some = lists.subList(from, Math.min(lists.size(), from + LISTS));
      try (PreparedStatement p = db.prepareStatement(RANKED)) {
        int at = 1;
        for (int i = 0; i < LISTS; i++) {
          Object[] l = i < some.size() ? some.get(i) : new Object[] {-1L, "", 0};
          p.setLong(at++, (Long) l[0]);
          p.setString(at++, (String) l[1]);
          p.setInt(at++, (Integer) l[2]);
        }
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            long fact = r.getLong(2);
            if (!shared.contains(fact)) {
              candidates.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(new Ranked(fact, r.getInt(3), r.getInt(4)));
            }
          }
        }
      }
    }
  }

  private static Row row(ResultSet r) throws SQLException {
    double a = r.getDouble(7);
    Double amount = r.wasNull() ? null : a;
    return new Row(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6), amount,
        r.getString(8), r.getString(9), r.getInt(10), r.getInt(11));
  }
}
