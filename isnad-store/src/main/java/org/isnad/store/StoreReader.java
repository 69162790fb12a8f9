package org.isnad.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.link.NameKey;
import org.isnad.link.Transliterator;

/** The read side of a store: entities by name, global facts with their roles and evidences. */
final class StoreReader {
  private static final int CHUNK = 500;
  private static final int RELATED = 10;
  private final Connection db;

  StoreReader(Connection db) {
    this.db = db;
  }

  List<Store.FactRow> documentFacts(int limit) {
    String sql = "SELECT d.doc_id, f.local_id, f.type, f.status, f.attribution, f.json, d.json"
        + " FROM doc_facts f JOIN documents d ON d.id = f.document_id ORDER BY d.id, f.local_id LIMIT ?";
    List<Store.FactRow> out = new ArrayList<>();
    try (PreparedStatement p = db.prepareStatement(sql)) {
      p.setInt(1, limit);
      Map<String, Map<String, String>> names = new LinkedHashMap<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          String docJson = r.getString(7);
          Map<String, String> n = names.computeIfAbsent(docJson, StoreReader::entityNames);
          JsonNode f = JdbcStore.JSON.readTree(r.getString(6));
          out.add(new Store.FactRow(r.getString(1), r.getString(2), r.getString(3), Summaries.of(f, n), r.getString(4),
              r.getString(5)));
        }
      }
      db.rollback();
    } catch (SQLException | IOException e) {
      throw new StoreException("cannot read facts: " + e.getMessage(), e);
    }
    return out;
  }

  private static Map<String, String> entityNames(String docJson) {
    Map<String, String> names = new LinkedHashMap<>();
    try {
      JdbcStore.JSON.readTree(docJson).get("entities").forEach(e -> names.put(e.get("id").asText(), e.get("name").asText()));
    } catch (IOException e) {
      throw new StoreException("a stored article's JSON is unreadable: " + e.getMessage(), e);
    }
    return names;
  }

  List<EntityRef> findEntities(String name) {
    try {
      String key = NameKey.of(name);
      List<EntityRef> found = byKey("name", key);
      if (found.isEmpty()) {
        String skeleton = Transliterator.matchKey(name);
        boolean oneWord = NameKey.words(key).length == 1;
        if (skeleton != null && !skeleton.isBlank()) {
          found = byKey(oneWord ? "single" : "match", skeleton);
          if (found.isEmpty() && oneWord) {
            found = byKey("surname", skeleton);
          }
        }
      }
      db.rollback();
      found.sort(Comparator.comparingInt(EntityRef::documents).reversed().thenComparingLong(EntityRef::id));
      return found;
    } catch (SQLException | IOException e) {
      throw new StoreException("cannot look up " + name + ": " + e.getMessage(), e);
    }
  }

  List<EntityRef> related(List<EntityRef> entities) {
    Set<String> words = new LinkedHashSet<>();
    for (EntityRef e : entities) {
      List<String> forms = new ArrayList<>(e.aliases());
      forms.add(e.name());
      for (String f : forms) {
        String[] w = NameKey.words(NameKey.of(f));
        if (e.type().equals("person") ? w.length > 1 : w.length == 1) {
          words.add(w[w.length - 1]);
        }
      }
    }
    words.removeIf(w -> w.length() < 3);
    Map<Long, EntityRef> out = new LinkedHashMap<>();
    try {
      for (String w : words) {
        // The most cited of each word are enough: the subjects are taken out, then the most cited kept.
        for (EntityRef r : byKey("word", w, RELATED + entities.size())) {
          out.putIfAbsent(r.id(), r);
        }
      }
      db.rollback();
    } catch (SQLException | IOException e) {
      throw new StoreException("cannot look up entities related to " + entities + ": " + e.getMessage(), e);
    }
    entities.forEach(e -> out.remove(e.id()));
    // The most-cited few: a common surname can name hundreds of organizations.
    return out.values().stream().sorted(Comparator.comparingInt(EntityRef::documents).reversed()
        .thenComparingLong(EntityRef::id)).limit(RELATED).toList();
  }

  private List<EntityRef> byKey(String kind, String key) throws SQLException, IOException {
    return byKey(kind, key, 0);
  }

  /** The entities with the key; with {@code limit} above 0, only that many of the most cited. */
  private List<EntityRef> byKey(String kind, String key, int limit) throws SQLException, IOException {
    List<EntityRef> out = new ArrayList<>();
    try (PreparedStatement p = db.prepareStatement("SELECT e.id, e.type, e.name, e.name_en, e.aliases, e.documents"
        + " FROM entity_keys k JOIN entities e ON e.id = k.entity_id WHERE k.kind = ? AND k.key = ?"
        + (limit > 0 ? " ORDER BY e.documents DESC, e.id LIMIT " + limit : ""))) {
      p.setString(1, kind);
      p.setString(2, key);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(entity(r, 1));
        }
      }
    }
    return out;
  }

  static EntityRef entity(ResultSet r, int at) throws SQLException, IOException {
    List<String> aliases = new ArrayList<>();
    JdbcStore.JSON.readTree(r.getString(at + 4)).forEach(a -> aliases.add(a.asText()));
    return new EntityRef(r.getLong(at), r.getString(at + 1), r.getString(at + 2), r.getString(at + 3), aliases,
        r.getInt(at + 5));
  }

  List<GlobalFact> facts(Store.Query q) {
    try {
      Set<Long> ids = new LinkedHashSet<>();
      StringBuilder sql = new StringBuilder("SELECT DISTINCT f.id FROM facts f");
      List<Object> args = new ArrayList<>();
      if (q.entityIds() != null) {
        if (q.entityIds().isEmpty()) {
          return List.of();
        }
        sql.append(" JOIN fact_roles r ON r.fact_id = f.id WHERE r.entity_id IN (")
            .append("?,".repeat(q.entityIds().size() - 1)).append("?)");
        args.addAll(q.entityIds());
      } else {
        sql.append(" WHERE 1 = 1");
      }
      if (q.type() != null) {
        sql.append(" AND f.type = ?");
        args.add(q.type());
      }
      sql.append(" ORDER BY f.id");
      try (PreparedStatement p = db.prepareStatement(sql.toString())) {
        for (int i = 0; i < args.size(); i++) {
          p.setObject(i + 1, args.get(i));
        }
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            ids.add(r.getLong(1));
          }
        }
      }
      List<GlobalFact> out = new ArrayList<>();
      List<Long> all = new ArrayList<>(ids);
      for (int i = 0; i < all.size(); i += CHUNK) {
        out.addAll(load(all.subList(i, Math.min(all.size(), i + CHUNK)), 0));
      }
      db.rollback();
      out.removeIf(f -> !inRange(f.date(), q.from(), q.to()));
      return q.limit() > 0 && out.size() > q.limit() ? out.subList(0, q.limit()) : out;
    } catch (SQLException | IOException e) {
      throw new StoreException("cannot read facts: " + e.getMessage(), e);
    }
  }

  /** Partial dates (2024, 2024-12) are in range when any day of them is. */
  static boolean inRange(String date, LocalDate from, LocalDate to) {
    if (from == null && to == null) {
      return true;
    }
    if (date == null) {
      return false;
    }
    String first = (date + "-01-01".substring(Math.min(6, date.length() - 4))).substring(0, 10);
    String last = date.length() >= 10 ? date.substring(0, 10)
        : date.length() == 7 ? LocalDate.parse(date + "-01").plusMonths(1).minusDays(1).toString() : date.substring(0, 4) + "-12-31";
    return (from == null || last.compareTo(from.toString()) >= 0) && (to == null || first.compareTo(to.toString()) <= 0);
  }

  List<Store.FactHead> heads(List<Long> entityIds) {
    if (entityIds.isEmpty()) {
      return List.of();
    }
    Map<Long, Store.FactHead> out = new LinkedHashMap<>();
    // The brief's index has each entity's facts with their values: no read of the facts themselves.
    List<Long> in = InList.padded(entityIds.stream().distinct().toList());
    try (PreparedStatement p = db.prepareStatement("SELECT fact_id, type, amount, currency, status, evidences, roles,"
        + " reports FROM entity_facts WHERE entity_id IN (" + InList.marks(in.size()) + ") ORDER BY fact_id")) {
      InList.bind(p, 1, in);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          long id = r.getLong(1);
          Store.FactHead h = out.get(id);
          if (h == null) {
            double a = r.getDouble(3);
            Double amount = r.wasNull() ? null : a;
            h = new Store.FactHead(id, r.getString(2), amount, r.getString(4), r.getString(5), r.getInt(6),
                new java.util.TreeSet<>(), r.getInt(8));
            out.put(id, h);
          }
          h.roles().addAll(java.util.Arrays.asList(r.getString(7).split(",")));
        }
      }
      db.rollback();
    } catch (SQLException e) {
      throw new StoreException("cannot read facts: " + e.getMessage(), e);
    }
    return new ArrayList<>(out.values());
  }

  List<GlobalFact> factsById(List<Long> ids, int maxEvidence) {
    try {
      Map<Long, GlobalFact> byId = new LinkedHashMap<>();
      for (int i = 0; i < ids.size(); i += CHUNK) {
        load(ids.subList(i, Math.min(ids.size(), i + CHUNK)), maxEvidence).forEach(f -> byId.put(f.id(), f));
      }
      db.rollback();
      return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    } catch (SQLException | IOException e) {
      throw new StoreException("cannot read facts: " + e.getMessage(), e);
    }
  }

  private List<GlobalFact> load(List<Long> factIds, int maxEvidence) throws SQLException, IOException {
    if (factIds.isEmpty()) {
      return List.of();
    }
    List<Long> ids = InList.padded(factIds.stream().distinct().toList());
    String in = "(" + InList.marks(ids.size()) + ")";
    Map<Long, Map<String, List<EntityRef>>> roles = new LinkedHashMap<>();
    try (PreparedStatement p = db.prepareStatement("SELECT r.fact_id, r.role, e.id, e.type, e.name, e.name_en, e.aliases,"
        + " e.documents FROM fact_roles r JOIN entities e ON e.id = r.entity_id WHERE r.fact_id IN " + in
        + " ORDER BY r.fact_id, r.role, e.id")) {
      InList.bind(p, 1, ids);
      // A brief's subject is in most of its facts: its names are read once.
      Map<Long, EntityRef> seen = new java.util.HashMap<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          EntityRef e = seen.get(r.getLong(3));
          if (e == null) {
            e = entity(r, 3);
            seen.put(e.id(), e);
          }
          roles.computeIfAbsent(r.getLong(1), k -> new LinkedHashMap<>())
              .computeIfAbsent(r.getString(2), k -> new ArrayList<>()).add(e);
        }
      }
    }
    Map<Long, List<GlobalFact.Evidence>> evidence = new LinkedHashMap<>();
    try (PreparedStatement p = db.prepareStatement(EVIDENCE + " WHERE f.fact_id IN " + in
        + " ORDER BY f.fact_id, f.document_id, f.local_id")) {
      InList.bind(p, 1, ids);
      readEvidence(p, evidence, maxEvidence > 0 ? maxEvidence : Integer.MAX_VALUE);
    }
    List<GlobalFact> out = new ArrayList<>();
    try (PreparedStatement p = db.prepareStatement("SELECT id, type, amount, currency, status, time_value, text,"
        + " amount_conflict, status_conflict, evidences, reports FROM facts WHERE id IN " + in + " ORDER BY id")) {
      InList.bind(p, 1, ids);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          long id = r.getLong(1);
          double a = r.getDouble(3);
          Double amount = r.wasNull() ? null : a;
          out.add(new GlobalFact(id, r.getString(2), roles.getOrDefault(id, Map.of()), amount, r.getString(4),
              r.getString(5), r.getString(6), r.getString(7), r.getInt(8) == 1, r.getInt(9) == 1, r.getInt(10),
              evidence.getOrDefault(id, List.of()), r.getInt(11)));
        }
      }
    }
    return out;
  }

  private static final String EVIDENCE = "SELECT f.fact_id, d.doc_id, d.title, d.outlet, d.url, d.published,"
      + " f.span_start, f.span_end, f.sentence, f.status, f.attribution, s.name, f.amount, f.currency, s.name_en,"
      + " d.sha256, coalesce(d.story, d.id) FROM doc_facts f JOIN documents d ON d.id = f.document_id LEFT JOIN entities s ON s.id = f.attribution_source";

  /** Reads evidence rows, keeping the first {@code max} of each fact. */
  private static void readEvidence(PreparedStatement p, Map<Long, List<GlobalFact.Evidence>> into, int max)
      throws SQLException {
    try (ResultSet r = p.executeQuery()) {
      while (r.next()) {
        List<GlobalFact.Evidence> kept = into.get(r.getLong(1));
        if (kept != null && kept.size() >= max) {
          continue;
        }
        double a = r.getDouble(13);
        Double amount = r.wasNull() ? null : a;
        into.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new GlobalFact.Evidence(r.getString(2),
            r.getString(3), r.getString(4), r.getString(5), r.getString(6), r.getInt(7), r.getInt(8), r.getString(9),
            r.getString(10), r.getString(11), r.getString(12), r.getString(15), amount, r.getString(14),
            r.getString(16), r.getLong(17)));
      }
    }
  }

  void forEachSignature(long from, java.util.function.Consumer<Store.Signed> action) {
    // Pages by id, so that neither SQLite nor PostgreSQL holds every row at once.
    long after = from;
    try (PreparedStatement p = db.prepareStatement("SELECT d.id, d.sha256, coalesce(s.sha256, d.sha256), d.minhash"
        + " FROM documents d LEFT JOIN documents s ON s.id = d.story"
        + " WHERE d.id > ? AND d.minhash IS NOT NULL ORDER BY d.id LIMIT " + CHUNK * 4)) {
      while (true) {
        p.setLong(1, after);
        List<Store.Signed> page = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            after = r.getLong(1);
            page.add(new Store.Signed(after, r.getString(2), r.getString(3), r.getString(4)));
          }
        }
        page.forEach(action);
        if (page.size() < CHUNK * 4) {
          break;
        }
      }
      db.rollback();
    } catch (SQLException e) {
      throw new StoreException("cannot read near-duplicate signatures: " + e.getMessage(), e);
    }
  }

  void forEachEntity(java.util.Collection<Long> ids, java.util.function.Consumer<Store.ExportEntity> action) {
    try {
      if (ids != null) {
        List<Long> sorted = ids.stream().sorted().distinct().toList();
        for (int i = 0; i < sorted.size(); i += CHUNK) {
          List<Long> chunk = sorted.subList(i, Math.min(sorted.size(), i + CHUNK));
          exportEntities("WHERE e.id IN (" + InList.marks(chunk.size()) + ") ORDER BY e.id", chunk, action);
        }
      } else {
        Long after = 0L;
        while (after != null) {
          after = exportEntities("WHERE e.id > ? ORDER BY e.id LIMIT " + CHUNK, List.of(after), action);
        }
      }
      db.rollback();
    } catch (SQLException | IOException e) {
      throw new StoreException("cannot read entities: " + e.getMessage(), e);
    }
  }

  /** Reads one chunk of entities with their roles; returns the last id read, or null when none. */
  private Long exportEntities(String where, List<Long> args, java.util.function.Consumer<Store.ExportEntity> action)
      throws SQLException, IOException {
    Map<Long, EntityRef> found = new LinkedHashMap<>();
    try (PreparedStatement p = db.prepareStatement("SELECT e.id, e.type, e.name, e.name_en, e.aliases, e.documents"
        + " FROM entities e " + where)) {
      InList.bind(p, 1, args);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          EntityRef e = entity(r, 1);
          found.put(e.id(), e);
        }
      }
    }
    if (found.isEmpty()) {
      return null;
    }
    Map<Long, Set<String>> roles = new LinkedHashMap<>();
    List<Long> ids = new ArrayList<>(found.keySet());
    try (PreparedStatement p = db.prepareStatement("SELECT DISTINCT entity_id, role FROM fact_roles WHERE entity_id IN ("
        + InList.marks(ids.size()) + ")")) {
      InList.bind(p, 1, ids);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          roles.computeIfAbsent(r.getLong(1), k -> new java.util.TreeSet<>()).add(r.getString(2));
        }
      }
    }
    found.values().forEach(e -> action.accept(new Store.ExportEntity(e, roles.getOrDefault(e.id(), Set.of()))));
    return ids.get(ids.size() - 1);
  }

  void forEachFact(List<Long> entityIds, java.util.function.Consumer<GlobalFact> action) {
    try {
      if (entityIds != null) {
        List<Long> ids = heads(entityIds).stream().map(Store.FactHead::id).sorted().toList();
        for (int i = 0; i < ids.size(); i += CHUNK) {
          load(ids.subList(i, Math.min(ids.size(), i + CHUNK)), 0).forEach(action);
        }
      } else {
        long after = 0;
        try (PreparedStatement p = db.prepareStatement("SELECT id FROM facts WHERE id > ? ORDER BY id LIMIT " + CHUNK)) {
          while (true) {
            p.setLong(1, after);
            List<Long> ids = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
              while (r.next()) {
                ids.add(r.getLong(1));
              }
            }
            if (ids.isEmpty()) {
              break;
            }
            after = ids.get(ids.size() - 1);
            load(ids, 0).forEach(action);
          }
        }
      }
      db.rollback();
    } catch (SQLException | IOException e) {
      throw new StoreException("cannot read facts: " + e.getMessage(), e);
    }
  }
}
