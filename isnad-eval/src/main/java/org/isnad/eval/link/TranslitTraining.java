package org.isnad.eval.link;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.isnad.eval.link.NamePairs.Pair;
import org.isnad.link.Transliterator;
import org.isnad.text.ar.ArabicNormalizer;

/**
 * Entry points for {@code isnad train translit} and {@code isnad eval translit}: builds the
 * transliteration model and the gazetteer into the resource folder, and scores the shipped
 * model on the held-out Wikidata split.
 */
public final class TranslitTraining {
  static final String TRAIN = "wd_arabic_80";
  static final String TEST = "wd_arabic_20";

  private TranslitTraining() {}

  /** Trains on wd_arabic_80 and writes {@code translit.model.gz} and the gazetteer into {@code resourceDir}. */
  public static int train(Path shared, Path resourceDir, PrintStream out) {
    try {
      Files.createDirectories(resourceDir);
      long t0 = System.nanoTime();
      List<Pair> pairs = NamePairs.read(shared, TRAIN);
      Path model = resourceDir.resolve("translit.model.gz");
      write(pairs, TranslitTrainer.AR_EN, TranslitTrainer.EN_AR, model);
      out.printf("wrote %s (%d bytes) from %d pairs in %.1f s%n", model, Files.size(model), pairs.size(),
          (System.nanoTime() - t0) / 1e9);
      int places = GazetteerBuilder.build(shared, resourceDir);
      out.printf("wrote %s (%d entries)%n", resourceDir.resolve(GazetteerBuilder.FILE), places);
      // The card's figures are measured on the held-out split after training; nothing was tuned on it.
      List<Pair> test = NamePairs.read(shared, TEST);
      Transliterator t = Transliterator.load(model);
      List<String> lines = List.of(TranslitScores.arabicToLatin(t, test).line(),
          TranslitScores.latinToArabic(t, test).line(), MatchKeyScores.of(test).line());
      lines.forEach(out::println);
      ModelCard.write(resourceDir, pairs.size(), test.size(), Files.size(model), lines);
      return 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(List<Pair> pairs, TranslitTrainer.Settings arEn, TranslitTrainer.Settings enAr,
      Path model) throws IOException {
    try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(model)),
        StandardCharsets.UTF_8)) {
      w.write("isnad-translit 1\n");
      w.write("direction ar-en\n");
      TranslitTrainer.train(pairs, Pair::arabic, Pair::latin, ArabicNormalizer::normalize, arEn, w);
      w.write("direction en-ar\n");
      TranslitTrainer.train(pairs, Pair::latin, Pair::arabic, s -> s, enAr, w);
    }
  }

  /** Scores the shipped model on wd_arabic_20: exact match, character error rate, speed. */
  public static int evaluate(Path shared, PrintStream out) {
    try {
      List<Pair> test = NamePairs.read(shared, TEST);
      Transliterator t = Transliterator.standard();
      out.println(TranslitScores.arabicToLatin(t, test).line());
      out.println(TranslitScores.latinToArabic(t, test).line());
      out.println(MatchKeyScores.of(test).line());
      out.println(speed(t, test));
      return 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** toLatin and toArabic throughput on the test words, after one warm-up pass: a measurement. */
  static String speed(Transliterator t, List<Pair> test) {
    for (Pair p : test.subList(0, Math.min(2000, test.size()))) {
      t.toLatin(p.arabic());
    }
    long t0 = System.nanoTime();
    for (Pair p : test) {
      t.toLatin(p.arabic());
    }
    long t1 = System.nanoTime();
    for (Pair p : test) {
      t.toArabic(p.latin());
    }
    long t2 = System.nanoTime();
    return String.format(java.util.Locale.ROOT, "speed toLatin=%.0f names/s toArabic=%.0f names/s (one thread)",
        test.size() / ((t1 - t0) / 1e9), test.size() / ((t2 - t1) / 1e9));
  }

  /** Trains on wd_arabic_64 with one setting changed and scores on wd_arabic_16 (never the test split). */
  public static int tune(Path shared, Path work, String name, double[] values, PrintStream out) {
    try {
      List<Pair> train = NamePairs.read(shared, "wd_arabic_64");
      List<Pair> dev = NamePairs.read(shared, "wd_arabic_16");
      Files.createDirectories(work);
      for (double v : values) {
        Path model = work.resolve("tune.model.gz");
        // "ar.x" changes only the Arabic-to-Latin direction, "en.x" only the other, "x" both.
        String bare = name.replaceFirst("^(ar|en)\\.", "");
        TranslitTrainer.Settings arEn = name.isEmpty() || name.startsWith("en.")
            ? TranslitTrainer.AR_EN : TranslitTrainer.AR_EN.with(bare, v);
        TranslitTrainer.Settings enAr = name.isEmpty() || name.startsWith("ar.")
            ? TranslitTrainer.EN_AR : TranslitTrainer.EN_AR.with(bare, v);
        write(train, arEn, enAr, model);
        Transliterator t = Transliterator.load(model);
        out.printf("%s=%s %d bytes%n  %s%n  %s%n", name, v, Files.size(model),
            TranslitScores.arabicToLatin(t, dev).line(), TranslitScores.latinToArabic(t, dev).line());
      }
      return 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code tune NAME v1 v2 ...} for development runs outside the CLI. */
  public static void main(String[] args) {
    Path shared = Path.of(System.getProperty("isnad.shared", "/work/shared"));
    if (args.length > 0 && args[0].equals("train")) {
      System.exit(train(shared, Path.of(args[1]), System.out));
    } else if (args.length > 0 && args[0].equals("eval")) {
      System.exit(evaluate(shared, System.out));
    } else {
      String name = args.length > 1 ? args[1] : "";
      double[] values = new double[Math.max(1, args.length - 2)];
      for (int i = 2; i < args.length; i++) {
        values[i - 2] = Double.parseDouble(args[i]);
      }
      System.exit(tune(shared, Path.of("target/tune"), name, values, System.out));
    }
  }
}
