package org.isnad.recognize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.text.Token;

/**
 * Days of the month written as Arabic ordinals: "السادس من شوال", "الحادي والعشرين من
 * يناير". Folded forms, masculine as dates are written (اليوم السادس).
 */
final class OrdinalDays {
  private static final String[] UNITS = {"الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع",
      "الثامن", "التاسع"};
  private static final Map<String, Integer> ONE_WORD = new HashMap<>();

  static {
    for (int k = 0; k < UNITS.length; k++) {
      ONE_WORD.put(UNITS[k], k + 1);
    }
    ONE_WORD.put("العاشر", 10);
    ONE_WORD.put("العشرين", 20);
    ONE_WORD.put("الثلاثين", 30);
  }

  private OrdinalDays() {}

  /** A day read at token {@code i}: its value and the token after it, or null. */
  record Day(int day, int end) {}

  static Day at(List<Token> toks, int i, int n) {
    String w = toks.get(i).norm();
    int unit = w.equals("الحادي") ? 1 : ONE_WORD.getOrDefault(w, 0);
    if (unit == 0) {
      return null;
    }
    if (unit < 10 && i + 1 < n) {
      String next = toks.get(i + 1).norm();
      if (next.equals("عشر")) {
        return new Day(unit + 10, i + 2); // الحادي عشر، الثاني عشر
      }
      if (next.equals("والعشرين") || next.equals("والثلاثين")) {
        int day = unit + (next.equals("والعشرين") ? 20 : 30);
        return day <= 31 ? new Day(day, i + 2) : null;
      }
    }
    return w.equals("الحادي") ? null : new Day(unit, i + 1);
  }
}
