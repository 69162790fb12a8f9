package org.isnad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.isnad.brief.BriefText;
import org.isnad.brief.Briefing;
import org.isnad.brief.Phrases;
import org.isnad.store.PostgresStore;
import org.isnad.store.Store;
import org.isnad.store.Synthetic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code isnad bench store}: ingest throughput and brief latency on a synthetic store. */
@Command(name = "store", mixinStandardHelpOptions = true,
    description = {"Builds a synthetic store (no real text) and prints ingest throughput and brief latency p50/p95,",
        "for SQLite and, when a server answers, PostgreSQL (in a schema of its own, dropped afterwards)."})
final class StoreBench implements Callable<Integer> {
  @Option(names = "--articles", defaultValue = "100000", description = "articles to ingest (default: ${DEFAULT-VALUE})")
  int articles;

  @Option(names = "--pg-articles", description = "articles for PostgreSQL (default: as --articles)")
  Integer pgArticles;

  @Option(names = "--stores", defaultValue = "sqlite,postgresql", split = ",",
      description = "which stores to measure (default: ${DEFAULT-VALUE})")
  java.util.List<String> stores;

  @Option(names = "--pool", description = "distinct entities (default: articles / 5)")
  Integer pool;

  @Option(names = "--briefs", defaultValue = "500", description = "briefs to time (default: ${DEFAULT-VALUE})")
  int briefs;

  @Option(names = "--db", description = "the SQLite file to build (default: a temporary file, deleted afterwards)")
  Path db;

  @Option(names = "--keep", description = {"build the SQLite store in this file and keep it; when it exists, reuse it",
      "and time only the briefs (its articles must be what --articles and --pool would build)"})
  Path keep;

  @Option(names = "--pg", defaultValue = "postgresql://postgres@127.0.0.1:5432/test",
      description = "the PostgreSQL server (default: ${DEFAULT-VALUE}); none to skip")
  String pg;

  @Override
  public Integer call() throws Exception {
    int poolSize = pool != null ? pool : Math.max(10, articles / 5);
    Synthetic corpus = new Synthetic(poolSize, 42);
    System.out.printf(Locale.ROOT, "isnad bench store: %,d synthetic articles, %,d entities in the pool%n", articles, poolSize);
    if (stores.contains("sqlite")) {
      Path file = keep != null ? keep : db != null ? db : Files.createTempFile("isnad-bench", ".db");
      boolean reuse = keep != null && Files.exists(keep);
      if (!reuse) {
        Files.deleteIfExists(file);
      }
      try (Store store = Store.open(file.toString())) {
        if (reuse) {
          System.out.printf(Locale.ROOT, "sqlite: reusing %s (%,d articles)%n", file, store.documentCount());
        } else {
          ingest("sqlite", store, corpus, articles);
        }
        briefs("sqlite", store, corpus);
      } finally {
        if (db == null && keep == null) {
          for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(file + suffix));
          }
        }
      }
    }
    if (!pg.equals("none") && stores.contains("postgresql")) {
      String schema = "isnad_bench_" + Long.toString(System.currentTimeMillis(), 36);
      try {
        DriverManager.setLoginTimeout(3);
        DriverManager.getConnection(jdbc(pg)).close();
      } catch (java.sql.SQLException e) {
        System.out.println("postgresql: skipped, no server answers at " + pg + " (" + e.getMessage() + ")");
        return 0;
      }
      try (Store store = Store.open(pg + (pg.contains("?") ? "&" : "?") + "currentSchema=" + schema)) {
        ingest("postgresql", store, corpus, pgArticles != null ? pgArticles : articles);
        briefs("postgresql", store, corpus);
      } finally {
        try (var c = DriverManager.getConnection(jdbc(pg)); var s = c.createStatement()) {
          s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
      }
    }
    return 0;
  }

  private static String jdbc(String spec) {
    return PostgresStore.jdbcUrl(spec);
  }

  private static void ingest(String label, Store store, Synthetic corpus, int n) {
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      store.put(corpus.article(i), null);
      if ((i + 1) % 10_000 == 0) {
        System.err.printf(Locale.ROOT, "%s: %,d articles, %.0f/s%n", label, i + 1, (i + 1) / secs(t0));
      }
    }
    double ingest = secs(t0);
    System.out.printf(Locale.ROOT, "%s ingest: %,d articles in %.1f s = %.0f articles/s%n", label, n, ingest, n / ingest);
  }

  private void briefs(String label, Store store, Synthetic corpus) {
    SplittableRandom r = new SplittableRandom(1);
    long[] nanos = new long[briefs];
    int lines = 0;
    for (int i = -50; i < briefs; i++) {
      String name = corpus.popularName(r);
      long s = System.nanoTime();
      Briefing b = Briefing.of(store, name, null, true, 20);
      String text = b == null ? "" : new BriefText(Phrases.isArabic(name) ? "ar" : "en", false, 20).render(b);
      if (i >= 0) {
        nanos[i] = System.nanoTime() - s;
        lines += text.split("\n").length;
      }
    }
    Arrays.sort(nanos);
    System.out.printf(Locale.ROOT, "%s brief: %d briefs, p50 %.1f ms, p95 %.1f ms, max %.1f ms (%.0f lines per brief)%n",
        label, briefs, nanos[briefs / 2] / 1e6, nanos[(int) (briefs * 0.95)] / 1e6, nanos[briefs - 1] / 1e6,
        (double) lines / briefs);
  }

  private static double secs(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}
