package org.isnad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A briefing's sections computed inside the database: one pass for counts and money totals,
 * one for the best-attested facts of each section (a window function), so an entity in ten
 * thousand facts costs two queries and a few hundred rows, not ten thousand.
 */
final class Sections {
  private static final String FIRST_ROLES = "'donor','payer','investor','acquirer','contractor','giver'";
  private static final String MONEY = "'donation','payment','investment','acquisition','contract','gift'";

  private Sections() {}

  private static String group(String in) {
    return "CASE WHEN f.type IN (" + MONEY + ") THEN CASE WHEN EXISTS (SELECT 1 FROM fact_roles x WHERE x.fact_id = f.id"
        + " AND x.role IN (" + FIRST_ROLES + ") AND x.entity_id IN " + in + ") THEN 'MONEY_OUT' ELSE 'MONEY_IN' END"
        + " WHEN f.type IN ('statement','no_comment') THEN 'STATEMENTS' WHEN f.type = 'meeting' THEN 'MEETINGS'"
        + " WHEN f.type = 'role' THEN 'ROLES' WHEN f.type = 'ownership' THEN 'OWNERSHIP'"
        + " WHEN f.type IN ('dispute','competition','sanction','policy') THEN 'DISPUTES_AND_SANCTIONS'"
        + " WHEN f.type = 'accusation' THEN 'ACCUSATIONS' ELSE 'OTHER' END";
  }

  static List<Store.Section> of(Connection db, List<Long> ids, List<Long> with, int limit) throws SQLException {
    if (ids.isEmpty()) {
      return List.of();
    }
    String in = "(" + "?,".repeat(ids.size() - 1) + "?)";
    String where = " FROM facts f WHERE f.id IN (SELECT fact_id FROM fact_roles WHERE entity_id IN " + in + ")"
        + (with.isEmpty() ? "" : " AND EXISTS (SELECT 1 FROM fact_roles w WHERE w.fact_id = f.id AND w.entity_id IN ("
            + "?,".repeat(with.size() - 1) + "?))");
    Map<String, int[]> counts = new LinkedHashMap<>();
    Map<String, Map<String, Double>> totals = new LinkedHashMap<>();
    try (PreparedStatement p = db.prepareStatement("SELECT g, currency, status, count(*), sum(amount) FROM (SELECT "
        + group(in) + " AS g, f.currency, f.status, f.amount" + where + ") x GROUP BY g, currency, status")) {
      int i = bind(p, 1, ids);
      i = bind(p, i, ids);
      bind(p, i, with);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          String g = r.getString(1);
          counts.computeIfAbsent(g, k -> new int[1])[0] += r.getInt(4);
          double sum = r.getDouble(5);
          if (!r.wasNull() && g.startsWith("MONEY")) {
            String key = r.getString(2) + " " + (r.getString(3) == null ? "unknown" : r.getString(3));
            totals.computeIfAbsent(g, k -> new LinkedHashMap<>()).merge(key, sum, Double::sum);
          }
        }
      }
    }
    Map<String, List<Long>> top = new LinkedHashMap<>();
    try (PreparedStatement p = db.prepareStatement("SELECT g, id FROM (SELECT " + group(in) + " AS g, f.id,"
        + " row_number() OVER (PARTITION BY " + group(in) + " ORDER BY f.evidences DESC, f.id) AS n" + where
        + ") x WHERE n <= ? ORDER BY g, n")) {
      int i = bind(p, 1, ids);
      i = bind(p, i, ids);
      i = bind(p, i, ids);
      i = bind(p, i, with);
      p.setInt(i, limit);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          top.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getLong(2));
        }
      }
    }
    db.rollback();
    List<Store.Section> out = new ArrayList<>();
    counts.forEach((g, n) -> out.add(new Store.Section(g, n[0], totals.getOrDefault(g, Map.of()),
        top.getOrDefault(g, List.of()))));
    return out;
  }

  private static int bind(PreparedStatement p, int from, List<Long> ids) throws SQLException {
    for (long id : ids) {
      p.setLong(from++, id);
    }
    return from;
  }
}
