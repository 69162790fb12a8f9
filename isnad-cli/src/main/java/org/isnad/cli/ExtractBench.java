package org.isnad.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.isnad.extract.Extractor;
import org.isnad.fact.Extraction;
import org.isnad.text.Document;
import org.isnad.text.TextAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code isnad bench extract}: full extraction speed over Arabic news (SaudiNewsNet, used for
 * measurement only), in tokens per second per core, beside the text stage alone in the same run.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Measure full extraction speed over SaudiNewsNet (../shared/data/saudinewsnet, research-only data,",
        "used here for measurement only): tokens/s per core of thread CPU time for the text stage alone and for",
        "the whole pipeline, on one thread after a warm-up. Goal: at least 50,000 tokens/s per core."})
final class ExtractBench implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @picocli.CommandLine.Mixin
  SharedData shared;

  @Option(names = "--articles", defaultValue = "2000", description = "articles to measure (default: ${DEFAULT-VALUE})")
  int articles;

  @Override
  public Integer call() throws IOException {
    Path dir = shared.path().resolve("data/saudinewsnet");
    if (!Files.isDirectory(dir)) {
      System.err.println("isnad bench extract: no SaudiNewsNet at " + dir.toAbsolutePath());
      return 2;
    }
    int warm = Math.max(50, articles / 10);
    List<String> texts = read(dir, articles + warm);
    List<String> warmup = texts.subList(0, Math.min(warm, texts.size()));
    List<String> measured = texts.subList(warmup.size(), texts.size());
    Extractor extractor = Extractor.standard();
    TextAnalyzer text = TextAnalyzer.standard();
    for (String t : warmup) {
      extractor.extract("w", t, "ar", null);
    }
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long tokens = 0;
    long c0 = cpu.getCurrentThreadCpuTime();
    long w0 = System.nanoTime();
    for (String t : measured) {
      Document d = text.analyze("t", t, "ar", null);
      tokens += d.tokens().size();
    }
    long textCpu = cpu.getCurrentThreadCpuTime() - c0;
    long textWall = System.nanoTime() - w0;
    long facts = 0;
    c0 = cpu.getCurrentThreadCpuTime();
    w0 = System.nanoTime();
    for (String t : measured) {
      Extraction x = extractor.extract("t", t, "ar", null);
      facts += x.facts().size();
    }
    long fullCpu = cpu.getCurrentThreadCpuTime() - c0;
    long fullWall = System.nanoTime() - w0;
    System.out.printf(Locale.ROOT, "isnad bench extract: %d articles, %,d tokens, %,d facts (after %d warm-up articles)%n",
        measured.size(), tokens, facts, warmup.size());
    System.out.printf(Locale.ROOT, "  text stage    %,12.0f tokens/s per core (CPU), %,12.0f tokens/s wall%n",
        tokens / (textCpu / 1e9), tokens / (textWall / 1e9));
    System.out.printf(Locale.ROOT, "  full pipeline %,12.0f tokens/s per core (CPU), %,12.0f tokens/s wall%n",
        tokens / (fullCpu / 1e9), tokens / (fullWall / 1e9));
    System.out.printf(Locale.ROOT, "  ratio: the full pipeline runs at %.3f of the text stage's speed; goal 50,000 tokens/s: %s%n",
        (double) textCpu / fullCpu, tokens / (fullCpu / 1e9) >= 50_000 ? "met" : "not met");
    return 0;
  }

  /** Article bodies from the SaudiNewsNet zips (each one JSON array), in file order. */
  static List<String> read(Path dir, int max) throws IOException {
    List<String> out = new ArrayList<>();
    List<Path> zips;
    try (Stream<Path> s = Files.list(dir)) {
      zips = s.filter(p -> p.toString().endsWith(".zip")).sorted().toList();
    }
    for (Path zip : zips) {
      try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
        for (ZipEntry e; (e = in.getNextEntry()) != null && out.size() < max; ) {
          JsonParser p = JSON.getFactory().createParser(in);
          if (p.nextToken() != JsonToken.START_ARRAY) {
            continue;
          }
          while (p.nextToken() == JsonToken.START_OBJECT && out.size() < max) {
            JsonNode a = JSON.readTree(p);
            String content = a.path("content").asText("");
            if (!content.isBlank()) {
              out.add(content);
            }
          }
        }
      }
      if (out.size() >= max) {
        break;
      }
    }
    return out;
  }
}
