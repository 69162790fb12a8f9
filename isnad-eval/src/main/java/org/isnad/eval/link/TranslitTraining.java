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
      return 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Trains on wd_arabic_64 with one setting changed and scores on wd_arabic_16 (never the test split). */
  public static int tune(Path shared, Path work, String name, double[] values, PrintStream out) {
    try {
      List<Pair> train = NamePairs.read(shared, "wd_arabic_64");
      List<Pair> dev = NamePairs.read(shared, "wd_arabic_16");
      Files.createDirectories(work);
      for (double v : values) {
        Path model = work.resolve("tune.model.gz");
        write(train, name.isEmpty() ? TranslitTrainer.AR_EN : TranslitTrainer.AR_EN.with(name, v),
            name.isEmpty() ? TranslitTrainer.EN_AR : TranslitTrainer.EN_AR.with(name, v), model);
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
