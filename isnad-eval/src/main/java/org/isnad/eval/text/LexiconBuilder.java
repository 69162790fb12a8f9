package org.isnad.eval.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.isnad.text.Token;
import org.isnad.text.Tokenizer;
import org.isnad.text.ar.ArabicNormalizer;
import org.isnad.text.ar.CliticSegmenter;

/**
 * Builds the stem lexicon ({@code stems.tsv}) that guides clitic segmentation: folded Arabic
 * words with their counts in shippable text, plus the Arabic spellings of person names, which
 * are marked so that a name such as ألتمان is never read as article + stem.
 *
 * <p>Sources, all licensed for shipping: ANERcorp in the CAMeL Lab split (CC BY-SA 4.0), AQMAR
 * (CC BY-SA 3.0), ARCD's Arabic Wikipedia paragraphs (CC BY-SA), the Arabic side of the UN
 * Parallel Corpus test sets (UN terms) and the Wikidata name pairs of NETransliteration (CC0).
 * SaudiNewsNet is research-only and is deliberately not read.
 *
 * <p>Some text is held out, so that the hand-checked segmentation table (drawn from it) measures
 * the segmenter on text whose counts it has not seen: the ANERcorp test split, the first
 * {@value #UN_HELD_OUT_LINES} lines of the UN test set, the AQMAR articles in {@link #AQMAR_HELD_OUT}
 * and every {@value #ARCD_HELD_OUT_EVERY}th ARCD article.
 */
public final class LexiconBuilder {
  /** Corpus words seen fewer times are dropped: they are mostly typos and one-off forms. */
  static final int MIN_COUNT = 2;
  static final String HEADER = "# isnad stem lexicon: folded word TAB count [TAB flags: N = a person name,"
      + " H = mostly written with a hamza on its initial alef, T = mostly written with a final teh marbuta]."
      + " Built by org.isnad.eval.text.LexiconBuilder from ANERcorp (CAMeL split, CC BY-SA 4.0), AQMAR (CC BY-SA 3.0),"
      + " ARCD Arabic Wikipedia (CC BY-SA), UN Parallel Corpus v1.0 test sets (UN terms),"
      + " Wikidata names via NETransliteration (CC0)."
      + " Held out: ANERcorp test, UN test lines 1-1000, AQMAR Damascus/Linux/Razi, every 10th ARCD article.";

  static final int UN_HELD_OUT_LINES = 1000;
  static final Set<String> AQMAR_HELD_OUT = Set.of("Damascus.txt", "Linux.txt", "Razi.txt");
  static final int ARCD_HELD_OUT_EVERY = 10;

  private LexiconBuilder() {}

