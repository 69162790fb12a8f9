package org.isnad.spark;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * Appends the job's tables to PostgreSQL through Spark's JDBC writer: isnad_documents,
 * isnad_facts and isnad_entities, created on first use. Each partition writes over its own
 * connection, at most {@link #CONNECTIONS} at once so a large cluster does not exhaust the
 * server's connections.
 */
final class JdbcLoader {
  static final int CONNECTIONS = 8;

  private JdbcLoader() {}

  /** {@code postgresql://host:5432/db?user=u} or the same with {@code jdbc:} in front. */
  static String url(String given) {
    String url = given.startsWith("jdbc:") ? given : "jdbc:" + given;
    if (!url.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("--jdbc must be a PostgreSQL URL such as postgresql://127.0.0.1:5432/test,"
          + " not '" + given + "'");
    }
    return url;
  }

  /** Connects once on the driver, so a wrong URL fails in a second, not after the extraction. */
  static void check(String given) {
    String url = url(given);
    try (Connection c = new org.postgresql.Driver().connect(url, new Properties())) {
      if (c == null) {
        throw new IllegalArgumentException("--jdbc " + given + ": the PostgreSQL driver does not accept this URL");
      }
    } catch (SQLException e) {
      throw new IllegalArgumentException("--jdbc " + given + ": cannot connect: " + e.getMessage(), e);
    }
  }

  static void load(Dataset<Row> docs, String given) {
    String url = url(given);
    write(IsnadJob.documents(docs), url, "isnad_documents");
    // JDBC has no map type: roles go as roles_json (text) only.
    write(IsnadJob.facts(docs).drop("roles"), url, "isnad_facts");
    write(IsnadJob.entities(docs), url, "isnad_entities");
  }

  private static void write(Dataset<Row> table, String url, String name) {
    table.write().mode(SaveMode.Append).format("jdbc")
        .option("url", url)
        .option("driver", "org.postgresql.Driver")
        .option("dbtable", name)
        .option("batchsize", "1000")
        .option("numPartitions", String.valueOf(CONNECTIONS))
        .save();
  }
}
