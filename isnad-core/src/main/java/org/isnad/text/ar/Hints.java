package org.isnad.text.ar;

/**
 * What the written form of a word tells that its folded form hides: a hamza on an alef
 * starts a word (وأكدت is و + أكدت; ألتمان has no article) and a teh marbuta is never the
 * pronoun ه.
 */
final class Hints {
  private Hints() {}

  /**
   * The original letter behind each letter of {@code folded}, or {@code folded} itself when
   * the surface does not line up letter for letter (a ligature expanded, say).
   */
  static char[] align(String folded, String surface) {
    char[] raw = new char[folded.length()];
    if (surface == folded) {
      return folded.toCharArray();
    }
    int k = 0;
    for (int i = 0; i < surface.length(); i++) {
      char c = surface.charAt(i);
      String f = ArabicNormalizer.fold(c);
      if (f != null && f.isEmpty()) {
        continue;
      }
      if (f != null && f.length() != 1 || k >= raw.length) {
        return folded.toCharArray();
      }
      raw[k++] = c;
    }
    return k == raw.length ? raw : folded.toCharArray();
  }

  static boolean isHamzaAlef(char c) {
    return c == ArabicLetters.ALEF_HAMZA_ABOVE || c == ArabicLetters.ALEF_HAMZA_BELOW || c == ArabicLetters.ALEF_MADDA;
  }

  static boolean endsWithTehMarbuta(char[] raw) {
    return raw.length > 0 && raw[raw.length - 1] == ArabicLetters.TEH_MARBUTA;
  }
}
