package org.isnad.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.link.NameKey;
import org.isnad.link.Transliterator;

/**
 * Resolves the entities of one article to global entities. Conservative, since a wrong merge
 * is worse than a missed one: an exact folded name (in either script, any alias) first; then
 * the cross-script skeleton of a full name; then, for one-word names, a skeleton that only one
 * entity of a compatible type carries. Ties start a new entity. A user's merges add name
 * equivalences; a user's splits make an entity of their own that takes no new names.
 */
final class Resolver {
  /** Skeletons shorter than this (two consonants) match too many names to be trusted alone. */
  private static final int MIN_SKELETON = 3;
  private static final int MAX_ALIASES = 40;
  /** Nominal mentions that name no one in particular: never keys, or every company would be one. */
  private static final Set<String> GENERIC = Set.of("شركه", "company", "the company", "firm", "the firm", "صحيفه",
      "جريده", "newspaper", "رئيس", "president", "رئيس تنفيذي", "رئيسها تنفيذي", "chief executive", "مسؤول", "official",
      "متحدث", "spokesperson", "spokesman", "حكومه", "government", "وزاره", "ministry", "صندوق", "fund", "مجموعه", "group");
  private static final Set<String> HEADS = Set.of("شركه", "صحيفه", "مؤسسه", "مجموعه", "بنك", "company", "the");
  private final Connection db;
  private Map<String, Set<String>> equivalents;
  private Set<String> splits;

  Resolver(Connection db) throws SQLException {
    this.db = db;
    reloadOverrides();
  }

