package org.isnad.recognize;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.ULocale;
import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.isnad.text.Token;
import org.isnad.text.ar.ArabicNormalizer;

/**
 * Month and weekday names. Gregorian month names come from CLDR through ICU4J for every
 * Arabic locale (يناير، كانون الثاني، جانفي، يوليوز، غشت، أغشت...) and for English; Hijri
 * month names from ICU's Islamic calendar symbols; spelling variants CLDR lacks are added
 * here. Arabic keys are folded, English ones lower case. Loaded once; thread-safe.
 */
final class CalendarWords {
  enum Cal { GREGORIAN, HIJRI }

  /** A month name at tokens {@code [start, end)}. */
  record Month(int number, Cal cal, int start, int end, boolean ambiguous) {}

  private record Name(int number, Cal cal) {}

  /** Month words that are also common words or names (آب/أب father, مارس practised, نيسان Nissan, May). */
  private static final Set<String> AMBIGUOUS = Set.of("اب", "مارس", "ماي", "نيسان", "جوان", "may", "march", "jan",
      "mar", "sun", "sat", "wed");
  private static final String[] PREFIXES = {"وب", "وفي", "و", "ب", "ل", "ف"};

  private static final class Holder {
    static final CalendarWords INSTANCE = new CalendarWords();
  }

  private final Map<String, Name> months = new HashMap<>(); // one word or "w1 w2"
  private final Map<String, DayOfWeek> weekdays = new HashMap<>();

  static CalendarWords get() {
    return Holder.INSTANCE;
  }

