package org.isnad.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.link.NameKey;

/** What a browser of the store reads: entities by part of a name or by id, articles with their annotations. */
final class Browse {
  private final Connection db;
  private final StoreReader reader;

  Browse(Connection db, StoreReader reader) {
    this.db = db;
    this.reader = reader;
  }

  /**
   * Entities for a search box: those {@link StoreReader#findEntities} finds for the whole name
   * first, then those with a name or alias containing the folded text; most-cited first.
   */
  List<EntityRef> search(String text, int limit) {
    Map<Long, EntityRef> out = new LinkedHashMap<>();
    reader.findEntities(text).forEach(e -> out.put(e.id(), e));
    String key = NameKey.of(text);
    if (!key.isEmpty() && out.size() < limit) {
      String like = "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
      List<EntityRef> more = new ArrayList<>();
      try (PreparedStatement p = db.prepareStatement("SELECT e.id, e.type, e.name, e.name_en, e.aliases, e.documents"
          + " FROM entities e WHERE e.id IN (SELECT k.entity_id FROM entity_keys k WHERE k.kind = 'name'"
          + " AND k.key LIKE ? ESCAPE '\\') ORDER BY e.documents DESC, e.id LIMIT ?")) {
        p.setString(1, like);
        p.setInt(2, limit);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            more.add(StoreReader.entity(r, 1));
          }
        }
        db.rollback();
      } catch (SQLException | IOException e) {
        throw new StoreException("cannot search entities for " + text + ": " + e.getMessage(), e);
      }
      more.forEach(e -> out.putIfAbsent(e.id(), e));
    }
    return out.values().stream().limit(limit).toList();
  }

  EntityRef entity(long id) {
    try (PreparedStatement p = db.prepareStatement(
        "SELECT id, type, name, name_en, aliases, documents FROM entities WHERE id = ?")) {
      p.setLong(1, id);
      EntityRef found = null;
      try (ResultSet r = p.executeQuery()) {
        if (r.next()) {
          found = StoreReader.entity(r, 1);
        }
      }
      db.rollback();
      return found;
    } catch (SQLException | IOException e) {
      throw new StoreException("cannot read entity " + id + ": " + e.getMessage(), e);
    }
  }

  /** The first stored article with this id, or null. */
  StoredDocument document(String docId) {
    try {
      long row;
      String json;
      String[] meta = new String[7];
      try (PreparedStatement p = db.prepareStatement("SELECT id, doc_id, lang, title, url, outlet, published, text, json"
          + " FROM documents WHERE doc_id = ? ORDER BY id LIMIT 1")) {
        p.setString(1, docId);
        try (ResultSet r = p.executeQuery()) {
          if (!r.next()) {
            db.rollback();
            return null;
          }
          row = r.getLong(1);
          for (int i = 0; i < meta.length; i++) {
            meta[i] = r.getString(i + 2);
          }
          json = r.getString(9);
        }
      }
      Map<String, Long> entityIds = links(row, "SELECT local_id, entity_id FROM doc_entities WHERE document_id = ?");
      Map<String, Long> factIds = links(row, "SELECT local_id, fact_id FROM doc_facts WHERE document_id = ?");
      db.rollback();
      JsonNode out = JdbcStore.JSON.readTree(json);
      List<StoredDocument.Entity> entities = new ArrayList<>();
      Map<String, String> names = new LinkedHashMap<>();
      for (JsonNode e : out.path("entities")) {
        String id = e.get("id").asText();
        names.put(id, e.get("name").asText());
        entities.add(new StoredDocument.Entity(id, entityIds.get(id), e.path("type").asText(), e.get("name").asText(),
            e.hasNonNull("name_en") ? e.get("name_en").asText() : null, ranges(e.path("mentions"))));
      }
      List<StoredDocument.Fact> facts = new ArrayList<>();
      for (JsonNode f : out.path("facts")) {
        String id = f.get("id").asText();
        JsonNode a = f.path("attribution");
        facts.add(new StoredDocument.Fact(id, factIds.get(id), f.get("type").asText(), Summaries.of(f, names),
            f.hasNonNull("status") ? f.get("status").asText() : null, a.hasNonNull("kind") ? a.get("kind").asText() : null,
            ranges(f.path("evidence"))));
      }
      return new StoredDocument(meta[0], meta[1], meta[2], meta[3], meta[4], meta[5], meta[6], entities, facts);
    } catch (SQLException | IOException e) {
      throw new StoreException("cannot read article " + docId + ": " + e.getMessage(), e);
    }
  }

  private Map<String, Long> links(long row, String sql) throws SQLException {
    Map<String, Long> out = new LinkedHashMap<>();
    try (PreparedStatement p = db.prepareStatement(sql)) {
      p.setLong(1, row);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          long id = r.getLong(2);
          out.put(r.getString(1), r.wasNull() ? null : id);
        }
      }
    }
    return out;
  }

  private static List<StoredDocument.Range> ranges(JsonNode pairs) {
    List<StoredDocument.Range> out = new ArrayList<>();
    for (JsonNode p : pairs) {
      out.add(new StoredDocument.Range(p.get(0).asInt(), p.get(1).asInt()));
    }
    return out;
  }

  /** The most recently stored articles first. */
  List<StoredDocument.Ref> recent(int limit) {
    List<StoredDocument.Ref> out = new ArrayList<>();
    try (PreparedStatement p = db.prepareStatement("SELECT d.doc_id, d.lang, d.title, d.outlet, d.published,"
        + " (SELECT count(*) FROM doc_facts f WHERE f.document_id = d.id) FROM documents d ORDER BY d.id DESC LIMIT ?")) {
      p.setInt(1, limit);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(new StoredDocument.Ref(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
              r.getInt(6)));
        }
      }
      db.rollback();
    } catch (SQLException e) {
      throw new StoreException("cannot list articles: " + e.getMessage(), e);
    }
    return out;
  }
}
