package org.isnad.recognize;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.recognize.DateRecognizer.Found;
import org.isnad.text.Token;

/**
 * Time expressions that need the publication date: weekdays ("يوم الجمعة", "Friday"),
 * days ("أمس", "غدا", "yesterday"), and periods with a direction ("الأسبوع الماضي",
 * "العام المقبل", "this year"). Without a publication date they are found with a null value.
 */
final class RelativeDates {
  /** {@link #direction} of a word that gives none. */
  static final int NONE = 99;

  private static final Map<String, Integer> DIRECTION = Map.ofEntries(Map.entry("الماضي", -1),
      Map.entry("الماضيه", -1), Map.entry("المنصرم", -1), Map.entry("المنصرمه", -1), Map.entry("الفايت", -1),
      Map.entry("الفايته", -1), Map.entry("السابق", -1), Map.entry("المقبل", 1), Map.entry("المقبله", 1),
      Map.entry("القادم", 1), Map.entry("القادمه", 1), Map.entry("التالي", 1), Map.entry("الحالي", 0),
      Map.entry("الحاليه", 0), Map.entry("الجاري", 0), Map.entry("الجاريه", 0));
  private static final Map<String, Integer> EN_DIRECTION = Map.of("last", -1, "past", -1, "previous", -1, "next", 1,
      "coming", 1, "this", 0);
  /** Words before a weekday that belong to the expression: "يوم الجمعة", "صباح الخميس". */
  private static final Set<String> DAY_PARTS = Set.of("يوم", "صباح", "مساء", "ليله", "ظهر", "فجر", "عصر", "ظهيره");
  /** Words before a weekday that make it an institution rather than a day: "صلاة الجمعة". */
  private static final Set<String> NOT_A_DAY = Set.of("صلاه", "خطبه", "صلاتي", "مسجد", "جامع", "سوق");
  private static final Map<String, Integer> DAYS = Map.of("امس", -1, "الامس", -1, "البارحه", -1, "اليوم", 0,
      "غدا", 1, "الغد", 1, "yesterday", -1, "today", 0, "tomorrow", 1);
  private static final Map<String, String> PERIODS = Map.of("الاسبوع", "W", "الشهر", "M", "العام", "Y", "السنه", "Y",
      "week", "W", "month", "M", "year", "Y");

  private RelativeDates() {}

  static int direction(Token t) {
    return DIRECTION.getOrDefault(DateRecognizer.lower(t), NONE);
  }

  /** "يوم الجمعة", "الخميس الماضي", "صباح السبت 14 ديسمبر", "last Friday", "on Friday". */
  static Found weekdayAt(DateRecognizer r, List<Token> toks, int i, int n, LocalDate pub) {
    int start = i;
    int k = i;
    Token t = toks.get(i);
    String en = DateRecognizer.lower(t);
    int direction = 0;
    DayOfWeek d;
    boolean dayNoun = t.kind() == Token.Kind.ARABIC && DAY_PARTS.contains(Clitics.withoutConjunction(
        t.norm().startsWith("ب") && t.norm().length() > 3 ? t.norm().substring(1) : t.norm()));
    if (dayNoun && i + 1 < n) {
      k = i + 1;
      d = r.words().weekday(toks.get(k));
      if (d == null) {
        d = r.words().bareWeekday(toks.get(k));
      }
    } else if (EN_DIRECTION.containsKey(en) && i + 1 < n && t.kind() == Token.Kind.LATIN) {
      k = i + 1;
      d = r.words().weekday(toks.get(k));
      direction = EN_DIRECTION.get(en);
    } else {
      d = r.words().weekday(t);
      if (d != null && i > 0 && NOT_A_DAY.contains(Clitics.withoutConjunction(toks.get(i - 1).norm()))) {
        return null;
      }
      // الاثنين is also "the two": alone it must be followed by a date or a direction
      if (d == DayOfWeek.MONDAY && t.kind() == Token.Kind.ARABIC && !(i + 1 < n && (direction(toks.get(i + 1)) != NONE
          || r.dayFirst(toks, i + 1, n, pub) != null))) {
        return null;
      }
    }
    if (d == null) {
      return null;
    }
    int end = k + 1;
    int afterComma = end < n && (toks.get(end).norm().equals(",") || toks.get(end).norm().equals("،")) ? end + 1 : end;
    if (afterComma < n) {
      Found date = r.dayFirst(toks, afterComma, n, pub);
      if (date == null && toks.get(k).kind() == Token.Kind.LATIN) {
        date = r.monthFirst(toks, afterComma, n, pub);
      }
      if (date != null) {
        return new Found(start, date.end(), date.value());
      }
    }
    if (end < n && direction(toks.get(end)) != NONE) {
      direction = direction(toks.get(end));
      end++;
    } else if (direction == 0 && futureBefore(toks, start)) {
      direction = 1;
    }
    if (pub == null) {
      return new Found(start, end, null);
    }
    LocalDate v = DateValues.weekday(d, pub, direction);
    return new Found(start, end, v.toString());
  }

