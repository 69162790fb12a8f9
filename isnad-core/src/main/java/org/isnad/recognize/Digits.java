package org.isnad.recognize;

import java.util.List;
import org.isnad.text.Token;

/** Numbers written in digits: separators, decimals, and decimals that bidi marks have turned round. */
final class Digits {
  private Digits() {}

  /**
   * The value of a digit string whose separators the tokenizer kept ("1,000", "1.5",
   * "1.000.000", "1,5"). A comma followed by exactly three digits groups thousands; so does a
   * single dot, unless a scale word follows ("1.500 مليار" is 1.5 billion, "1.500 دولار" 1500).
   */
  static double value(String s, boolean scaleFollows) {
    int commas = count(s, ',');
    int dots = count(s, '.');
    String plain;
    if (commas > 0 && dots > 0) {
      boolean dotDecimal = s.lastIndexOf('.') > s.lastIndexOf(',');
      plain = dotDecimal ? s.replace(",", "") : s.replace(".", "").replace(',', '.');
    } else if (commas + dots == 0) {
      plain = s;
    } else {
      char sep = commas > 0 ? ',' : '.';
      boolean threeAfter = s.length() - s.lastIndexOf(sep) - 1 == 3;
      boolean groups = (commas + dots) > 1 || threeAfter && (sep == ',' || !scaleFollows);
      plain = groups ? s.replace(String.valueOf(sep), "") : s.replace(sep, '.');
    }
    try {
      return Double.parseDouble(plain);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  /**
   * Some feeds store a decimal in visual order with a right-to-left mark (U+200F) inside it: "4.[RLM]436"
   * displays as 436.4 and means it. Returns "436.4" for such a run of tokens, else null.
   */
  static String turnedDecimal(List<Token> toks, int i, int limit, String text) {
    if (i + 2 >= limit) {
      return null;
    }
    Token a = toks.get(i);
    Token dot = toks.get(i + 1);
    Token b = toks.get(i + 2);
    if (!dot.norm().equals(".") || dot.start() != a.end() || b.kind() != Token.Kind.NUMBER
        || b.start() != dot.end() + 1 || text.charAt(dot.end()) != '\u200F'
        || !a.norm().chars().allMatch(Character::isDigit) || !b.norm().chars().allMatch(Character::isDigit)) {
      return null;
    }
    return b.norm() + "." + a.norm();
  }
}
