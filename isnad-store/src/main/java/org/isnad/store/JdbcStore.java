package org.isnad.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.fact.Extraction;
import org.isnad.fact.FactsJson;
import org.isnad.link.NameKey;

/**
 * The store on any JDBC database that speaks the common SQL of {@code schema.sql} (SQLite
 * 3.35+, PostgreSQL 12+). One article is one transaction: its row, its entities resolved to
 * global entities, its facts merged into global facts.
 */
abstract class JdbcStore implements Store {
  static final ObjectMapper JSON = new ObjectMapper();
  final Connection db;
  private final String label;
  private final Resolver resolver;
  private final FactMerger merger;
  private final StoreReader reader;
  private final Browse browse;
  private final BriefIndex index;
  private int added;

  JdbcStore(Connection db, String label) throws SQLException {
    this.db = StatementCache.wrap(db);
    this.label = label;
    try (Statement s = this.db.createStatement()) {
      for (String sql : schema().split(";\\s*\n")) {
        if (!sql.isBlank()) {
          s.execute(dialect(sql));
        }
      }
    }
    this.db.setAutoCommit(false);
    this.index = new BriefIndex(this.db);
    upgrade();
    this.db.commit();
    this.resolver = new Resolver(this.db);
    this.merger = new FactMerger(this.db, index);
    this.reader = new StoreReader(this.db);
    this.browse = new Browse(this.db, reader);
    // Reading the overrides began a transaction: end it, or a store opened to read (the server's)
    // would see the database as it was when opened until its first read ends.
    this.db.rollback();
  }

