package org.isnad.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import org.isnad.text.ar.ArabicNormalizer;

/**
 * Arabic to Latin and Latin to Arabic transliteration of person and organization names,
 * learned from Wikidata name pairs (see {@code translit.md} beside the model). A word seen
 * often in training gets its most common spelling ({@code محمد} to Mohammed); any other word
 * is decoded letter by letter. Thread-safe; {@link #standard()} loads the shipped model once.
 */
public final class Transliterator {
  /** Resource path of the shipped model. */
  public static final String RESOURCE = "/org/isnad/link/translit.model.gz";

  private static final String ARTICLE = "\u0627\u0644"; // ال
  private final TranslitModel toLatin;
  private final TranslitModel toArabic;

  private Transliterator(TranslitModel toLatin, TranslitModel toArabic) {
    this.toLatin = toLatin;
    this.toArabic = toArabic;
  }

  private static final class Holder {
    static final Transliterator STANDARD = loadResource();

    private static Transliterator loadResource() {
      try (InputStream in = Transliterator.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("transliteration model " + RESOURCE
              + " is not on the classpath; run `isnad train translit` to build it");
        }
        return read(new GZIPInputStream(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }

  /** The shipped model, loaded on first use. */
  public static Transliterator standard() {
    return Holder.STANDARD;
  }

  /** Loads a model file written by the trainer (gzip). */
  public static Transliterator load(Path model) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(model))) {
      return read(in);
    }
  }

