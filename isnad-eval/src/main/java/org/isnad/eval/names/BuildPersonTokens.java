package org.isnad.eval.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.isnad.text.ar.ArabicNormalizer;

/**
 * Builds the person-name token lexicon ({@code person-tokens.tsv.gz}) from the Wikidata
 * English–Arabic name pairs (CC0): the English and the folded Arabic spelling of every name
 * token seen at least twice, with its count. Deterministic: sorted output, no clock.
 */
public final class BuildPersonTokens {
  /** Tokens seen fewer times are mostly one-off transliterations of odd names. */
  static final int MIN_COUNT = 2;

  private BuildPersonTokens() {}

  public static int build(Path shared, Path out, PrintStream log) throws IOException {
    Path pairs = shared.resolve("data/translit_wikidata_netranslit/wd_arabic_80");
    Map<String, Integer> en = new TreeMap<>();
    Map<String, Integer> ar = new TreeMap<>();
    try (BufferedReader r = Files.newBufferedReader(pairs, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        String[] f = line.split("\t");
        if (f.length < 3) {
          continue;
        }
        int n = Integer.parseInt(f[2].trim());
        en.merge(f[0].toLowerCase(Locale.ROOT), n, Integer::sum);
        ar.merge(ArabicNormalizer.normalize(f[1].replace(" ", "")), n, Integer::sum);
      }
    }
    Files.createDirectories(out.getParent());
    int kept = 0;
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(out));
        Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8)) {
      w.write("# person-name tokens from Wikidata name pairs (CC0): lang, token, count\n");
      kept += write(w, "en", en);
      kept += write(w, "ar", ar);
    }
    log.printf(Locale.ROOT, "person tokens: %d kept (en %d, ar %d seen) -> %s%n", kept, en.size(), ar.size(), out);
    return 0;
  }

  private static int write(Writer w, String lang, Map<String, Integer> counts) throws IOException {
    int kept = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() >= MIN_COUNT && e.getKey().length() >= 2) {
        w.write(lang + "\t" + e.getKey() + "\t" + e.getValue() + "\n");
        kept++;
      }
    }
    return kept;
  }

  public static void main(String[] args) throws IOException {
    System.exit(build(Path.of(args[0]), Path.of(args[1]), System.out));
  }
}