  private static String schema() {
    try (InputStream in = JdbcStore.class.getResourceAsStream("schema.sql")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)--.*$", "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A statement of {@code schema.sql} as this database takes it. */
  String dialect(String sql) {
    return sql;
  }

  /**
   * Brings a store made by an earlier isnad up to this schema: version 3 added near-duplicate
   * stories ({@code documents.story}, {@code minhash}) and independent reports ({@code facts.reports}).
   * Articles stored before keep a story of their own. Version 4 added the brief's index
   * ({@code entity_facts}, {@code entity_totals}), written here from the facts.
   */
  private void upgrade() throws SQLException {
    upgradeStories();
    if (index.missing()) {
      index.fill();
    }
  }

  private void upgradeStories() throws SQLException {
    java.util.Set<String> columns = new java.util.HashSet<>();
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM documents WHERE 1 = 0")) {
      for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
        columns.add(r.getMetaData().getColumnName(i).toLowerCase(java.util.Locale.ROOT));
      }
    }
    if (columns.contains("story")) {
      return;
    }
    try (Statement s = db.createStatement()) {
      s.execute("ALTER TABLE documents ADD COLUMN story BIGINT");
      s.execute("ALTER TABLE documents ADD COLUMN minhash TEXT");
      s.execute("ALTER TABLE facts ADD COLUMN reports INTEGER NOT NULL DEFAULT 0");
      s.execute("UPDATE documents SET story = id");
      s.execute("UPDATE facts SET reports = (SELECT count(DISTINCT document_id) FROM doc_facts WHERE fact_id = facts.id)");
    }
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The next free id of a table; the store is its only writer, inside the article's transaction. */
  static long nextId(Connection db, String table) throws SQLException {
    try (PreparedStatement p = db.prepareStatement("SELECT coalesce(max(id), 0) + 1 FROM " + table);
        ResultSet r = p.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  @Override
  public Outcome put(Extraction x, String path, Story story) {
    String hash = sha256(x.doc().text());
    try {
      try (PreparedStatement q = db.prepareStatement("SELECT 1 FROM documents WHERE sha256 = ?")) {
        q.setString(1, hash);
        try (ResultSet r = q.executeQuery()) {
          if (r.next()) {
            db.rollback();
            return Outcome.UNCHANGED;
          }
        }
      }
      String json = FactsJson.write(x);
      long docRow = nextId(db, "documents");
      long storyRow = firstCopy(story, docRow);
      try (PreparedStatement p = db.prepareStatement("INSERT INTO documents(id, sha256, doc_id, path, lang, title, url,"
          + " outlet, published, text, json, ingested_at, story, minhash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
        var d = x.doc();
        p.setLong(1, docRow);
        p.setString(2, hash);
        p.setString(3, d.id());
        p.setString(4, path);
        p.setString(5, d.lang());
        p.setString(6, d.meta().title());
        p.setString(7, d.meta().url());
        p.setString(8, d.meta().outlet());
        p.setString(9, d.published() == null ? null : d.published().toString());
        p.setString(10, d.text());
        p.setString(11, json);
        p.setString(12, Instant.now().toString());
        p.setLong(13, storyRow);
        p.setString(14, story == null ? null : story.minhash());
        p.executeUpdate();
      }
      resolve(docRow, hash, x.doc().text(), JSON.readTree(json));
      db.commit();
      afterAdded(++added);
      return Outcome.ADDED;
    } catch (SQLException | IOException e) {
      rollback();
      throw new StoreException("cannot store " + x.doc().id() + " in " + label + ": " + e.getMessage(), e);
    }
  }

  /** The row of the story's first copy, or the article's own row when it repeats none that is stored. */
  private long firstCopy(Story story, long docRow) throws SQLException {
    if (story == null || story.firstCopy() == null) {
      return docRow;
    }
    try (PreparedStatement q = db.prepareStatement("SELECT coalesce(story, id) FROM documents WHERE sha256 = ?")) {
      q.setString(1, story.firstCopy());
      try (ResultSet r = q.executeQuery()) {
        return r.next() ? r.getLong(1) : docRow;
      }
    }
  }

  @Override
  public void forEachSignature(long after, java.util.function.Consumer<Signed> action) {
    reader.forEachSignature(after, action);
  }

  @Override
  public void forEachEntity(java.util.Collection<Long> ids, java.util.function.Consumer<ExportEntity> action) {
    reader.forEachEntity(ids, action);
  }

  @Override
  public void forEachFact(List<Long> entityIds, java.util.function.Consumer<GlobalFact> action) {
    reader.forEachFact(entityIds, action);
  }

  /** Called after each committed article, with how many this store has added since it was opened. */
  void afterAdded(int count) throws SQLException {
    // nothing by default
  }

  /** Resolves one stored article's entities and merges its facts. */
  private void resolve(long docRow, String hash, String text, JsonNode out) throws SQLException {
    Map<String, Long> global = resolver.resolve(docRow, hash, out.get("entities"));
    merger.merge(docRow, text, out.get("facts"), global);
  }

  @Override
  public void rebuild() {
    try {
      rebuildInTransaction();
      db.commit();
    } catch (SQLException | IOException e) {
      rollback();
      throw new StoreException("cannot rebuild " + label + ": " + e.getMessage(), e);
    }
  }

  private void rebuildInTransaction() throws SQLException, IOException {
    try (Statement s = db.createStatement()) {
      for (String t : new String[] {BriefIndex.TABLES[0], BriefIndex.TABLES[1], "doc_facts", "doc_entities", "fact_roles",
          "facts", "entity_keys", "entities"}) {
        s.executeUpdate("DELETE FROM " + t);
      }
    }
    resolver.reloadOverrides();
    try (PreparedStatement p = db.prepareStatement("SELECT id, sha256, text, json FROM documents ORDER BY id");
        ResultSet r = p.executeQuery()) {
      List<Object[]> docs = new ArrayList<>();
      while (r.next()) {
        docs.add(new Object[] {r.getLong(1), r.getString(2), r.getString(3), r.getString(4)});
      }
      for (Object[] d : docs) {
        resolve((Long) d[0], (String) d[1], (String) d[2], JSON.readTree((String) d[3]));
      }
    }
  }

  @Override
  public void merge(String nameA, String nameB) {
    override("merge", NameKey.of(nameA), NameKey.of(nameB));
  }

  @Override
  public void split(String docId, String localId) {
    try (PreparedStatement p = db.prepareStatement("SELECT sha256 FROM documents WHERE doc_id = ? ORDER BY id")) {
      p.setString(1, docId);
      List<String> hashes = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          hashes.add(r.getString(1));
        }
      }
      db.rollback();
      if (hashes.size() != 1) {
        throw new IllegalArgumentException("split: " + hashes.size() + " stored articles have the id " + docId
            + "; give the id of exactly one article");
      }
      override("split", localId, hashes.get(0));
    } catch (SQLException e) {
      throw new StoreException("cannot split in " + label + ": " + e.getMessage(), e);
    }
  }

  private void override(String kind, String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      throw new IllegalArgumentException(kind + ": both names must have letters or digits");
    }
    try {
      try (PreparedStatement p = db.prepareStatement(
          "INSERT INTO overrides(id, kind, a, b, created_at) VALUES (?,?,?,?,?) ON CONFLICT DO NOTHING")) {
        p.setLong(1, nextId(db, "overrides"));
        p.setString(2, kind);
        p.setString(3, a);
        p.setString(4, b);
        p.setString(5, Instant.now().toString());
        p.executeUpdate();
      }
      rebuildInTransaction();
      db.commit();
    } catch (SQLException | IOException e) {
      rollback();
      throw new StoreException("cannot record the " + kind + " in " + label + ": " + e.getMessage(), e);
    }
  }