  private CalendarWords() {
    for (ULocale loc : ULocale.getAvailableLocales()) {
      if (loc.getLanguage().equals("ar")) {
        addGregorian(new DateFormatSymbols(loc), true);
      }
    }
    addGregorian(new DateFormatSymbols(ULocale.ENGLISH), false);
    String[][] variants = {{"يونيه", "6"}, {"يوليه", "7"}, {"اغسطس", "8"}, {"اغشت", "8"}, {"سبتمبر", "9"},
        {"كانون ثاني", "1"}, {"كانون ثان", "1"}, {"كانون اول", "12"}, {"تشرين اول", "10"}, {"تشرين ثاني", "11"},
        {"تشرين ثان", "11"}, {"سيبتمبر", "9"}, {"اوكتوبر", "10"}, {"نوفمبير", "11"}, {"ديسمبير", "12"}, {"فبراير", "2"},
        {"جانفيه", "1"}, {"فيفريه", "2"}, {"افريل", "4"}, {"جويليه", "7"}, {"sept", "9"}, {"ابريل", "4"}};
    for (String[] v : variants) {
      months.put(v[0], new Name(Integer.parseInt(v[1]), Cal.GREGORIAN));
    }
    DateFormatSymbols hijri = new DateFormatSymbols(IslamicCalendar.class, new ULocale("ar"));
    String[] hm = hijri.getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE);
    for (int m = 0; m < hm.length && m < 12; m++) {
      months.put(ArabicNormalizer.normalize(hm[m]).trim(), new Name(m + 1, Cal.HIJRI));
    }
    String[][] hijriVariants = {{"ربيع الاول", "3"}, {"ربيع اول", "3"}, {"ربيع الثاني", "4"}, {"ربيع الاخر", "4"},
        {"ربيع ثاني", "4"}, {"جمادي الاولي", "5"}, {"جمادي الاول", "5"}, {"جمادي الثانيه", "6"},
        {"جمادي الثاني", "6"}, {"جمادي الاخره", "6"}, {"جمادي الاخر", "6"}, {"ذي القعده", "11"},
        {"ذا القعده", "11"}, {"ذو القعده", "11"}, {"ذي الحجه", "12"}, {"ذا الحجه", "12"}, {"ذو الحجه", "12"},
        {"المحرم", "1"}};
    for (String[] v : hijriVariants) {
      months.put(v[0], new Name(Integer.parseInt(v[1]), Cal.HIJRI));
    }
    String[] arDays = new DateFormatSymbols(new ULocale("ar")).getWeekdays();
    String[] enDays = new DateFormatSymbols(ULocale.ENGLISH).getWeekdays();
    for (int d = 1; d <= 7; d++) { // ICU: 1 = Sunday
      DayOfWeek dow = DayOfWeek.SUNDAY.plus(d - 1);
      String ar = ArabicNormalizer.normalize(arDays[d]);
      weekdays.put(ar, dow);
      weekdays.put(ar.startsWith("ال") ? ar.substring(2) : ar, dow); // يوم جمعة، كل خميس
      weekdays.put(enDays[d].toLowerCase(Locale.ROOT), dow);
    }
  }

  private void addGregorian(DateFormatSymbols s, boolean arabic) {
    for (int ctx : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
      for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
        String[] names = s.getMonths(ctx, width);
        for (int m = 0; m < names.length && m < 12; m++) {
          String k = arabic ? ArabicNormalizer.normalize(names[m]).trim()
              : names[m].toLowerCase(Locale.ROOT).replace(".", "");
          if (!k.isEmpty() && !k.chars().allMatch(Character::isDigit)) {
            months.putIfAbsent(k, new Name(m + 1, Cal.GREGORIAN));
          }
        }
      }
    }
  }

  /** The month named at token {@code i} (one or two words, a clitic allowed on the first), or null. */
  Month monthAt(List<Token> toks, int i, int n) {
    Token t = toks.get(i);
    if (t.kind() == Token.Kind.LATIN) {
      String w = t.norm().toLowerCase(Locale.ROOT);
      Name name = months.get(w);
      if (name == null || !Character.isUpperCase(t.norm().charAt(0))) {
        return null;
      }
      int end = i + 1;
      if (end < n && toks.get(end).norm().equals(".") && toks.get(end).start() == t.end() && w.length() <= 4) {
        end++; // "Dec."
      }
      return new Month(name.number(), name.cal(), i, end, AMBIGUOUS.contains(w) || w.length() <= 4);
    }
    if (t.kind() != Token.Kind.ARABIC) {
      return null;
    }
    for (String w : withoutPrefixes(t.norm())) {
      if (i + 1 < n && toks.get(i + 1).kind() == Token.Kind.ARABIC) {
        Name two = months.get(w + " " + toks.get(i + 1).norm());
        if (two != null) {
          return new Month(two.number(), two.cal(), i, i + 2, false);
        }
      }
      Name one = months.get(w);
      if (one != null) {
        return new Month(one.number(), one.cal(), i, i + 1, AMBIGUOUS.contains(w) || one.cal() == Cal.HIJRI);
      }
    }
    return null;
  }

  /** The weekday named by token {@code t} ("الجمعة", "والخميس", "Friday"), or null. */
  DayOfWeek weekday(Token t) {
    if (t.kind() == Token.Kind.LATIN) {
      return Character.isUpperCase(t.norm().charAt(0)) ? weekdays.get(t.norm().toLowerCase(Locale.ROOT)) : null;
    }
    if (t.kind() != Token.Kind.ARABIC) {
      return null;
    }
    for (String w : withoutPrefixes(t.norm())) {
      if (w.startsWith("ال")) {
        DayOfWeek d = weekdays.get(w);
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  /** A bare weekday noun after يوم: "يوم جمعة". */
  DayOfWeek bareWeekday(Token t) {
    return t.kind() == Token.Kind.ARABIC ? weekdays.get(t.norm()) : null;
  }

  private static List<String> withoutPrefixes(String w) {
    java.util.ArrayList<String> out = new java.util.ArrayList<>(3);
    out.add(w);
    for (String p : PREFIXES) {
      if (w.length() > p.length() + 2 && w.startsWith(p)) {
        out.add(w.substring(p.length()));
      }
    }
    return out;
  }
}
