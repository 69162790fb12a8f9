package org.isnad.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.isnad.store.EntityRef;
import org.isnad.store.Store;
import org.isnad.store.StoredDocument;
import org.isnad.store.Synthetic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code isnad bench serve}: many concurrent loopback clients ask for briefs for a while; prints
 * requests, errors (goal 0) and latency percentiles. A benchmark, never part of the tests.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Start the server on 127.0.0.1 over a store (a synthetic one by default), then let --clients",
        "concurrent clients ask GET /api/entities/{id}/brief for --seconds; print requests, errors and p50/p95/p99."})
public final class ServeBench implements Callable<Integer> {
  @Option(names = "--clients", defaultValue = "200", description = "concurrent clients (default: ${DEFAULT-VALUE})")
  int clients;

  @Option(names = "--seconds", defaultValue = "30", description = "measured run time (default: ${DEFAULT-VALUE})")
  int seconds;

  @Option(names = "--warmup", defaultValue = "5", description = "seconds of warm-up before measuring (default: ${DEFAULT-VALUE})")
  int warmup;

  @Option(names = "--db", description = "an existing store to serve (default: a synthetic SQLite store, deleted afterwards)")
  String db;

  @Option(names = "--articles", defaultValue = "20000", description = "articles in the synthetic store (default: ${DEFAULT-VALUE})")
  int articles;

  @Option(names = "--keep", description = "build the synthetic store in this file and keep it; reuse it when it exists")
  Path keep;

  @Option(names = "--readers", defaultValue = "4", description = "the server's read connections (default: ${DEFAULT-VALUE})")
  int readers;

  @Option(names = "--brief-cache", defaultValue = "1000",
      description = "rendered briefs the server keeps, as isnad serve; 0 measures every brief computed (default: ${DEFAULT-VALUE})")
  int briefCache;

  @Override
  public Integer call() throws Exception {
    Path temp = null;
    String spec = db;
    List<Long> ids;
    if (spec == null && keep != null) {
      spec = keep.toString();
      ids = synthetic(spec, Files.exists(keep));
    } else if (spec == null) {
      temp = Files.createTempDirectory("isnad-bench-serve");
      spec = temp.resolve("isnad.db").toString();
      ids = synthetic(spec, false);
    } else {
      ids = fromStore(spec);
    }
    if (ids.isEmpty()) {
      System.err.println("isnad bench serve: no entities to ask about in " + spec);
      return 1;
    }
    try (Server server = Server.start(new Server.Options(spec, "127.0.0.1", 0, null, 1024 * 1024, readers, briefCache))) {
      System.out.printf(Locale.ROOT, "isnad bench serve: %d clients on %s/api/entities/{id}/brief, %d entities asked,"
          + " %d read connections, brief cache %d%n", clients, server.url(), ids.size(), readers, briefCache);
      if (warmup > 0) {
        print("warm-up", run(server.url(), ids, warmup, 7));
      }
      Result r = run(server.url(), ids, seconds, 11);
      print("measured", r);
      return r.errors() == 0 ? 0 : 1;
    } finally {
      if (temp != null) {
        for (String f : new String[] {"isnad.db", "isnad.db-wal", "isnad.db-shm"}) {
          Files.deleteIfExists(temp.resolve(f));
        }
        Files.deleteIfExists(temp);
      }
    }
  }

  /** A synthetic store; the entities asked are drawn with the corpus's own skew (popular names more often). */
  private List<Long> synthetic(String spec, boolean built) {
    int pool = Math.max(10, articles / 5);
    Synthetic corpus = new Synthetic(pool, 42);
    long t0 = System.nanoTime();
    List<Long> ids = new ArrayList<>();
    try (Store store = Store.open(spec)) {
      for (int i = 0; i < articles && !built; i++) {
        store.put(corpus.article(i), null);
      }
      SplittableRandom r = new SplittableRandom(1);
      for (int i = 0; i < 2000; i++) {
        List<EntityRef> found = store.findEntities(corpus.popularName(r));
        if (!found.isEmpty()) {
          ids.add(found.get(0).id());
        }
      }
    }
    System.out.printf(Locale.ROOT, "isnad bench serve: synthetic store of %,d articles %s in %.1f s%n", articles,
        built ? "reused" : "built", (System.nanoTime() - t0) / 1e9);
    return ids;
  }

  /** The entities of the last stored articles. */
  private static List<Long> fromStore(String spec) {
    Set<Long> ids = new LinkedHashSet<>();
    try (Store store = Store.open(spec)) {
      for (StoredDocument.Ref d : store.recentDocuments(300)) {
        StoredDocument doc = store.document(d.docId());
        if (doc != null) {
          doc.entities().stream().map(StoredDocument.Entity::entityId).filter(java.util.Objects::nonNull).forEach(ids::add);
        }
      }
    }
    return new ArrayList<>(ids);
  }

  record Result(long requests, long errors, long failures, double seconds, long[] nanos) {}

  private Result run(String base, List<Long> ids, int secs, long seed) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
        .build();
    long end = System.nanoTime() + secs * 1_000_000_000L;
    AtomicLong errors = new AtomicLong();
    AtomicLong failures = new AtomicLong();
    List<long[]> perClient = new ArrayList<>();
    int[] counts = new int[clients];
    List<Thread> threads = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      long[] own = new long[1 << 16];
      perClient.add(own);
      int me = c;
      Thread th = new Thread(() -> {
        SplittableRandom r = new SplittableRandom(seed * 1000 + me);
        long[] lat = own;
        int n = 0;
        while (System.nanoTime() < end) {
          long id = ids.get(r.nextInt(ids.size()));
          String lang = r.nextBoolean() ? "ar" : "en";
          HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/entities/" + id + "/brief?lang=" + lang))
              .timeout(Duration.ofSeconds(60)).GET().build();
          long s = System.nanoTime();
          try {
            HttpResponse<byte[]> res = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            if (res.statusCode() != 200) {
              errors.incrementAndGet();
            }
          } catch (Exception e) {
            failures.incrementAndGet();
            if (e instanceof InterruptedException) {
              Thread.currentThread().interrupt();
              break;
            }
          }
          if (n == lat.length) {
            lat = Arrays.copyOf(lat, lat.length * 2);
            perClient.set(me, lat);
          }
          lat[n++] = System.nanoTime() - s;
        }
        counts[me] = n;
      }, "bench-client-" + c);
      th.setDaemon(true);
      threads.add(th);
      th.start();
    }
    for (Thread th : threads) {
      th.join();
    }
    double took = (System.nanoTime() - t0) / 1e9;
    long total = Arrays.stream(counts).asLongStream().sum();
    long[] all = new long[(int) total];
    int at = 0;
    for (int c = 0; c < clients; c++) {
      System.arraycopy(perClient.get(c), 0, all, at, counts[c]);
      at += counts[c];
    }
    Arrays.sort(all);
    return new Result(total, errors.get() + failures.get(), failures.get(), took, all);
  }

  private static void print(String label, Result r) {
    long[] n = r.nanos();
    System.out.printf(Locale.ROOT, "%s: %,d requests in %.1f s = %.0f/s; errors %d (%d failed connections);"
        + " latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", label, r.requests(), r.seconds(),
        r.requests() / r.seconds(), r.errors(), r.failures(), pct(n, 0.50), pct(n, 0.95), pct(n, 0.99),
        n.length == 0 ? 0 : n[n.length - 1] / 1e6);
  }

  private static double pct(long[] sorted, double p) {
    return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))] / 1e6;
  }
}
