package org.isnad.text.ar;

/** Named Arabic code points, so that rules read as letters rather than numbers. */
public final class ArabicLetters {
  public static final char HAMZA = '\u0621';
  public static final char ALEF_MADDA = '\u0622';
  public static final char ALEF_HAMZA_ABOVE = '\u0623';
  public static final char WAW_HAMZA = '\u0624';
  public static final char ALEF_HAMZA_BELOW = '\u0625';
  public static final char YEH_HAMZA = '\u0626';
  public static final char ALEF = '\u0627';
  public static final char BEH = '\u0628';
  public static final char TEH_MARBUTA = '\u0629';
  public static final char TEH = '\u062A';
  public static final char DAL = '\u062F';
  public static final char SEEN = '\u0633';
  public static final char FEH = '\u0641';
  public static final char KAF = '\u0643';
  public static final char LAM = '\u0644';
  public static final char MEEM = '\u0645';
  public static final char NOON = '\u0646';
  public static final char HEH = '\u0647';
  public static final char WAW = '\u0648';
  public static final char ALEF_MAKSURA = '\u0649';
  public static final char YEH = '\u064A';
  public static final char TATWEEL = '\u0640';
  public static final char ALEF_WASLA = '\u0671';
  public static final char FARSI_YEH = '\u06CC';
  public static final char KEHEH = '\u06A9';
  public static final char ARABIC_COMMA = '\u060C';
  public static final char ARABIC_SEMICOLON = '\u061B';
  public static final char ARABIC_QUESTION_MARK = '\u061F';
  public static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';
  public static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';

  private ArabicLetters() {}

  /** Letters of the Arabic block proper (not marks, digits or punctuation). */
  public static boolean isLetter(char c) {
    return (c >= '\u0621' && c <= '\u064A') || (c >= '\u0671' && c <= '\u06D3') || c == '\u06D5'
        || (c >= '\u06FA' && c <= '\u06FC');
  }

  /** Harakat, tanween, shadda, sukun, superscript alef and Quranic marks: removed for matching. */
  public static boolean isDiacritic(char c) {
    return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || (c >= '\u0610' && c <= '\u061A')
        || (c >= '\u06D6' && c <= '\u06ED');
  }

  /** Bidi controls, zero-width characters and the byte-order mark: invisible, dropped for analysis. */
  public static boolean isInvisible(char c) {
    return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u200E' || c == '\u200F'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF'
        || c == '\u061C' || c == '\u00AD';
  }

  /** The value of a digit in ASCII, Arabic-Indic or Persian script, or -1. */
  public static int digitValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= '\u0660' && c <= '\u0669') {
      return c - '\u0660';
    }
    if (c >= '\u06F0' && c <= '\u06F9') {
      return c - '\u06F0';
    }
    return -1;
  }
}
