package org.isnad.store;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The store on a PostgreSQL server, same tables as SQLite. Named as
 * {@code postgresql://[user@]host[:port]/db[?currentSchema=name]}; a schema that does not
 * exist yet is created.
 */
public final class PostgresStore extends JdbcStore {
  private static final Pattern SCHEMA = Pattern.compile("[?&]currentSchema=([A-Za-z_][A-Za-z0-9_]*)");

  private PostgresStore(Connection db, String url) throws SQLException {
    super(db, "the PostgreSQL store " + url);
  }

  /**
   * A bulk ingest outruns autovacuum's statistics, and without them the planner reads whole
   * tables for a briefing: analyze after every few thousand articles.
   */
  @Override
  void afterAdded(int count) throws SQLException {
    if (count % 5000 == 0) {
      try (Statement s = db.createStatement()) {
        s.execute("ANALYZE");
      }
      db.commit();
    }
  }

  /** The JDBC URL for a {@code postgresql://} or {@code postgres://} address. */
  public static String jdbcUrl(String spec) {
    if (spec.startsWith("jdbc:")) {
      return spec;
    }
    String rest = spec.substring(spec.indexOf("://") + 3);
    URI u = URI.create("postgresql://" + rest);
    StringBuilder url = new StringBuilder("jdbc:postgresql://").append(u.getHost() == null ? "127.0.0.1" : u.getHost());
    if (u.getPort() > 0) {
      url.append(':').append(u.getPort());
    }
    url.append(u.getRawPath() == null || u.getRawPath().isEmpty() ? "/postgres" : u.getRawPath());
    String query = u.getRawQuery();
    if (u.getUserInfo() != null) {
      String[] ui = u.getUserInfo().split(":", 2);
      query = (query == null ? "" : query + "&") + "user=" + ui[0] + (ui.length > 1 ? "&password=" + ui[1] : "");
    }
    return query == null ? url.toString() : url + "?" + query;
  }

  public static PostgresStore open(String spec) {
    String url = jdbcUrl(spec);
    String shown = url.replaceAll("password=[^&]*", "password=***");
    try {
      Connection c = DriverManager.getConnection(url.contains("user=") ? url
          : url + (url.contains("?") ? "&" : "?") + "user=" + System.getProperty("user.name", "postgres"));
      Matcher m = SCHEMA.matcher(url);
      if (m.find()) {
        try (Statement s = c.createStatement()) {
          s.execute("CREATE SCHEMA IF NOT EXISTS " + m.group(1).toLowerCase(Locale.ROOT));
          s.execute("SET search_path TO " + m.group(1).toLowerCase(Locale.ROOT));
        }
      }
      return new PostgresStore(c, shown);
    } catch (SQLException e) {
      throw new StoreException("cannot open the PostgreSQL store " + shown + ": " + e.getMessage()
          + " (is the server running? pg_ctlcluster 15 main start)", e);
    }
  }
}