  void reloadOverrides() throws SQLException {
    equivalents = new HashMap<>();
    splits = new HashSet<>();
    List<String[]> merges = new ArrayList<>();
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT kind, a, b FROM overrides ORDER BY id")) {
      while (r.next()) {
        if (r.getString(1).equals("merge")) {
          merges.add(new String[] {r.getString(2), r.getString(3)});
        } else {
          splits.add(r.getString(3) + "/" + r.getString(2));
        }
      }
    }
    // Merges chain: a = b and b = c make one class of three names.
    for (String[] m : merges) {
      Set<String> cls = new HashSet<>();
      for (String k : m) {
        cls.addAll(equivalents.getOrDefault(k, Set.of(k)));
      }
      for (String k : cls) {
        equivalents.put(k, cls);
      }
    }
  }

  /** Local entity id → global entity id, for every entity of the article; doc_entities rows are written. */
  Map<String, Long> resolve(long docRow, String hash, JsonNode entities) throws SQLException {
    Map<String, Long> out = new LinkedHashMap<>();
    Set<Long> counted = new HashSet<>();
    try (PreparedStatement p = db.prepareStatement("INSERT INTO doc_entities(document_id, local_id, type, name, name_en,"
        + " aliases, mentions, entity_id) VALUES (?,?,?,?,?,?,?,?)")) {
      for (JsonNode e : entities) {
        String local = e.get("id").asText();
        String type = e.get("type").asText();
        List<String> forms = forms(e);
        long id;
        if (forms.isEmpty()) {
          // Only a generic name ("the company"): an entity of its own, with no keys to be found by.
          id = create(type, List.of(e.get("name").asText()), false);
        } else if (splits.contains(hash + "/" + local)) {
          // Its own entity, found by its names but never chosen for another article's entity.
          id = create(type, forms, true);
        } else {
          Long found = find(type, forms);
          id = found != null ? found : create(type, forms, false);
        }
        if (!forms.isEmpty()) {
          addForms(id, type, forms);
        }
        if (counted.add(id)) {
          try (PreparedStatement u = db.prepareStatement("UPDATE entities SET documents = documents + 1 WHERE id = ?")) {
            u.setLong(1, id);
            u.executeUpdate();
          }
        }
        out.put(local, id);
        p.setLong(1, docRow);
        p.setString(2, local);
        p.setString(3, type);
        p.setString(4, e.get("name").asText());
        p.setString(5, e.hasNonNull("name_en") ? e.get("name_en").asText() : null);
        p.setString(6, e.get("aliases").toString());
        p.setString(7, e.get("mentions").toString());
        p.setLong(8, id);
        p.addBatch();
      }
      p.executeBatch();
    }
    return out;
  }

  private static List<String> forms(JsonNode e) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(e.get("name").asText());
    if (e.hasNonNull("name_en")) {
      forms.add(e.get("name_en").asText());
    }
    e.get("aliases").forEach(a -> forms.add(a.asText()));
    forms.removeIf(Resolver::generic);
    return new ArrayList<>(forms);
  }

  static boolean generic(String form) {
    String key = NameKey.of(form);
    return key.length() < 2 || GENERIC.contains(key);
  }

  /** The lookup keys of a set of forms, by kind; a person's full names also give their surname. */
  static Map<String, Set<String>> keys(String type, List<String> forms) {
    Map<String, Set<String>> k = new LinkedHashMap<>();
    for (String f : forms) {
      String name = NameKey.of(f);
      k.computeIfAbsent("name", x -> new LinkedHashSet<>()).add(name);
      String[] words = NameKey.words(name);
      String skeleton = Transliterator.matchKey(f);
      if (skeleton == null || skeleton.isBlank()) {
        continue;
      }
      if (words.length > 1 && !type.equals("person")) {
        // Words of an organization's name, for briefings only: Trump finds Trump's inaugural fund.
        for (String w : words) {
          if (w.length() >= 3 && !HEADS.contains(w)) {
            k.computeIfAbsent("word", x -> new LinkedHashSet<>()).add(w);
          }
        }
      }
      if (words.length > 1) {
        k.computeIfAbsent("match", x -> new LinkedHashSet<>()).add(skeleton);
        String last = Transliterator.matchKey(words[words.length - 1]);
        if (type.equals("person") && last != null && last.length() >= MIN_SKELETON) {
          k.computeIfAbsent("surname", x -> new LinkedHashSet<>()).add(last);
        }
      } else if (skeleton.length() >= MIN_SKELETON) {
        k.computeIfAbsent("single", x -> new LinkedHashSet<>()).add(skeleton);
      }
    }
    return k;
  }

  private Long find(String type, List<String> forms) throws SQLException {
    Map<String, Set<String>> k = keys(type, forms);
    Set<String> names = new LinkedHashSet<>();
    for (String n : k.getOrDefault("name", Set.of())) {
      names.addAll(equivalents.getOrDefault(n, Set.of(n)));
    }
    Long id = best(lookup("name", names, type));
    if (id == null) {
      id = unique(lookup("match", k.getOrDefault("match", Set.of()), type));
    }
    if (id == null && k.containsKey("single")) {
      // A one-word name: the same one-word name elsewhere, or, for a person, a known surname.
      Map<Long, Integer> hits = lookup("single", k.get("single"), type);
      if (hits.isEmpty() && type.equals("person")) {
        hits = lookup("surname", k.get("single"), type);
      }
      id = unique(hits);
    }
    if (id == null && k.containsKey("surname")) {
      // A full name whose surname is a person known so far by that one word only.
      id = unique(lookup("single", k.get("surname"), type));
    }
    return id;
  }

  /** Candidate entities of a compatible type, with how many keys each shares. */
  private Map<Long, Integer> lookup(String kind, Set<String> keys, String type) throws SQLException {
    Map<Long, Integer> hits = new LinkedHashMap<>();
    if (keys.isEmpty()) {
      return hits;
    }
    String sql = "SELECT k.entity_id, e.type FROM entity_keys k JOIN entities e ON e.id = k.entity_id"
        + " WHERE k.kind = ? AND e.pinned = 0 AND k.key IN (" + "?,".repeat(keys.size() - 1) + "?)";
    try (PreparedStatement p = db.prepareStatement(sql)) {
      p.setString(1, kind);
      int i = 2;
      for (String key : keys) {
        p.setString(i++, key);
      }
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          if (compatible(type, r.getString(2))) {
            hits.merge(r.getLong(1), 1, Integer::sum);
          }
        }
      }
    }
    return hits;
  }

  private static boolean compatible(String a, String b) {
    return a.equals(b) || a.equals("other") || b.equals("other");
  }

  /** The entity sharing strictly the most keys, or null on a tie. */
  private static Long best(Map<Long, Integer> hits) {
    Long best = null;
    int top = 0;
    boolean tie = false;
    for (Map.Entry<Long, Integer> h : hits.entrySet()) {
      if (h.getValue() > top) {
        best = h.getKey();
        top = h.getValue();
        tie = false;
      } else if (h.getValue() == top) {
        tie = true;
      }
    }
    return tie ? null : best;
  }

  private static Long unique(Map<Long, Integer> hits) {
    return hits.size() == 1 ? hits.keySet().iterator().next() : null;
  }

  private long create(String type, List<String> forms, boolean pinned) throws SQLException {
    long id = JdbcStore.nextId(db, "entities");
    try (PreparedStatement p = db.prepareStatement(
        "INSERT INTO entities(id, type, name, name_en, aliases, documents, pinned) VALUES (?,?,?,?,?,0,?)")) {
      p.setLong(1, id);
      p.setString(2, type);
      p.setString(3, forms.get(0));
      p.setString(4, null);
      p.setString(5, JdbcStore.JSON.writeValueAsString(forms.subList(0, Math.min(forms.size(), MAX_ALIASES))));
      p.setInt(6, pinned ? 1 : 0);
      p.executeUpdate();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return id;
  }

  /** Adds the article's forms to the entity: keys, aliases, a fuller name, an English name, a firmer type. */
  private void addForms(long id, String type, List<String> forms) throws SQLException {
    try (PreparedStatement p = db.prepareStatement("INSERT INTO entity_keys(kind, key, entity_id) VALUES (?,?,?)"
        + " ON CONFLICT DO NOTHING")) {
      for (Map.Entry<String, Set<String>> k : keys(type, forms).entrySet()) {
        for (String key : k.getValue()) {
          p.setString(1, k.getKey());
          p.setString(2, key);
          p.setLong(3, id);
          p.addBatch();
        }
      }
      p.executeBatch();
    }
    String name;
    String nameEn;
    String oldType;
    Set<String> aliases = new LinkedHashSet<>();
    try (PreparedStatement p = db.prepareStatement("SELECT name, name_en, type, aliases FROM entities WHERE id = ?")) {
      p.setLong(1, id);
      try (ResultSet r = p.executeQuery()) {
        r.next();
        name = r.getString(1);
        nameEn = r.getString(2);
        oldType = r.getString(3);
        JdbcStore.JSON.readTree(r.getString(4)).forEach(a -> aliases.add(a.asText()));
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e);
      }
    }
    for (String f : forms) {
      if (aliases.size() < MAX_ALIASES) {
        aliases.add(f);
      }
      // The fullest name in the script first seen: more words wins.
      if (words(f) > words(name) && isArabic(f) == isArabic(name)) {
        name = f;
      }
      if (nameEn == null && !isArabic(f)) {
        nameEn = f;
      }
    }
    try (PreparedStatement p = db.prepareStatement(
        "UPDATE entities SET name = ?, name_en = ?, type = ?, aliases = ? WHERE id = ?")) {
      p.setString(1, name);
      p.setString(2, nameEn);
      p.setString(3, oldType.equals("other") ? type : oldType);
      p.setString(4, JdbcStore.JSON.writeValueAsString(aliases));
      p.setLong(5, id);
      p.executeUpdate();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Words of a name, not counting a leading head noun: شركة أمازون is no fuller than أمازون. */
  private static int words(String s) {
    String[] w = NameKey.words(NameKey.of(s));
    return w.length > 1 && HEADS.contains(w[0]) ? w.length - 1 : w.length;
  }

  static boolean isArabic(String s) {
    return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
  }

}
