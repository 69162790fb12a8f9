package org.isnad.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/**
 * The contract on PostgreSQL, each test in a fresh schema of this run, dropped at the end.
 * The server is {@code -Disnad.pg=postgresql://...} or 127.0.0.1:5432, database test; the
 * tests skip themselves only when no server answers.
 */
class PostgresStoreTest extends StoreContract {
  static final String SERVER = System.getProperty("isnad.pg", "postgresql://postgres@127.0.0.1:5432/test");
  private static final String RUN = "isnad_test_" + UUID.randomUUID().toString().substring(0, 8);
  private static final List<String> SCHEMAS = new ArrayList<>();
  private static String noServer;

  @BeforeAll
  static void serverAnswers() {
    DriverManager.setLoginTimeout(3);
    try (Connection c = DriverManager.getConnection(PostgresStore.jdbcUrl(SERVER))) {
      c.isValid(3);
    } catch (SQLException e) {
      noServer = "SKIPPED: no PostgreSQL server answers at " + SERVER + " (" + e.getMessage()
          + "); start one (pg_ctlcluster 15 main start) or set -Disnad.pg";
      System.err.println(noServer);
    }
  }

  @Override
  Store openFresh() {
    // Each test skips itself, so the report counts them as skipped, with the reason.
    Assumptions.assumeTrue(noServer == null, noServer);
    String schema = (RUN + "_" + SCHEMAS.size()).toLowerCase(Locale.ROOT);
    SCHEMAS.add(schema);
    return Store.open(SERVER + (SERVER.contains("?") ? "&" : "?") + "currentSchema=" + schema);
  }

  @AfterAll
  static void dropSchemas() throws SQLException {
    if (SCHEMAS.isEmpty()) {
      return;
    }
    try (Connection c = DriverManager.getConnection(PostgresStore.jdbcUrl(SERVER)); Statement s = c.createStatement()) {
      for (String schema : SCHEMAS) {
        s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
  }
}
