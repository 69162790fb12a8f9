package org.isnad.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** The embedded default store: one SQLite file in WAL mode, its schema in {@code schema.sql} (docs/store.md). */
public final class SqliteStore extends JdbcStore {

  private SqliteStore(Connection db, Path file) throws SQLException {
    super(db, "the SQLite store " + file);
  }

  /** Tables marked for SQLite are kept in their primary key's order: one B-tree, not a table and an index. */
  @Override
  String dialect(String sql) {
    return sql.replace("/*sqlite: WITHOUT ROWID*/", "WITHOUT ROWID");
  }

  public static SqliteStore open(Path file) {
    try {
      Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
      try (Statement s = c.createStatement()) {
        // WAL keeps a killed ingest's half-written transaction out of the file: it is rolled back on open.
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("PRAGMA foreign_keys=ON");
        s.execute("PRAGMA synchronous=NORMAL");
        s.execute("PRAGMA busy_timeout=5000");
        // Briefs read scattered rows: a 64 MB page cache and memory-mapped reads keep them off syscalls.
        s.execute("PRAGMA cache_size=-65536");
        s.execute("PRAGMA mmap_size=268435456");
        // An article's transaction rewrites the same hot index pages (popular entities' facts and
        // totals): checkpointing the WAL every 10,000 pages (about 40 MB) instead of 1,000 copies each
        // into the database once, not ten times. A killed ingest loses no more for it.
        s.execute("PRAGMA wal_autocheckpoint=10000");
      }
      return new SqliteStore(c, file);
    } catch (SQLException e) {
      throw new StoreException("cannot open the SQLite store " + file + ": " + e.getMessage(), e);
    }
  }
}
