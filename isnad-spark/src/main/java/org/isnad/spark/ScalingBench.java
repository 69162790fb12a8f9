package org.isnad.spark;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.spark.sql.SparkSession;

/**
 * The scaling benchmark, a command and not a test: the job over SaudiNewsNet articles (research
 * use only: read here to measure, never shipped) in {@code local[1]} then {@code local[2]}, the
 * same partitions for both (many, so the last ones do not leave a core idle for long), after an untimed run that loads the models and lets the JIT compile.
 * Prints documents/s for each, their ratio, and the cost of a million articles at an assumed
 * machine price.
 *
 * <pre>ScalingBench SHARED [ARTICLES=20000] [PARTITIONS=64] [USD_PER_HOUR=0.085]</pre>
 */
public final class ScalingBench {
  private static final int WARM_UP = 300;

  private ScalingBench() {}

  public static void main(String[] args) throws IOException {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
    int articles = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    int partitions = args.length > 2 ? Integer.parseInt(args[2]) : 64;
    double usdPerHour = args.length > 3 ? Double.parseDouble(args[3]) : 0.085;
    PrintStream out = System.out;
    Path dir = shared.resolve("data/saudinewsnet");
    if (!Files.isDirectory(dir)) {
      out.println("no SaudiNewsNet at " + dir + ": nothing to measure");
      return;
    }
    Path work = Files.createTempDirectory("isnad-spark-bench");
    try {
      Path corpus = work.resolve("saudinewsnet.jsonl");
      long[] written = writeJsonLines(dir, corpus, articles);
      out.printf(Locale.ROOT, "corpus: %,d SaudiNewsNet articles, %,d chars, %.1f MB of JSON Lines (benchmark use only)%n",
          written[0], written[1], Files.size(corpus) / 1e6);
      out.printf(Locale.ROOT, "machine: %d cores seen by the JVM, max heap %d MB, shared with other jobs%n",
          Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
      // An untimed run first: Spark's classes and code generation, the models, and the JIT on both
      // threads, so neither timed run pays for what the other gets for free.
      Path warm = work.resolve("warm-up.jsonl");
      writeJsonLines(dir, warm, WARM_UP);
      Run w = run("local[2]", warm, work.resolve("out-warm"), 4);
      out.printf(Locale.ROOT, "warm-up (untimed): %s%n", w.describe());

      Run one = run("local[1]", corpus, work.resolve("out-1"), partitions);
      out.println(one.describe());
      Run two = run("local[2]", corpus, work.resolve("out-2"), partitions);
      out.println(two.describe());
      double ratio = two.summary.documentsPerSecond() / one.summary.documentsPerSecond();
      out.printf(Locale.ROOT, "scaling local[2] / local[1]: %.2f (goal >= 1.8)%n", ratio);
      double hours = 1e6 / two.summary.documentsPerSecond() / 3600;
      out.printf(Locale.ROOT, "cost per million articles: %.1f machine-hours of local[2] = USD %.2f at USD %.3f/h"
          + " (assumed: a 2-vCPU on-demand VM such as AWS c6i.large, us-east-1 list price)%n",
          hours, hours * usdPerHour, usdPerHour);
      double cpuHours = 1e6 * two.cpuSecondsPerDocument() / 3600;
      out.printf(Locale.ROOT, "from CPU time instead (less sensitive to other jobs on the machine): %.2f CPU-s per"
          + " 1,000 articles, %.1f vCPU-hours per million = USD %.2f at USD %.4f per vCPU-hour%n",
          1000 * two.cpuSecondsPerDocument(), cpuHours, cpuHours * usdPerHour / 2, usdPerHour / 2);
    } finally {
      delete(work);
    }
  }

  /** One timed run of the job, with the load average before it and the JVM's CPU time during it. */
  private record Run(String master, IsnadJob.Summary summary, double loadBefore, double cpuSeconds) {
    double cpuSecondsPerDocument() {
      return cpuSeconds / summary.documents();
    }

    String describe() {
      return String.format(Locale.ROOT, "%s: %,d documents (%d unreadable), %,d facts in %.1f s = %.1f documents/s;"
          + " JVM CPU %.0f s (%.2f cores busy); load average before %.2f", master, summary.documents(),
          summary.errors(), summary.facts(), summary.millis() / 1000.0, summary.documentsPerSecond(), cpuSeconds,
          cpuSeconds * 1000 / summary.millis(), loadBefore);
    }
  }

  private static Run run(String master, Path corpus, Path output, int partitions) {
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    SparkSession spark = SparkSession.builder().master(master).appName("isnad-bench-" + master)
        .config("spark.ui.enabled", "false").getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    try {
      long cpu0 = processCpuNanos();
      IsnadJob.Summary s = IsnadJob.run(spark, new JobOptions(corpus.toString(), JobOptions.Format.JSONL,
          output.toString(), null, partitions, "auto"));
      return new Run(master, s, load, (processCpuNanos() - cpu0) / 1e9);
    } finally {
      spark.stop();
    }
  }

  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }

  /**
   * The first {@code limit} non-empty articles, zip by zip in name order, as records of the
   * job's JSON Lines (id, url, date, title, lang, text).
   * Returns the articles and characters written.
   */
  static long[] writeJsonLines(Path dir, Path target, int limit) {
    ObjectMapper json = new ObjectMapper();
    long n = 0;
    long chars = 0;
    try (Stream<Path> zips = Files.list(dir); OutputStream os = Files.newOutputStream(target);
         JsonGenerator g = json.getFactory().createGenerator(os)) {
      g.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
      for (Path zip : zips.filter(p -> p.toString().endsWith(".zip")).sorted().toList()) {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
          for (ZipEntry e; (e = z.getNextEntry()) != null && n < limit; ) {
            JsonParser p = json.getFactory().createParser(z);
            p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            if (!e.getName().endsWith(".json") || p.nextToken() != JsonToken.START_ARRAY) {
              continue;
            }
            int index = 0;
            while (n < limit && p.nextToken() == JsonToken.START_OBJECT) {
              JsonNode a = json.readTree(p);
              String text = a.path("content").asText("");
              index++;
              if (text.isBlank()) {
                continue;
              }
              g.writeStartObject();
              g.writeStringField("id", e.getName().replace(".json", "") + "-" + index);
              g.writeStringField("url", a.path("url").asText(""));
              g.writeStringField("date", a.path("date_extracted").asText(""));
              g.writeStringField("title", a.path("title").asText(""));
              g.writeStringField("lang", "ar");
              g.writeStringField("text", text);
              g.writeEndObject();
              n++;
              chars += text.length();
            }
          }
        }
      }
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read SaudiNewsNet from " + dir, e);
    }
    return new long[] {n, chars};
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