  private static Transliterator read(InputStream raw) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
    String head = in.readLine();
    if (!"isnad-translit 1".equals(head)) {
      throw new IOException("not an isnad transliteration model: " + head);
    }
    expect(in, "direction ar-en");
    TranslitModel latin = TranslitModel.read(in);
    expect(in, "direction en-ar");
    TranslitModel arabic = TranslitModel.read(in);
    return new Transliterator(latin, arabic);
  }

  private static void expect(BufferedReader in, String line) throws IOException {
    String got = in.readLine();
    if (!line.equals(got)) {
      throw new IOException("expected '" + line + "', got '" + got + "'");
    }
  }

  /**
   * The Latin spelling of an Arabic name, word by word, each word capitalized:
   * {@code سام ألتمان} gives {@code Sam Altman}. Words without Arabic letters are kept; an
   * article-prefixed word not known as a whole gives {@code al-Xxx}. Never throws on text.
   */
  public String toLatin(String arabicName) {
    Objects.requireNonNull(arabicName, "arabicName");
    String[] words = arabicName.trim().split("\\s+");
    List<String> out = new ArrayList<>(words.length);
    for (int i = 0; i < words.length; i++) {
      String letters = NameFolding.arabicLetters(words[i]);
      if (letters.isEmpty()) {
        if (!words[i].isEmpty()) {
          out.add(words[i]);
        }
        continue;
      }
      // عبد الله is one name written as two words (Abdullah); أبو بكر too when known as one.
      if (i + 1 < words.length && isCompoundHead(letters)) {
        String next = NameFolding.arabicLetters(words[i + 1]);
        String joined = letters + next;
        boolean known = toLatin.lookup(ArabicNormalizer.normalize(joined), joined) != null;
        if (known || isAbd(letters) && next.startsWith(ARTICLE)) {
          out.add(latinWord(joined));
          i++;
          continue;
        }
      }
      out.add(latinWord(letters));
    }
    return String.join(" ", out);
  }

  private static boolean isVowel(char c) {
    return "aeiouy".indexOf(c) >= 0;
  }

  private static boolean isCompoundHead(String letters) {
    return isAbd(letters) || ArabicNormalizer.normalize(letters).equals("\u0627\u0628\u0648"); // ابو
  }

  private static boolean isAbd(String letters) {
    return letters.equals("\u0639\u0628\u062F"); // عبد
  }

  /** Words already transliterated: the same words recur across names and articles, the search is costly. */
  private final java.util.Map<String, String> words = new java.util.concurrent.ConcurrentHashMap<>();

  private String latinWord(String letters) {
    String cached = words.get(letters);
    if (cached != null) {
      return cached;
    }
    String latin = searchLatinWord(letters);
    if (words.size() < 200_000) {
      words.put(letters, latin);
    }
    return latin;
  }

  private String searchLatinWord(String letters) {
    String known = toLatin.lookup(ArabicNormalizer.normalize(letters), letters);
    if (known != null) {
      // Wikidata writes the article glued (alharby); news writes al-Harby.
      if (letters.startsWith(ARTICLE) && known.length() >= 5
          && (known.startsWith("al") || known.startsWith("el")) && !isVowel(known.charAt(2))) {
        return known.substring(0, 2) + "-" + NameFolding.capitalize(known.substring(2));
      }
      return NameFolding.capitalize(known);
    }
    if (letters.startsWith(ARTICLE) && letters.length() >= ARTICLE.length() + 3) {
      return "al-" + latinWord(letters.substring(ARTICLE.length()));
    }
    List<String> best = rerank(toLatin, toArabic, letters, 1);
    return best.isEmpty() ? "" : NameFolding.capitalize(best.get(0));
  }

  /**
   * The Arabic spelling of a Latin name, word by word: {@code Zuckerberg} gives
   * {@code زوكربيرغ}. {@code al-} and {@code el-} become the attached article.
   */
  public String toArabic(String latinName) {
    Objects.requireNonNull(latinName, "latinName");
    List<String> out = new ArrayList<>();
    for (String word : latinName.trim().split("\\s+")) {
      String article = "";
      String w = word;
      int dash = w.indexOf('-');
      if (dash == 2 && (w.regionMatches(true, 0, "al", 0, 2) || w.regionMatches(true, 0, "el", 0, 2))) {
        article = ARTICLE;
        w = w.substring(3);
      }
      String letters = NameFolding.latinLetters(w);
      if (letters.isEmpty()) {
        if (!word.isEmpty()) {
          out.add(word);
        }
        continue;
      }
      String known = toArabic.lookup(letters, letters);
      if (known == null) {
        List<String> best = rerank(toArabic, toLatin, letters, 1);
        known = best.isEmpty() ? "" : best.get(0);
      }
      out.add(article + known);
    }
    return String.join(" ", out);
  }

  /** Model candidates for one Arabic word, best first, without the frequent-word table (lower case). */
  public List<String> latinCandidates(String arabicWord, int n) {
    return rerank(toLatin, toArabic, NameFolding.arabicLetters(arabicWord), n);
  }

  /** Model candidates for one Latin word, best first, without the frequent-word table. */
  public List<String> arabicCandidates(String latinWord, int n) {
    return rerank(toArabic, toLatin, NameFolding.latinLetters(latinWord), n);
  }

  /**
   * The forward model's n-best list, re-scored with how well the reverse model spells each
   * candidate back as the source: the two models err differently, so their sum ranks better.
   */
  private static List<String> rerank(TranslitModel forward, TranslitModel reverse, String source, int n) {
    double weight = Double.parseDouble(Objects.requireNonNullElse(forward.param("reverseWeight"), "0"));
    if (weight == 0) {
      return forward.nbest(source, n);
    }
    int depth = Integer.parseInt(Objects.requireNonNullElse(forward.param("rerankDepth"), "8"));
    List<TranslitModel.Scored> scored = new ArrayList<>();
    for (TranslitModel.Scored s : forward.scored(source, Math.max(n, depth))) {
      double back = reverse.forcedScore(s.text(), source);
      scored.add(new TranslitModel.Scored(s.text(),
          s.score() + weight * (back == Double.NEGATIVE_INFINITY ? UNREACHABLE : back)));
    }
    scored.sort((a, b) -> Double.compare(b.score(), a.score()));
    return scored.stream().limit(n).map(TranslitModel.Scored::text).toList();
  }

  /** Reverse score for a candidate the reverse model cannot align at all. */
  private static final double UNREACHABLE = -200;

  /** The frequent-word table's Latin spelling of one Arabic word (lower case), or null. */
  public String knownLatin(String arabicWord) {
    String letters = NameFolding.arabicLetters(arabicWord);
    return toLatin.lookup(ArabicNormalizer.normalize(letters), letters);
  }

  /** The frequent-word table's Arabic spelling of one Latin word, or null. */
  public String knownArabic(String latinWord) {
    String letters = NameFolding.latinLetters(latinWord);
    return toArabic.lookup(letters, letters);
  }

  /**
   * A coarse consonant skeleton shared by the Arabic and Latin spellings of a name, for
   * blocking and matching: {@code زوكربيرج}, {@code زوكربيرغ} and {@code Zuckerberg} give the
   * same key. See {@link MatchKey}.
   */
  public static String matchKey(String name) {
    return MatchKey.of(name);
  }
}
