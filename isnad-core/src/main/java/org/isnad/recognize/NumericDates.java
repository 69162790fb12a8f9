package org.isnad.recognize;

import java.time.LocalDate;
import java.util.List;
import org.isnad.recognize.CalendarWords.Cal;
import org.isnad.text.Token;

/** Dates written in digits. */
final class NumericDates {
  private NumericDates() {}

  /**
   * Dates in digits, written without spaces: "13/12/2024" (day first, as the Arab press and
   * Europe write it, unless only month first makes sense), "15/10/1436هـ", "2024-12-13".
   */
  static DateRecognizer.Found at(List<Token> toks, int i, int n) {
    if (i + 4 >= n || toks.get(i).kind() != Token.Kind.NUMBER) {
      return null;
    }
    for (int k = i; k < i + 4; k++) {
      if (toks.get(k).end() != toks.get(k + 1).start()) {
        return null;
      }
    }
    String sep = toks.get(i + 1).norm();
    if (!(sep.equals("/") || sep.equals("-") || sep.equals(".")) || !toks.get(i + 3).norm().equals(sep)
        || toks.get(i + 2).kind() != Token.Kind.NUMBER || toks.get(i + 4).kind() != Token.Kind.NUMBER) {
      return null;
    }
    String a = toks.get(i).norm();
    String c = toks.get(i + 4).norm();
    int mid = DateRecognizer.smallNumber(toks.get(i + 2), 31);
    if (a.length() == 4 && a.chars().allMatch(Character::isDigit) && mid >= 1 && DateRecognizer.smallNumber(toks.get(i + 4), 31) >= 1) {
      String v = DateValues.day(Integer.parseInt(a), mid, Integer.parseInt(c));
      return v == null ? null : new DateRecognizer.Found(i, i + 5, v);
    }
    int first = DateRecognizer.smallNumber(toks.get(i), 31);
    DateRecognizer.YearAt y = DateRecognizer.yearAfter(toks, i + 4, n, Cal.GREGORIAN);
    if (first < 1 || mid < 1 || y == null) {
      return null;
    }
    int day = first;
    int month = mid;
    if (month > 12 && day <= 12) {
      day = mid;
      month = first;
    }
    if (month > 12) {
      return null;
    }
    if (y.hijri()) {
      LocalDate g = DateValues.fromHijri(y.year(), month, day);
      return new DateRecognizer.Found(i, y.end(), g == null ? null : g.toString());
    }
    String v = DateValues.day(y.year(), month, day);
    return v == null ? null : new DateRecognizer.Found(i, y.end(), v);
  }
}