  void rollback() {
    try {
      db.rollback();
    } catch (SQLException ignored) {
      // the connection is broken; the transaction is gone with it
    }
  }

  @Override
  public int documentCount() {
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM documents")) {
      r.next();
      int n = r.getInt(1);
      db.rollback();
      return n;
    } catch (SQLException e) {
      throw new StoreException("cannot count documents in " + label + ": " + e.getMessage(), e);
    }
  }

  @Override
  public List<FactRow> facts(int limit) {
    return reader.documentFacts(limit);
  }

  @Override
  public List<EntityRef> findEntities(String name) {
    return reader.findEntities(name);
  }

  @Override
  public List<EntityRef> related(List<EntityRef> entities) {
    return reader.related(entities);
  }

  @Override
  public List<EntityRef> searchEntities(String text, int limit) {
    return browse.search(text, limit);
  }

  @Override
  public EntityRef entity(long id) {
    return browse.entity(id);
  }

  @Override
  public StoredDocument document(String docId) {
    return browse.document(docId);
  }

  @Override
  public List<StoredDocument.Ref> recentDocuments(int limit) {
    return browse.recent(limit);
  }

  @Override
  public List<FactHead> heads(List<Long> entityIds) {
    return reader.heads(entityIds);
  }

  @Override
  public BriefSummary briefSummary(List<Long> entityIds, int limit) {
    try {
      BriefSummary s = index.summary(entityIds, limit);
      db.rollback();
      return s;
    } catch (SQLException e) {
      rollback();
      throw new StoreException("cannot read the brief of " + entityIds + " in " + label + ": " + e.getMessage(), e);
    }
  }

  /** Writes the brief's index again from the facts (tests: it must equal the one kept at ingest). */
  void refillBriefIndex() {
    try {
      index.fill();
      db.commit();
    } catch (SQLException e) {
      rollback();
      throw new StoreException("cannot write the brief's index in " + label + ": " + e.getMessage(), e);
    }
  }

  @Override
  public List<GlobalFact> factsById(List<Long> factIds, int maxEvidence) {
    return reader.factsById(factIds, maxEvidence);
  }

  @Override
  public List<GlobalFact> facts(Query q) {
    return reader.facts(q);
  }

  @Override
  public String canonicalDump() {
    StringBuilder out = new StringBuilder();
    String[][] tables = {{"documents", "ingested_at"}, {"entities", ""}, {"entity_keys", ""}, {"doc_entities", ""},
        {"facts", ""}, {"fact_roles", ""}, {"doc_facts", ""}, {"overrides", "created_at"}, {"entity_facts", ""},
        {"entity_totals", ""}};
    try (Statement s = db.createStatement()) {
      for (String[] t : tables) {
        List<String> rows = new ArrayList<>();
        try (ResultSet r = s.executeQuery("SELECT * FROM " + t[0])) {
          ResultSetMetaData m = r.getMetaData();
          while (r.next()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 1; i <= m.getColumnCount(); i++) {
              String col = m.getColumnName(i).toLowerCase(java.util.Locale.ROOT);
              if (!col.equals(t[1])) {
                Object v = r.getObject(i);
                row.put(col, v instanceof Number n ? (Object) Double.valueOf(n.doubleValue()) : v);
              }
            }
            rows.add(row.toString());
          }
        }
        rows.sort(null);
        out.append("## ").append(t[0]).append(' ').append(rows.size()).append('\n');
        rows.forEach(row -> out.append(row).append('\n'));
      }
      db.rollback();
    } catch (SQLException e) {
      throw new StoreException("cannot dump " + label + ": " + e.getMessage(), e);
    }
    return out.toString();
  }

  @Override
  public void close() {
    try {
      rollback();
      db.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close " + label + ": " + e.getMessage(), e);
    }
  }
}
