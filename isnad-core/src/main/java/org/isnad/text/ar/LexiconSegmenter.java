package org.isnad.text.ar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Clitic segmentation guided by a lexicon of known stems with their corpus counts: a
 * proclitic is split off only when what remains is a word the lexicon knows at least as
 * well as the whole, so words that merely start with و or ب (وزير, بيزوس) stay whole.
 * The lexicon ({@code stems.tsv}) is built by {@code isnad train lexicon} from public text.
 */
final class LexiconSegmenter implements CliticSegmenter {
  private static final String RESOURCE = "/org/isnad/text/ar/stems.tsv";
  /** Function words that look like article + stem and are not. */
  private static final Set<String> NOT_ARTICLE = Set.copyOf(java.util.Arrays.asList("الي", "الا", "التي", "الذي", "الذين", "اللذين",
      "اللتين", "اللاتي", "اللواتي", "الله", "الان", "اللذان", "التان", "الف", "الفا", "الاف", "الافا"));
  private static final String[] SUFFIXES = {"هما", "كما", "هم", "هن", "ها", "كم", "نا", "ه", "ي", "ك"};

  private final Map<String, Integer> counts;

  private LexiconSegmenter(Map<String, Integer> counts) {
    this.counts = counts;
  }

  private static final class Holder {
    static final LexiconSegmenter INSTANCE = new LexiconSegmenter(load());
  }

  static LexiconSegmenter get() {
    return Holder.INSTANCE;
  }

  static LexiconSegmenter of(Map<String, Integer> counts) {
    return new LexiconSegmenter(Map.copyOf(counts));
  }

  private static Map<String, Integer> load() {
    Map<String, Integer> m = new HashMap<>();
    try (InputStream in = LexiconSegmenter.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return m;
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        int tab = line.indexOf('\t');
        if (tab > 0) {
          m.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1).trim()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the stem lexicon " + RESOURCE, e);
    }
    return m;
  }

  private int count(String w) {
    return counts.getOrDefault(w, 0);
  }

  @Override
  public Parts segment(String w) {
    if (w.length() < 3) {
      return Parts.whole(w);
    }
    int wholeCount = count(w);
    String prefix = "";
    String rest = w;
    // Conjunction و or ف.
    if ((rest.charAt(0) == 'و' || rest.charAt(0) == 'ف') && rest.length() >= 3 && acceptsProclitic(rest.substring(1), wholeCount)) {
      prefix += rest.charAt(0);
      rest = rest.substring(1);
    }
    // Preposition ب ك ل, or the future marker س before a verb-like stem.
    if (rest.length() >= 3 && (rest.charAt(0) == 'ب' || rest.charAt(0) == 'ك' || rest.charAt(0) == 'ل')) {
      if (rest.charAt(0) == 'ل' && rest.startsWith("لل") && rest.length() >= 4) {
        // ل + ال with the alef elided: للشركة = ل + ال + شركة
        prefix += "لل";
        rest = rest.substring(2);
        return withSuffix(prefix, rest);
      }
      if (acceptsProclitic(rest.substring(1), Math.max(wholeCount, count(rest)))) {
        prefix += rest.charAt(0);
        rest = rest.substring(1);
      }
    }
    if (rest.startsWith("ال") && rest.length() >= 4 && !NOT_ARTICLE.contains(rest)) {
      prefix += "ال";
      rest = rest.substring(2);
    }
    return withSuffix(prefix, rest);
  }

  private boolean acceptsProclitic(String rest, int wholeCount) {
    if (rest.startsWith("ال") && rest.length() >= 4) {
      return true; // وال / بال / كال: the article makes the split safe
    }
    int restCount = count(rest);
    return restCount > 0 && restCount >= wholeCount * 2 && rest.length() >= 2;
  }

  private Parts withSuffix(String prefix, String stem) {
    if (prefix.endsWith("ال") || prefix.endsWith("لل")) {
      return new Parts(prefix, stem, ""); // a definite noun takes no possessive
    }
    for (String s : SUFFIXES) {
      if (stem.length() - s.length() >= 3 && stem.endsWith(s)) {
        String base = stem.substring(0, stem.length() - s.length());
        String asNoun = base.endsWith("ت") ? base.substring(0, base.length() - 1) + "ه" : base;
        int baseCount = Math.max(count(base), count(asNoun));
        if (baseCount > 0 && baseCount >= count(stem)) {
          return new Parts(prefix, asNoun.equals(base) || count(asNoun) == 0 ? base : asNoun, s);
        }
      }
    }
    return new Parts(prefix, stem, "");
  }
}
