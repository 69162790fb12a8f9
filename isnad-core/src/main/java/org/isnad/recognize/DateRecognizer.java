package org.isnad.recognize;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.isnad.recognize.CalendarWords.Cal;
import org.isnad.recognize.CalendarWords.Month;
import org.isnad.text.Document;
import org.isnad.text.Span;
import org.isnad.text.Token;

/**
 * Finds time expressions and resolves them to partial ISO 8601: full dates ("6 يناير/كانون
 * الثاني 2021", "December 13, 2024", "15 رمضان 1445 هـ"), months ("نوفمبر 2023", "الشهر
 * الماضي"), years ("عام 2016", "in 2017"), weekdays ("يوم الجمعة") and relative words
 * ("أمس", "next year"). Relative expressions and dates without a year use
 * {@link Document#published()}; without it their value is null. Thread-safe.
 */
public final class DateRecognizer {
  /** Words before a bare year or month that make it a time ("في 2017", "منذ مارس"). */
  static final Set<String> CUES = Set.of("في", "خلال", "منذ", "حتي", "بحلول", "مطلع", "اواخر", "اوايل", "منتصف",
      "بدايه", "نهايه", "قبل", "بعد", "الي", "موسم", "شهر", "الشهر", "اواسط", "ختام", "in", "since", "by", "until",
      "during", "early", "late", "mid", "from", "before", "after", "through", "end", "start", "beginning");
  /** Year nouns, part of the expression's text ("عام 2016"). */
  static final Set<String> YEAR_NOUNS = Set.of("عام", "العام", "سنه", "السنه", "عامي", "year");
  private static final Set<String> ERA = Set.of("م", "ميلادي", "ميلاديه", "للميلاد");
  private static final Set<String> HIJRI_ERA = Set.of("ه", "هجري", "هجريه", "للهجره", "هجريا");
  private static final Set<String> ORDINAL = Set.of("st", "nd", "rd", "th");

  private final CalendarWords words;

  private DateRecognizer(CalendarWords words) {
    this.words = words;
  }

  public static DateRecognizer standard() {
    return new DateRecognizer(CalendarWords.get());
  }

  /** A time expression at tokens {@code [start, end)} with its value. */
  record Found(int start, int end, String value) {}

  /** Every time expression of {@code doc}, in text order. */
  public List<TimeExpr> find(Document doc) {
    List<Token> toks = doc.tokens();
    LocalDate pub = doc.published();
    List<TimeExpr> out = new ArrayList<>();
    int i = 0;
    int n = toks.size();
    while (i < n) {
      Found f = at(toks, i, n, pub);
      if (f == null) {
        i++;
        continue;
      }
      Span s = new Span(toks.get(f.start()).start(), toks.get(f.end() - 1).end());
      out.add(new TimeExpr(s, doc.slice(s), f.value()));
      i = Math.max(f.end(), i + 1);
    }
    return out;
  }

  private Found at(List<Token> toks, int i, int n, LocalDate pub) {
    Found f = RelativeDates.weekdayAt(this, toks, i, n, pub);
    if (f == null) {
      f = NumericDates.at(toks, i, n);
    }
    if (f == null) {
      f = dayFirst(toks, i, n, pub);
    }
    if (f == null) {
      f = monthFirst(toks, i, n, pub);
    }
    if (f == null) {
      f = year(toks, i, n);
    }
    if (f == null) {
      f = RelativeDates.relativeAt(toks, i, n, pub);
    }
    if (f == null) {
      f = RelativeDates.agoAt(toks, i, n, pub);
    }
    return f;
  }

  CalendarWords words() {
    return words;
  }

