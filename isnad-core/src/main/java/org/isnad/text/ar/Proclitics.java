package org.isnad.text.ar;

/**
 * Peels the proclitics a lexicon look-up should ignore from a folded word, without a lexicon:
 * a conjunction (و ف), then a preposition (ب ل ك), with ل + ال written لل given back as ال.
 * For closed word lists (heads, titles, markers), where the segmenter's caution about names
 * is not needed. Stateless.
 */
public final class Proclitics {
  private Proclitics() {}

  /** وللشركة → الشركة, بصندوق → صندوق, ومثل → مثل; short words are left alone. */
  public static String strip(String folded) {
    String s = folded;
    if (s.length() > 3 && (s.charAt(0) == 'و' || s.charAt(0) == 'ف')) {
      s = s.substring(1);
    }
    if (s.startsWith("لل") && s.length() > 4) {
      return "ال" + s.substring(2);
    }
    if (s.length() > 3 && (s.charAt(0) == 'ب' || s.charAt(0) == 'ل' || s.charAt(0) == 'ك')) {
      s = s.substring(1);
    }
    return s;
  }
}
