package org.isnad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A CI-sized sample of the bad-input run; the full set is {@code isnad bench bad-input}. */
class BadInputBenchTest {
  @TempDir Path dir;

  @Test
  void sampleOfBrokenAndHostileDocumentsNeverCrashesNorLeavesPartialRows() throws IOException {
    // Single lines just over the 20 MB cap exercise the same path as 50 MB ones, faster.
    BenchCommand.Report r = BenchCommand.run(dir, 200, 7, 21 * 1024 * 1024, System.err);
    assertThat(r.crashes()).isZero();
    assertThat(r.partialRows()).isZero();
    assertThat(r.errors()).isGreaterThan(50);
    assertThat(r.clean()).isGreaterThan(10);
    assertThat(r.skipped()).isGreaterThan(0);
    assertThat(r.documents()).isEqualTo(r.errors() + r.clean() + r.skipped());
  }

  @Test
  void partialRowsAreDetected() throws Exception {
    // The check must be able to fail: a failed document's name among the stored paths counts.
    BenchCommand.Report r = BenchCommand.run(dir, 19, 3, 1024, null);
    assertThat(r.partialRows()).isZero();
    Path db = dir.resolve("store.db");
    String stored;
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
        var q = c.createStatement().executeQuery("SELECT path FROM documents LIMIT 1")) {
      q.next();
      stored = q.getString(1);
    }
    Batch.Summary pretend = new Batch.Summary(1, 0, 0, 0, 1, 0, 0, 0, 0, 0, java.util.List.of(stored));
    assertThat(BenchCommand.partialRows(db, pretend)).isGreaterThan(0);
  }
}
