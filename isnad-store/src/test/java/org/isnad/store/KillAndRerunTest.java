package org.isnad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An ingest killed with SIGKILL halfway, then run again, leaves the store a clean run leaves. */
class KillAndRerunTest {
  private static final int ARTICLES = 400;
  private static final int POOL = 120;

  @TempDir
  Path dir;

  @Test
  void anIngestKilledHalfwayAndRerunEqualsACleanRun() throws Exception {
    Path killed = dir.resolve("killed.db");
    Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), IngestChild.class.getName(), killed.toString(),
        String.valueOf(ARTICLES), String.valueOf(POOL))).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    int stored = -1;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = out.readLine()) != null; ) {
        stored = Integer.parseInt(line.strip());
        if (stored >= ARTICLES / 2) {
          child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no commit, no close
          break;
        }
      }
    }
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(stored).as("the child reached halfway before it was killed").isGreaterThanOrEqualTo(ARTICLES / 2);

    Synthetic corpus = new Synthetic(POOL, 7);
    try (Store store = SqliteStore.open(killed)) {
      int afterKill = store.documentCount();
      assertThat(afterKill).isBetween(ARTICLES / 2 + 1, ARTICLES - 1);
      for (int i = 0; i < ARTICLES; i++) {
        store.put(corpus.article(i), null);
      }
    }
    Path clean = dir.resolve("clean.db");
    try (Store store = SqliteStore.open(clean)) {
      for (int i = 0; i < ARTICLES; i++) {
        store.put(corpus.article(i), null);
      }
    }
    try (Store a = SqliteStore.open(killed); Store b = SqliteStore.open(clean)) {
      assertThat(a.documentCount()).isEqualTo(ARTICLES);
      assertThat(a.canonicalDump()).isEqualTo(b.canonicalDump());
    }
  }
}