  /** "13 ديسمبر 2024", "6 يناير/كانون الثاني 2021", "15 رمضان 1445 هـ", "13 December". */
  Found dayFirst(List<Token> toks, int i, int n, LocalDate pub) {
    int day = smallNumber(toks.get(i), 31);
    int k = i + 1;
    if (day < 1) {
      OrdinalDays.Day ord = toks.get(i).kind() == Token.Kind.ARABIC ? OrdinalDays.at(toks, i, n) : null;
      if (ord == null || ord.end() + 1 >= n || !toks.get(ord.end()).norm().equals("من")) {
        return null; // "السادس من شوال": an ordinal day needs its من
      }
      day = ord.day();
      k = ord.end();
    }
    if (k >= n) {
      return null;
    }
    if (k < n && ORDINAL.contains(lower(toks.get(k))) && toks.get(k).start() == toks.get(i).end()) {
      k++;
    }
    if (k + 1 < n && (lower(toks.get(k)).equals("of") || toks.get(k).norm().equals("من"))) {
      k++;
    }
    Month m = k < n ? words.monthAt(toks, k, n) : null;
    if (m == null) {
      return null;
    }
    int end = skipPairedMonth(toks, m, n);
    YearAt y = yearAfter(toks, end, n, m.cal());
    if (y != null) {
      return new Found(i, y.end(), dayValue(m, y.year(), day, y.hijri()));
    }
    if (m.cal() == Cal.HIJRI) {
      return null; // "15 رمضان" alone: the year is too uncertain to guess
    }
    int direction = i > 0 && isSince(toks.get(i - 1)) ? DateValues.NOT_AFTER : 0;
    String v = pub == null ? null
        : DateValues.day(DateValues.yearFor(m.number(), day, pub, direction), m.number(), day);
    return new Found(i, end, v);
  }

  /** "ديسمبر 2024", "December 13, 2024", "Dec. 13", "رمضان 1445 هـ", "في مارس", "نوفمبر الماضي". */
  Found monthFirst(List<Token> toks, int i, int n, LocalDate pub) {
    int start = i;
    int k = i;
    if (isMonthNoun(toks.get(i)) && i + 1 < n) {
      k = i + 1; // "شهر يناير" keeps شهر in its text
    }
    Month m = words.monthAt(toks, k, n);
    if (m == null) {
      return null;
    }
    int end = skipPairedMonth(toks, m, n);
    // English "December 13[, 2024]"
    if (end < n && toks.get(m.start()).kind() == Token.Kind.LATIN) {
      int day = smallNumber(toks.get(end), 31);
      if (day >= 1) {
        int e = end + 1;
        if (e < n && ORDINAL.contains(lower(toks.get(e)))) {
          e++;
        }
        int afterComma = e < n && toks.get(e).norm().equals(",") ? e + 1 : e;
        YearAt y = yearAfter(toks, afterComma, n, Cal.GREGORIAN);
        if (y != null) {
          return new Found(start, y.end(), DateValues.day(y.year(), m.number(), day));
        }
        String v = pub == null ? null : DateValues.day(DateValues.yearFor(m.number(), day, pub, 0), m.number(), day);
        return new Found(start, e, v);
      }
    }
    int yAt = end < n && toks.get(end).norm().equals(",") ? end + 1 : end;
    YearAt y = yearAfter(toks, yAt, n, m.cal());
    if (y != null) {
      if (y.hijri() || m.cal() == Cal.HIJRI) {
        LocalDate mid = DateValues.fromHijri(y.year(), m.number(), 15);
        return new Found(start, y.end(), mid == null ? null : DateValues.month(mid.getYear(), mid.getMonthValue()));
      }
      return new Found(start, y.end(), DateValues.month(y.year(), m.number()));
    }
    if (m.cal() == Cal.HIJRI) {
      return null;
    }
    int direction = 0;
    if (end < n) {
      direction = RelativeDates.direction(toks.get(end));
      if (direction != RelativeDates.NONE) {
        end++;
      } else {
        direction = 0;
      }
    }
    boolean prepositionCue = i > 0 && isCue(toks.get(i - 1));
    boolean cued = start < m.start() || end > m.end() && !toks.get(end - 1).norm().equals(")") || prepositionCue;
    if (!cued) {
      return null;
    }
    if (direction == 0 && end == m.end() && i > 0 && isSince(toks.get(i - 1))) {
      direction = DateValues.NOT_AFTER;
    }
    String v = pub == null ? null : DateValues.month(DateValues.monthFor(m.number(), pub, direction));
    return new Found(start, end, v);
  }

