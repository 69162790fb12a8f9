package org.isnad.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.isnad.text.NormalizedText;
import org.isnad.text.Tokenizer;

/**
 * Speed of isnad's text stage (normalize, tokenize with clitic analysis, split sentences) on
 * SaudiNewsNet, against Lucene 9's ArabicAnalyzer and Stanford CoreNLP's Arabic segmenter, in
 * the same run. SaudiNewsNet is research-only: it is read here to measure, never to learn.
 * Rates are per core: work divided by the CPU time of the one thread doing it.
 *
 * <p>Two units are printed. Each system's own tokens per second (isnad counts punctuation,
 * Lucene drops stop words, CoreNLP splits clitics into tokens of their own); and input words
 * per second (whitespace-separated words of the same text), on which the ratios are taken,
 * since that is the same amount of work for every system.
 *
 * <p>System properties: {@code isnad.bench.chars} (text read, default 20,000,000 characters),
 * {@code isnad.bench.corenlpWords} (CoreNLP's sample, default 30,000 words; 0 skips it).
 */
public final class TextBench {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private TextBench() {}

  /** A measured run: what a system produced and the CPU time it took. */
  record Result(String name, long tokens, long words, long cpuNanos) {
    double tokensPerSecond() {
      return tokens * 1e9 / cpuNanos;
    }

    double wordsPerSecond() {
      return words * 1e9 / cpuNanos;
    }
  }

  /** A system under test: text in, its token count out. */
  interface Engine {
    long run(String text);
  }

  public static int run(Path shared, PrintStream out) {
    Path dir = shared.resolve("data/saudinewsnet");
    if (!Files.isDirectory(dir)) {
      out.println("no SaudiNewsNet at " + dir + ": nothing to measure");
      return 2;
    }
    long maxChars = Long.getLong("isnad.bench.chars", 20_000_000L);
    int corenlpWords = Integer.getInteger("isnad.bench.corenlpWords", 30_000);
    List<String> articles = load(dir, maxChars);
    long words = articles.stream().mapToLong(TextBench::words).sum();
    long chars = articles.stream().mapToLong(String::length).sum();
    out.printf(Locale.ROOT, "corpus: %,d SaudiNewsNet articles, %,d words, %,d chars (benchmark use only)%n",
        articles.size(), words, chars);
    out.printf(Locale.ROOT, "java %s, %d cores; rates per core (one thread, its CPU time)%n",
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());

    Result isnad = measure("isnad normalize+tokenize+ssplit", new IsnadEngine(), articles, words);
    Tokenizer tokenizer = Tokenizer.standard();
    Result tokenizeOnly = measure("  of which normalize+tokenize", text -> tokenizer.tokenize(text, 0, text.length())
        .size() + (NormalizedText.of(text).length() & 0), articles, words);
    Result lucene = measure("lucene 9.12.3 ArabicAnalyzer", new LuceneEngine(), articles, words);
    print(out, isnad);
    print(out, tokenizeOnly);
    out.printf(Locale.ROOT, "  sentence splitting takes %.0f%% of isnad's CPU time%n",
        100.0 * (isnad.cpuNanos() - tokenizeOnly.cpuNanos()) / isnad.cpuNanos());
    print(out, lucene);
    Result corenlp = null;
    if (corenlpWords > 0) {
      List<String> sample = sample(articles, corenlpWords);
      long sampleWords = sample.stream().mapToLong(TextBench::words).sum();
      CoreNlpEngine engine = new CoreNlpEngine();
      measureOnce("warm-up", engine, sample.subList(0, sample.size() / 3), 0, 1); // JIT, as the others get
      corenlp = measureOnce("corenlp 4.5.10 arabic segmenter+ssplit", engine, sample, sampleWords, 1);
      print(out, corenlp);
    }
    double vsLucene = isnad.wordsPerSecond() / lucene.wordsPerSecond();
    out.printf(Locale.ROOT, "ratio isnad/lucene (input words/s): %.2f  (goal >= 0.25: %s)%n", vsLucene,
        vsLucene >= 0.25 ? "met" : "NOT met");
    if (corenlp != null) {
      double vsCore = isnad.wordsPerSecond() / corenlp.wordsPerSecond();
      out.printf(Locale.ROOT, "ratio isnad/corenlp (input words/s): %.0fx  (goal >= 150x: %s)%n", vsCore,
          vsCore >= 150 ? "met" : "NOT met");
    }
    out.printf(Locale.ROOT, "isnad tokens/s per core: %,.0f  (goal >= 1,000,000: %s)%n", isnad.tokensPerSecond(),
        isnad.tokensPerSecond() >= 1_000_000 ? "met" : "NOT met");
    out.printf(Locale.ROOT, "without sentence splitting: %,.0f tokens/s, %.2f of lucene%s%n",
        tokenizeOnly.tokensPerSecond(), tokenizeOnly.wordsPerSecond() / lucene.wordsPerSecond(),
        corenlp == null ? "" : String.format(Locale.ROOT, ", %.0fx corenlp",
            tokenizeOnly.wordsPerSecond() / corenlp.wordsPerSecond()));
    return 0;
  }

