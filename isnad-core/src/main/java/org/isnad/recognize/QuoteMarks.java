package org.isnad.recognize;

import org.isnad.text.ar.ArabicLetters;

/**
 * What a quotation mark does where it stands. A mark belongs to a family (a ” may close a “ or
 * a ", never a «); its glyph says whether it is meant to open or close, but Arabic text often
 * uses the wrong glyph (” ماسك ”, “نعم“), so the spacing around it decides first, as in
 * CommonMark's flanking rules: glued to the word after it and not the word before, it opens;
 * glued to the word before and not the word after, it closes. A single mark between two
 * letters is an apostrophe (don't, Trump's, Qur'an, al-‘Aziz), not a quote.
 */
final class QuoteMarks {
  enum Family { DOUBLE, SINGLE, ANGLE, SINGLE_ANGLE, CORNER }

  /** OPEN and CLOSE are decided; TOGGLE closes an open quote of its family, else opens one. */
  enum Role { NONE, OPEN, CLOSE, TOGGLE }

  private QuoteMarks() {}

  /** The family of {@code c}, or null when it is not a quotation mark. */
  static Family family(char c) {
    return switch (c) {
      case '"', '\u201C', '\u201D', '\u201E', '\u201F', '\uFF02' -> Family.DOUBLE;
      case '\'', '\u2018', '\u2019', '\u201A', '\u201B' -> Family.SINGLE;
      case '\u00AB', '\u00BB' -> Family.ANGLE;
      case '\u2039', '\u203A' -> Family.SINGLE_ANGLE;
      case '\u300C', '\u300D' -> Family.CORNER;
      default -> null;
    };
  }

  private static boolean openingGlyph(char c) {
    return c == '\u201C' || c == '\u201E' || c == '\u201F' || c == '\u2018' || c == '\u201A' || c == '\u201B'
        || c == '\u00AB' || c == '\u2039' || c == '\u300C';
  }

  private static boolean closingGlyph(char c) {
    return c == '\u201D' || c == '\u2019' || c == '\u00BB' || c == '\u203A' || c == '\u300D';
  }

  /** The role of the mark at {@code i}; {@code [from, to)} is its paragraph. */
  static Role role(String text, int i, int from, int to) {
    char c = text.charAt(i);
    int p = i - 1;
    while (p >= from && ArabicLetters.isInvisible(text.charAt(p))) {
      p--;
    }
    int n = i + 1;
    while (n < to && ArabicLetters.isInvisible(text.charAt(n))) {
      n++;
    }
    char prev = p >= from ? text.charAt(p) : ' ';
    char next = n < to ? text.charAt(n) : ' ';
    boolean prevSpace = Character.isWhitespace(prev) || prev == '\u00A0';
    boolean nextSpace = Character.isWhitespace(next) || next == '\u00A0';
    boolean left = !nextSpace && (prevSpace || isPunct(prev));
    boolean right = !prevSpace && (nextSpace || isPunct(next));
    if (family(c) == Family.SINGLE && isApostrophe(prev, next, left)) {
      return Role.NONE;
    }
    if (!left && !right && Character.isLetter(next) && isProclitic(text, p, from)) {
      return Role.OPEN; // و"نيوفا"، بـ"الرجل الأول"، لـ«زيفرون»
    }
    if (left && !right) {
      return Role.OPEN; // even a closing glyph: ”ماسك”
    }
    if (right && !left) {
      return Role.CLOSE; // even an opening glyph: نعم“
    }
    if (left) { // glued to punctuation on both sides: ."،
      return openingGlyph(c) ? Role.OPEN : closingGlyph(c) ? Role.CLOSE : Role.TOGGLE;
    }
    return Role.TOGGLE; // free-standing or between two words
  }

  /**
   * An apostrophe rather than a single quote: between letters or digits (don't, 1990’s,
   * Sana'a), after a hyphen before a letter (al-'Arabiya), or before a year ('90s).
   */
  private static boolean isApostrophe(char prev, char next, boolean left) {
    boolean prevWord = Character.isLetterOrDigit(prev);
    boolean nextWord = Character.isLetterOrDigit(next);
    if (prevWord && nextWord) {
      return true;
    }
    if ((prev == '-' || prev == '\u2010') && Character.isLetter(next)) {
      return true;
    }
    return left && Character.isDigit(next);
  }

  /** A one-letter Arabic word (و ب ل ف ك, perhaps drawn out with tatweel) ending at {@code p}. */
  private static boolean isProclitic(String text, int p, int from) {
    int k = p;
    while (k >= from && text.charAt(k) == ArabicLetters.TATWEEL) {
      k--;
    }
    if (k < from || "وبلفك".indexOf(text.charAt(k)) < 0) {
      return false;
    }
    return k == from || !Character.isLetter(text.charAt(k - 1)) && !ArabicLetters.isDiacritic(text.charAt(k - 1));
  }

  /** Punctuation and other marks that may stand between a quote and its word: ."، (“ «, —. */
  private static boolean isPunct(char c) {
    if (family(c) != null) {
      return true;
    }
    int t = Character.getType(c);
    return t == Character.OTHER_PUNCTUATION || t == Character.DASH_PUNCTUATION || t == Character.START_PUNCTUATION
        || t == Character.END_PUNCTUATION || t == Character.INITIAL_QUOTE_PUNCTUATION
        || t == Character.FINAL_QUOTE_PUNCTUATION || t == Character.MATH_SYMBOL || c == '\u060C' || c == '\u061B'
        || c == '\u061F' || c == '\u06D4';
  }
}
