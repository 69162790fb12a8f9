package org.isnad.recognize;

import java.util.Map;

/**
 * Looks folded Arabic words up in small closed lexicons, peeling the proclitics that may sit
 * on them (و ف ب ل ك and the article). The text layer's segmenter is tuned for names and
 * open-class words; for number, currency and month words a fixed list of prefixes is safer.
 */
final class Clitics {
  /** Longest first, so بال is tried before ب. */
  private static final String[] PREFIXES = {"وبال", "فبال", "وكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل",
      "وب", "فب", "ول", "فل", "وك", "ال", "و", "ف", "ب", "ل", "ك"};

  private Clitics() {}

  /** A word found in a lexicon: the value and the proclitics peeled to find it. */
  record Hit<V>(V value, String prefix, String base) {}

  /** The entry for {@code word}, whole or after peeling proclitics, or null. */
  static <V> Hit<V> lookup(String word, Map<String, V> lexicon) {
    V v = lexicon.get(word);
    if (v != null) {
      return new Hit<>(v, "", word);
    }
    for (String p : PREFIXES) {
      if (word.length() > p.length() + 1 && word.startsWith(p)) {
        String base = word.substring(p.length());
        v = lexicon.get(base);
        if (v != null) {
          return new Hit<>(v, p, base);
        }
      }
    }
    return null;
  }

  /** The word without a leading conjunction و or ف when what remains is still a word. */
  static String withoutConjunction(String word) {
    if (word.length() > 2 && (word.charAt(0) == 'و' || word.charAt(0) == 'ف')) {
      return word.substring(1);
    }
    return word;
  }

  /**
   * A preposition written apart from the amount it governs, as in "بـ 5 ملايين": part of the
   * amount's text. A lone conjunction و is not: it joins clauses, not words of the amount.
   */
  static boolean isLonePreposition(String norm) {
    return norm.equals("ب") || norm.equals("وب") || norm.equals("فب") || norm.equals("ل") || norm.equals("ك");
  }
}