  /** Future markers that are cheap to see: سوف، من المقرر، common verbs with the future prefix س, will. */
  private static final Set<String> FUTURE = Set.of("سوف", "المقرر", "يعتزم", "تعتزم", "سيتم", "ستتم", "سيعقد",
      "ستعقد", "سيلتقي", "ستلتقي", "سيبدا", "ستبدا", "سيصل", "ستصل", "سيزور", "ستزور", "سينطلق", "ستنطلق", "سيجري",
      "ستجري", "سيشارك", "ستشارك", "سيلقي", "سيعلن", "ستعلن", "سيوقع", "ستوقع", "سيناقش", "ستناقش", "سيستضيف",
      "ستستضيف", "سيحضر", "ستحضر", "سيصوت", "will", "shall");

  /** A future marker shortly before, in the same sentence: the weekday is the coming one. */
  private static boolean futureBefore(List<Token> toks, int start) {
    for (int k = start - 1; k >= Math.max(0, start - 6); k--) {
      Token t = toks.get(k);
      String w = DateRecognizer.lower(t);
      if (w.equals(".") || w.equals("؟") || w.equals("!")) {
        return false;
      }
      if (FUTURE.contains(w) || t.kind() == Token.Kind.ARABIC && FUTURE.contains(Clitics.withoutConjunction(w))) {
        return true;
      }
    }
    return false;
  }

  /** Units of "قبل يومين", "منذ ثلاثة أشهر", "two years ago": the unit and the count a dual implies. */
  private record Unit(char unit, int count) {}

  private static final Map<String, Unit> UNITS = Map.ofEntries(Map.entry("يوم", new Unit('D', 1)),
      Map.entry("يومين", new Unit('D', 2)), Map.entry("يومان", new Unit('D', 2)), Map.entry("ايام", new Unit('D', 0)),
      Map.entry("اسبوع", new Unit('W', 1)), Map.entry("اسبوعين", new Unit('W', 2)),
      Map.entry("اسابيع", new Unit('W', 0)), Map.entry("شهر", new Unit('M', 1)), Map.entry("شهرين", new Unit('M', 2)),
      Map.entry("اشهر", new Unit('M', 0)), Map.entry("شهور", new Unit('M', 0)), Map.entry("عام", new Unit('Y', 1)),
      Map.entry("عامين", new Unit('Y', 2)), Map.entry("اعوام", new Unit('Y', 0)), Map.entry("سنه", new Unit('Y', 1)),
      Map.entry("سنتين", new Unit('Y', 2)), Map.entry("سنوات", new Unit('Y', 0)), Map.entry("day", new Unit('D', 1)),
      Map.entry("days", new Unit('D', 0)), Map.entry("week", new Unit('W', 1)), Map.entry("weeks", new Unit('W', 0)),
      Map.entry("month", new Unit('M', 1)), Map.entry("months", new Unit('M', 0)), Map.entry("year", new Unit('Y', 1)),
      Map.entry("years", new Unit('Y', 0)));