  /** Warms up on the whole corpus, then keeps the best of three timed passes. */
  static Result measure(String name, Engine engine, List<String> texts, long words) {
    measureOnce(name, engine, texts, words, 1);
    Result best = null;
    for (int pass = 0; pass < 3; pass++) {
      Result r = measureOnce(name, engine, texts, words, 1);
      if (best == null || r.cpuNanos() < best.cpuNanos()) {
        best = r;
      }
    }
    return best;
  }

  static Result measureOnce(String name, Engine engine, List<String> texts, long words, int passes) {
    long tokens = 0;
    long t0 = CPU.getCurrentThreadCpuTime();
    for (int p = 0; p < passes; p++) {
      for (String text : texts) {
        tokens += engine.run(text);
      }
    }
    long cpu = CPU.getCurrentThreadCpuTime() - t0;
    return new Result(name, tokens / passes, words, cpu / passes);
  }

  private static void print(PrintStream out, Result r) {
    out.printf(Locale.ROOT, "%-40s %,12d tokens %,12.0f tokens/s %,12.0f input words/s  (%.2f s CPU)%n", r.name(),
        r.tokens(), r.tokensPerSecond(), r.wordsPerSecond(), r.cpuNanos() / 1e9);
  }

  static long words(String text) {
    long n = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !in) {
        n++;
      }
      in = !space;
    }
    return n;
  }

  /** Paragraphs from the start of the corpus, up to about {@code words} words: CoreNLP is slow. */
  static List<String> sample(List<String> articles, int words) {
    List<String> out = new ArrayList<>();
    long n = 0;
    for (String a : articles) {
      for (String para : a.split("\n")) {
        if (!para.isBlank()) {
          out.add(para);
          n += words(para);
          if (n >= words) {
            return out;
          }
        }
      }
    }
    return out;
  }

  /** The articles' contents, zip by zip in name order, until {@code maxChars} are read. */
  static List<String> load(Path dir, long maxChars) {
    List<String> out = new ArrayList<>();
    long chars = 0;
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> zips = Files.list(dir)) {
      for (Path zip : zips.filter(p -> p.toString().endsWith(".zip")).sorted().toList()) {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
          for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
            if (!e.getName().endsWith(".json")) {
              continue;
            }
            JsonParser p = json.getFactory().createParser(z);
            if (p.nextToken() != JsonToken.START_ARRAY) {
              continue;
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
              JsonNode article = json.readTree(p);
              String content = article.path("content").asText("");
              if (!content.isBlank()) {
                out.add(content);
                chars += content.length();
                if (chars >= maxChars) {
                  return out;
                }
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read SaudiNewsNet from " + dir, e);
    }
    return out;
  }

  /** {@code TextBench [SHARED]}: prints the figures. */
  public static void main(String[] args) {
    System.exit(run(Path.of(args.length > 0 ? args[0] : "../shared"), System.out));
  }
}
