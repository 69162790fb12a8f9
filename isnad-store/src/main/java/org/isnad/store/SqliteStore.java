package org.isnad.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.fact.Extraction;
import org.isnad.fact.FactsJson;

/** The embedded default store: one SQLite file, its schema in {@code schema-sqlite.sql}. */
public final class SqliteStore implements Store {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Connection db;

  private SqliteStore(Connection db) {
    this.db = db;
  }

  public static SqliteStore open(Path file) {
    try {
      Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("PRAGMA foreign_keys=ON");
        s.execute("PRAGMA synchronous=NORMAL");
        for (String sql : schema().split(";\\s*\n")) {
          if (!sql.isBlank()) {
            s.execute(sql);
          }
        }
      }
      c.setAutoCommit(false);
      c.commit();
      return new SqliteStore(c);
    } catch (SQLException e) {
      throw new StoreException("cannot open the SQLite store " + file + ": " + e.getMessage(), e);
    }
  }

  private static String schema() {
    try (InputStream in = SqliteStore.class.getResourceAsStream("schema-sqlite.sql")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.replaceAll("(?m)--.*$", "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public Outcome put(Extraction x, String path) {
    String hash = sha256(x.doc().text());
    try {
      try (PreparedStatement q = db.prepareStatement("SELECT 1 FROM documents WHERE sha256 = ?")) {
        q.setString(1, hash);
        try (ResultSet r = q.executeQuery()) {
          if (r.next()) {
            return Outcome.UNCHANGED;
          }
        }
      }
      long docRow;
      try (PreparedStatement p = db.prepareStatement("INSERT INTO documents(sha256, doc_id, path, lang, title, url, outlet,"
          + " published, text, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
        var d = x.doc();
        p.setString(1, hash);
        p.setString(2, d.id());
        p.setString(3, path);
        p.setString(4, d.lang());
        p.setString(5, d.meta().title());
        p.setString(6, d.meta().url());
        p.setString(7, d.meta().outlet());
        p.setString(8, d.published() == null ? null : d.published().toString());
        p.setString(9, d.text());
        p.setString(10, Instant.now().toString());
        p.executeUpdate();
        try (ResultSet keys = p.getGeneratedKeys()) {
          keys.next();
          docRow = keys.getLong(1);
        }
      }
      JsonNode out = JSON.readTree(FactsJson.write(x));
      try (PreparedStatement p = db.prepareStatement("INSERT INTO doc_entities VALUES (?,?,?,?,?,?,?)")) {
        for (JsonNode e : out.get("entities")) {
          p.setLong(1, docRow);
          p.setString(2, e.get("id").asText());
          p.setString(3, e.get("type").asText());
          p.setString(4, e.get("name").asText());
          p.setString(5, e.hasNonNull("name_en") ? e.get("name_en").asText() : null);
          p.setString(6, e.get("aliases").toString());
          p.setString(7, e.get("mentions").toString());
          p.addBatch();
        }
        p.executeBatch();
      }
      try (PreparedStatement p = db.prepareStatement("INSERT INTO doc_facts VALUES (?,?,?,?,?,?,?,?,?,?)");
          PreparedStatement r = db.prepareStatement("INSERT INTO doc_fact_roles VALUES (?,?,?,?)")) {
        for (JsonNode f : out.get("facts")) {
          p.setLong(1, docRow);
          p.setString(2, f.get("id").asText());
          p.setString(3, f.get("type").asText());
          p.setString(4, f.hasNonNull("status") ? f.get("status").asText() : null);
          p.setString(5, f.path("attribution").path("kind").asText(null));
          JsonNode amount = f.get("amount");
          if (amount != null) {
            p.setDouble(6, amount.get("value").asDouble());
            p.setString(7, amount.path("currency").asText(null));
          } else {
            p.setNull(6, java.sql.Types.REAL);
            p.setNull(7, java.sql.Types.VARCHAR);
          }
          p.setString(8, f.path("time").path("value").asText(null));
          p.setDouble(9, f.get("confidence").asDouble());
          p.setString(10, f.toString());
          p.addBatch();
          for (Iterator<Map.Entry<String, JsonNode>> it = f.get("roles").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> role = it.next();
            for (JsonNode id : role.getValue().isArray() ? role.getValue() : JSON.createArrayNode().add(role.getValue())) {
              r.setLong(1, docRow);
              r.setString(2, f.get("id").asText());
              r.setString(3, role.getKey());
              r.setString(4, id.asText());
              r.addBatch();
            }
          }
        }
        p.executeBatch();
        r.executeBatch();
      }
      db.commit();
      return Outcome.ADDED;
    } catch (SQLException | IOException e) {
      rollback();
      throw new StoreException("cannot store " + x.doc().id() + ": " + e.getMessage(), e);
    }
  }

  private void rollback() {
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
      return r.getInt(1);
    } catch (SQLException e) {
      throw new StoreException("cannot count documents: " + e.getMessage(), e);
    }
  }

  @Override
  public List<FactRow> facts(int limit) {
    String sql = "SELECT d.doc_id, f.document_id, f.local_id, f.type, f.status, f.attribution, f.json"
        + " FROM doc_facts f JOIN documents d ON d.id = f.document_id ORDER BY d.id, f.rowid LIMIT ?";
    List<FactRow> out = new ArrayList<>();
    try (PreparedStatement p = db.prepareStatement(sql)) {
      p.setInt(1, limit);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          Map<String, String> names = entityNames(r.getLong(2));
          JsonNode f = JSON.readTree(r.getString(7));
          out.add(new FactRow(r.getString(1), r.getString(3), r.getString(4), Summaries.of(f, names), r.getString(5),
              r.getString(6)));
        }
      }
    } catch (SQLException | IOException e) {
      throw new StoreException("cannot read facts: " + e.getMessage(), e);
    }
    return out;
  }

  private Map<String, String> entityNames(long docRow) throws SQLException {
    Map<String, String> names = new LinkedHashMap<>();
    try (PreparedStatement p = db.prepareStatement("SELECT local_id, name FROM doc_entities WHERE document_id = ?")) {
      p.setLong(1, docRow);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          names.put(r.getString(1), r.getString(2));
        }
      }
    }
    return names;
  }

  @Override
  public void close() {
    try {
      db.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close the store: " + e.getMessage(), e);
    }
  }
}