  /** "قبل يومين", "منذ ثلاثة أشهر", "قبل عام", "two days ago", "a year ago": a distance back from publication. */
  static Found agoAt(List<Token> toks, int i, int n, LocalDate pub) {
    Token t = toks.get(i);
    String w = DateRecognizer.lower(t);
    boolean arabic = t.kind() == Token.Kind.ARABIC;
    if (arabic && !(Clitics.withoutConjunction(w).equals("قبل") || Clitics.withoutConjunction(w).equals("منذ"))) {
      return null;
    }
    int k = arabic ? i + 1 : i;
    if (k >= n) {
      return null;
    }
    int count = -1;
    NumberParser.Parsed num = NumberParser.at(toks, k, n);
    if (num != null && !num.vague() && num.value() >= 1 && num.value() <= 1000 && num.value() == Math.rint(num.value())) {
      count = (int) num.value();
      k = num.end();
    } else if (!arabic && (w.equals("a") || w.equals("an") || w.equals("one"))) {
      count = 1;
      k++;
    }
    if (k >= n) {
      return null;
    }
    Unit u = UNITS.get(DateRecognizer.lower(toks.get(k)));
    if (u == null) {
      return null;
    }
    if (count < 0) {
      count = u.count();
    }
    int end = k + 1;
    if (!arabic) {
      if (end >= n || !DateRecognizer.lower(toks.get(end)).equals("ago")) {
        return null;
      }
      end++;
    } else if (end < n && toks.get(end).kind() == Token.Kind.NUMBER) {
      return null; // "منذ عام 2016" is a year, read elsewhere
    }
    if (count < 1) {
      return null; // "منذ سنوات": how many is not said
    }
    if (pub == null) {
      return new Found(i, end, null);
    }
    String v = switch (u.unit()) {
      case 'D' -> pub.minusDays(count).toString();
      case 'W' -> DateValues.week(pub, -count);
      case 'M' -> DateValues.month(java.time.YearMonth.from(pub).minusMonths(count));
      default -> DateValues.year(pub.getYear() - count);
    };
    return new Found(i, end, v);
  }

  /** "أمس", "أول أمس", "اليوم", "غدا", "الأسبوع الماضي", "هذا العام", "next year". */
  static Found relativeAt(List<Token> toks, int i, int n, LocalDate pub) {
    Token t = toks.get(i);
    String w = DateRecognizer.lower(t);
    String bare = t.kind() == Token.Kind.ARABIC ? Clitics.withoutConjunction(w) : w;
    // أول أمس، أول من أمس
    if (bare.equals("اول") && i + 1 < n) {
      int k = toks.get(i + 1).norm().equals("من") ? i + 2 : i + 1;
      if (k < n && toks.get(k).norm().equals("امس")) {
        return new Found(i, k + 1, pub == null ? null : pub.minusDays(2).toString());
      }
    }
    if (DAYS.containsKey(bare) || DAYS.containsKey(w)) {
      int offset = DAYS.getOrDefault(bare, DAYS.get(w));
      if (bare.equals("اليوم") && i + 1 < n && (toks.get(i + 1).kind() == Token.Kind.ARABIC
          && toks.get(i + 1).prefix().endsWith("ال") || toks.get(i + 1).kind() == Token.Kind.NUMBER)) {
        return null; // "اليوم الوطني", "اليوم 13": not today
      }
      int end = i + 1;
      if (bare.equals("امس") && end < n && toks.get(end).norm().equals("الاول")) {
        offset = -2;
        end++;
      }
      if (t.kind() == Token.Kind.LATIN && !w.equals(t.norm()) && i > 0 && !isSentenceStart(toks, i)) {
        return null; // "Today" mid-sentence is a name (the Today show)
      }
      return new Found(i, end, pub == null ? null : pub.plusDays(offset).toString());
    }
    // هذا العام / هذه السنة / this year
    int k = i;
    int direction = NONE;
    if ((bare.equals("هذا") || bare.equals("هذه")) && i + 1 < n) {
      k = i + 1;
      direction = 0;
    } else if (EN_DIRECTION.containsKey(w) && i + 1 < n) {
      k = i + 1;
      direction = EN_DIRECTION.get(w);
    }
    String pw = DateRecognizer.lower(toks.get(k));
    String period = PERIODS.get(toks.get(k).kind() == Token.Kind.ARABIC ? Clitics.withoutConjunction(pw) : pw);
    if (period == null) {
      return null;
    }
    int end = k + 1;
    if (direction == NONE && end < n && toks.get(k).kind() == Token.Kind.ARABIC) {
      direction = direction(toks.get(end));
      end++;
    }
    if (direction == NONE) {
      return null;
    }
    if (pub == null) {
      return new Found(i, end, null);
    }
    String v = switch (period) {
      case "W" -> DateValues.week(pub, direction);
      case "M" -> DateValues.month(java.time.YearMonth.from(pub).plusMonths(direction));
      default -> DateValues.year(pub.getYear() + direction);
    };
    return new Found(i, end, v);
  }

  private static boolean isSentenceStart(List<Token> toks, int i) {
    String prev = toks.get(i - 1).norm();
    return prev.equals(".") || prev.equals("\"") || prev.equals("“");
  }
}