  /** Builds the lexicon from {@code shared}/data into {@code out}; returns the number of entries. */
  public static int buildLexicon(Path shared, Path out, PrintStream log) {
    Path data = shared.resolve("data");
    Map<String, int[]> counts = new HashMap<>();
    Tokenizer tokenizer = new Tokenizer(CliticSegmenter.Parts::whole);
    try {
      List<Path> tagged = new ArrayList<>();
      tagged.add(data.resolve("anercorp/ANERcorp_reconstructed_train.txt"));
      try (Stream<Path> s = Files.list(data.resolve("aqmar"))) {
        s.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().equals("SOURCE.txt")
                && !AQMAR_HELD_OUT.contains(p.getFileName().toString()))
            .sorted().forEach(tagged::add);
      }
      for (Path p : tagged) {
        int n = countLines(p, true, 0, tokenizer, counts);
        log.printf("%-45s %,9d words%n", data.relativize(p), n);
      }
      for (String f : List.of("UNv1.0.devset.ar", "UNv1.0.testset.ar")) {
        Path p = data.resolve("un_v1_testsets_ar_en").resolve(f);
        log.printf("%-45s %,9d words%n", data.relativize(p), countLines(p, false,
            f.contains("testset") ? UN_HELD_OUT_LINES : 0, tokenizer, counts));
      }
      Path arcd = data.resolve("arcd_arwiki_ar/arcd.json");
      log.printf("%-45s %,9d words%n", data.relativize(arcd), countArcd(arcd, tokenizer, counts));
      Set<String> names = readNames(data.resolve("translit_wikidata_netranslit/wd_arabic.normalized.aligned.tokens"));
      log.printf("%-45s %,9d names%n", "translit_wikidata_netranslit", names.size());
      return write(counts, names, out, log);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the stem lexicon from " + data, e);
    }
  }

  private static int countLines(Path p, boolean tokenPerLine, int skip, Tokenizer tokenizer,
      Map<String, int[]> counts) throws IOException {
    int n = 0;
    int lineNo = 0;
    try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        if (lineNo++ < skip) {
          continue;
        }
        if (tokenPerLine) {
          int sp = line.lastIndexOf(' ');
          line = sp > 0 ? line.substring(0, sp) : line; // "token TAG": drop the tag
        }
        n += count(line, tokenizer, counts);
      }
    }
    return n;
  }

  private static int countArcd(Path p, Tokenizer tokenizer, Map<String, int[]> counts) throws IOException {
    JsonNode root = new ObjectMapper().readTree(p.toFile());
    int n = 0;
    Set<String> seen = new HashSet<>(); // a paragraph is counted once even if listed twice
    int index = 0;
    for (JsonNode article : root.path("data")) {
      if (index++ % ARCD_HELD_OUT_EVERY == 0) {
        continue;
      }
      for (JsonNode para : article.path("paragraphs")) {
        String context = para.path("context").asText("");
        if (seen.add(context)) {
          n += count(context, tokenizer, counts);
        }
      }
    }
    return n;
  }

  private static int count(String text, Tokenizer tokenizer, Map<String, int[]> counts) {
    int n = 0;
    for (Token t : tokenizer.tokenize(text, 0, text.length())) {
      if (t.kind() == Token.Kind.ARABIC) {
        int[] c = counts.computeIfAbsent(t.norm(), k -> new int[3]);
        c[0]++;
        char first = text.charAt(t.start());
        if (first == '\u0623' || first == '\u0625' || first == '\u0622') {
          c[1]++;
        }
        if (text.charAt(t.end() - 1) == '\u0629') {
          c[2]++;
        }
        n++;
      }
    }
    return n;
  }

  /** The Arabic side of the name pairs: one name token per line, its letters separated by spaces. */
  private static Set<String> readNames(Path p) throws IOException {
    Set<String> names = new HashSet<>();
    try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        String[] f = line.split("\t");
        if (f.length >= 2) {
          String name = ArabicNormalizer.normalize(f[1].replace(" ", ""));
          if (name.length() >= 2 && name.chars().allMatch(c -> c >= '\u0621' && c <= '\u064A')) {
            names.add(name);
          }
        }
      }
    }
    return names;
  }

  private static int write(Map<String, int[]> counts, Set<String> names, Path out, PrintStream log)
      throws IOException {
    List<Map.Entry<String, Integer>> rows = new ArrayList<>();
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      if (e.getValue()[0] >= MIN_COUNT || names.contains(e.getKey())) {
        rows.add(Map.entry(e.getKey(), e.getValue()[0]));
      }
    }
    for (String name : names) {
      if (!counts.containsKey(name)) {
        rows.add(Map.entry(name, 0)); // a name never seen in running text still protects its spelling
      }
    }
    rows.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write(HEADER);
      w.write('\n');
      for (Map.Entry<String, Integer> e : rows) {
        w.write(e.getKey());
        w.write('\t');
        w.write(Integer.toString(e.getValue()));
        String flags = flags(e.getKey(), counts.get(e.getKey()), names);
        if (!flags.isEmpty()) {
          w.write('\t');
          w.write(flags);
        }
        w.write('\n');
      }
    }
    log.printf("wrote %,d entries (%,d corpus types, %,d names) to %s (%,d bytes)%n", rows.size(), counts.size(),
        names.size(), out, Files.size(out));
    return rows.size();
  }

  /** N: a person name; H: its initial alef mostly carries a hamza; T: it mostly ends in teh marbuta. */
  private static String flags(String word, int[] c, Set<String> names) {
    StringBuilder f = new StringBuilder(3);
    if (names.contains(word)) {
      f.append('N');
    }
    if (c != null && c[1] * 2 > c[0]) {
      f.append('H');
    }
    if (c != null && c[2] * 2 > c[0]) {
      f.append('T');
    }
    return f.toString();
  }

  /** {@code LexiconBuilder SHARED OUT}: builds the lexicon from the command line. */
  public static void main(String[] args) {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
    Path out = Path.of(args.length > 1 ? args[1] : "isnad-core/src/main/resources/org/isnad/text/ar/stems.tsv");
    buildLexicon(shared, out, System.out);
  }
}