  /** "عام 2016", "في 2017", "2017م", "1445 هـ", "in 2017". */
  Found year(List<Token> toks, int i, int n) {
    int start = i;
    int k = i;
    boolean noun = isYearNoun(toks.get(i));
    if (noun && i + 1 < n) {
      k = i + 1;
    }
    YearAt y = yearAfter(toks, k, n, Cal.GREGORIAN);
    if (y == null) {
      return null;
    }
    if (k + 1 < n && (NumberParser.isScaleWord(toks.get(k + 1)) || Currencies.get().isNoun(toks.get(k + 1))
        || toks.get(k + 1).norm().equals("%"))) {
      return null; // "2000 دولار" is an amount
    }
    boolean marked = y.end() > k + 1;
    if (!noun && !marked && !(i > 0 && isCue(toks.get(i - 1)))) {
      return null;
    }
    if (y.hijri()) {
      LocalDate mid = DateValues.fromHijri(y.year(), 7, 1);
      return new Found(start, y.end(), mid == null ? null : DateValues.year(mid.getYear()));
    }
    return new Found(start, y.end(), DateValues.year(y.year()));
  }

  record YearAt(int year, int end, boolean hijri) {}

  /** A year at token {@code k}, with its era mark when there is one. */
  static YearAt yearAfter(List<Token> toks, int k, int n, Cal cal) {
    if (k >= n || toks.get(k).kind() != Token.Kind.NUMBER) {
      return null;
    }
    String s = toks.get(k).norm();
    if (s.length() != 4 || !s.chars().allMatch(Character::isDigit)) {
      return null;
    }
    int y = Integer.parseInt(s);
    int end = k + 1;
    boolean hijriMark = false;
    if (end < n && toks.get(end).kind() == Token.Kind.ARABIC) {
      String w = toks.get(end).norm();
      if (HIJRI_ERA.contains(w)) {
        hijriMark = true;
        end++;
      } else if (ERA.contains(w)) {
        end++;
      }
    }
    boolean hijri = hijriMark || cal == Cal.HIJRI;
    if (hijri ? y < 1300 || y > 1600 : y < 1800 || y > 2200) {
      return null;
    }
    return new YearAt(y, end, hijri);
  }

  private static String dayValue(Month m, int year, int day, boolean hijri) {
    if (hijri || m.cal() == Cal.HIJRI) {
      if (m.cal() != Cal.HIJRI) {
        return null;
      }
      LocalDate g = DateValues.fromHijri(year, m.number(), day);
      return g == null ? null : g.toString();
    }
    return DateValues.day(year, m.number(), day);
  }

  /** After a month, its other regional name: "يناير/كانون الثاني", "آب (أغسطس)". */
  private int skipPairedMonth(List<Token> toks, Month m, int n) {
    int end = m.end();
    if (end + 1 < n) {
      String sep = toks.get(end).norm();
      if (sep.equals("/") || sep.equals("(") || sep.equals("-") || sep.equals("،") || sep.equals(",")) {
        Month other = words.monthAt(toks, end + 1, n);
        if (other != null && other.number() == m.number() && other.cal() == m.cal()) {
          end = other.end();
          if (sep.equals("(") && end < n && toks.get(end).norm().equals(")")) {
            end++;
          }
        }
      }
    }
    return end;
  }

  static int smallNumber(Token t, int max) {
    if (t.kind() != Token.Kind.NUMBER || t.norm().length() > 2) {
      return -1;
    }
    int v = Integer.parseInt(t.norm());
    return v <= max ? v : -1;
  }

  static String lower(Token t) {
    return t.kind() == Token.Kind.LATIN ? t.norm().toLowerCase(Locale.ROOT) : t.norm();
  }

  /** "منذ", "since": what follows is not in the future. */
  static boolean isSince(Token t) {
    String w = lower(t);
    return w.equals("since") || Clitics.withoutConjunction(w).equals("منذ") || w.equals("منذ");
  }

  static boolean isCue(Token t) {
    String w = lower(t);
    return CUES.contains(w) || t.kind() == Token.Kind.ARABIC && CUES.contains(Clitics.withoutConjunction(w));
  }

  private static boolean isYearNoun(Token t) {
    if (t.kind() == Token.Kind.LATIN) {
      return false; // "year 2017" is rare; "in 2017" is handled by the cue
    }
    Clitics.Hit<Boolean> h = Clitics.lookup(t.norm(), YEAR_HIT);
    return h != null;
  }

  private static final java.util.Map<String, Boolean> YEAR_HIT = java.util.Map.of("عام", true, "سنه", true,
      "عامي", true);

  private static boolean isMonthNoun(Token t) {
    String w = Clitics.withoutConjunction(t.norm());
    return w.equals("شهر") || w.equals("الشهر") || w.equals("بشهر") || w.equals("لشهر");
  }
}
