package org.isnad.text.ar;

import static org.isnad.text.ar.ArabicLetters.*;

import com.ibm.icu.text.Normalizer2;

/**
 * Folds Arabic text to the form used for matching: diacritics, tatweel and invisible
 * controls dropped; alef and hamza seats folded to their base letters; alef maqsura to
 * yeh, teh marbuta to heh; Arabic-Indic and Persian digits, and the Arabic decimal and
 * thousands separators, to ASCII; presentation forms
 * expanded through NFKC. Case and everything else is kept.
 *
 * <p>Thread-safe and stateless. {@link #fold(char)} is the single-character rule that the
 * offset-keeping {@link org.isnad.text.NormalizedText} is built from.
 */
public final class ArabicNormalizer {
  private static final String DROP = "";
  private static final String[] PRESENTATION = buildPresentationTable();

  private ArabicNormalizer() {}

  /** What one character becomes: usually one character, empty when dropped, two for some ligatures. */
  public static String fold(char c) {
    if (c < 0x80) {
      return null;
    }
    char f = foldLetter(c);
    if (f == 0) {
      return DROP;
    }
    if (f != c) {
      return String.valueOf(f);
    }
    if (c >= '\uFB50' && c <= '\uFEFC') {
      String p = PRESENTATION[c - '\uFB50'];
      return p != null ? p : null;
    }
    return null;
  }

  /**
   * Folds one character to one character, or to 0 when it is dropped. Presentation forms
   * are left alone here (they may expand to two letters); {@link #fold(char)} handles them.
   */
  public static char foldLetter(char c) {
    if (c < 0x80) {
      return c;
    }
    if (isDiacritic(c) || c == TATWEEL || isInvisible(c)) {
      return 0;
    }
    switch (c) {
      case ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA:
        return ALEF;
      case ALEF_MAKSURA, YEH_HAMZA, FARSI_YEH:
        return YEH;
      case TEH_MARBUTA:
        return HEH;
      case WAW_HAMZA:
        return WAW;
      case KEHEH:
        return KAF;
      case '\u00A0', '\u2007', '\u202F':
        return ' ';
      case ARABIC_DECIMAL_SEPARATOR:
        return '.'; // ١٫٥ reads as 1.5
      case ARABIC_THOUSANDS_SEPARATOR:
        return ','; // ١٬٠٠٠ reads as 1,000
      default:
        int d = digitValue(c);
        return d >= 0 ? (char) ('0' + d) : c;
    }
  }

  /** The folded form of a whole string; the same as folding it character by character. */
  public static String normalize(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        out.append(c);
        continue;
      }
      char f = foldLetter(c); // the common case, without allocating
      if (f == c && c >= '\uFB50' && c <= '\uFEFC') {
        String p = PRESENTATION[c - '\uFB50'];
        if (p != null) {
          out.append(p);
        } else {
          out.append(c);
        }
      } else if (f != 0) {
        out.append(f);
      }
    }
    return out.toString();
  }

  private static String[] buildPresentationTable() {
    Normalizer2 nfkc = Normalizer2.getNFKCInstance();
    String[] table = new String['\uFEFC' - '\uFB50' + 1];
    for (char c = '\uFB50'; c <= '\uFEFC'; c++) {
      String n = nfkc.normalize(String.valueOf(c)).trim();
      if (n.isEmpty() || n.equals(String.valueOf(c))) {
        continue;
      }
      StringBuilder folded = new StringBuilder();
      for (int i = 0; i < n.length(); i++) {
        char f = foldLetter(n.charAt(i));
        if (f != 0 && f != ' ') {
          folded.append(f);
        }
      }
      table[c - '\uFB50'] = folded.toString();
    }
    return table;
  }
}
