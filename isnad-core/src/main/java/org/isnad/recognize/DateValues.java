package org.isnad.recognize;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * Partial ISO 8601 values and the calendar arithmetic behind them: Hijri to Gregorian
 * through ICU's Umm al-Qura calendar, years for dates written without one, weekdays and
 * relative periods against the publication date.
 */
final class DateValues {
  /** The Julian day of 1970-01-01, to turn ICU's Julian day into an epoch day. */
  private static final long EPOCH_JULIAN_DAY = 2_440_588L;

  /** A direction: on or before the publication date ("منذ يناير", "since March"). */
  static final int NOT_AFTER = -2;

  private DateValues() {}

  static String year(int y) {
    return String.format(Locale.ROOT, "%04d", y);
  }

  static String month(int y, int m) {
    return String.format(Locale.ROOT, "%04d-%02d", y, m);
  }

  static String month(YearMonth ym) {
    return month(ym.getYear(), ym.getMonthValue());
  }

  /** The ISO day, or null when there is no such day (31 February). */
  static String day(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d).toString();
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The Gregorian date of a Hijri (Umm al-Qura) date, or null when it is out of range. */
  static LocalDate fromHijri(int y, int m, int d) {
    if (y < 1 || y > 1600 || m < 1 || m > 12 || d < 1 || d > 30) {
      return null;
    }
    IslamicCalendar cal = new IslamicCalendar(TimeZone.GMT_ZONE);
    cal.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
    cal.clear();
    cal.set(Calendar.EXTENDED_YEAR, y);
    cal.set(Calendar.MONTH, m - 1);
    cal.set(Calendar.DAY_OF_MONTH, d);
    return LocalDate.ofEpochDay(cal.get(Calendar.JULIAN_DAY) - EPOCH_JULIAN_DAY);
  }

  /**
   * The year of a day and month written without one: the publication year, moved back when
   * that puts the date more than two months after publication and forward when it puts it
   * more than ten months before (news looks back more often than ahead).
   */
  static int yearFor(int m, int d, LocalDate published, int direction) {
    int y = published.getYear();
    LocalDate candidate;
    try {
      candidate = LocalDate.of(y, m, Math.min(d, YearMonth.of(y, m).lengthOfMonth()));
    } catch (DateTimeException e) {
      return y;
    }
    if (direction == NOT_AFTER) {
      return candidate.isAfter(published) ? y - 1 : y;
    }
    if (direction < 0) {
      return candidate.isBefore(published) ? y : y - 1;
    }
    if (direction > 0) {
      return candidate.isAfter(published) ? y : y + 1;
    }
    if (candidate.isAfter(published.plusMonths(2))) {
      return y - 1;
    }
    if (candidate.isBefore(published.minusMonths(10))) {
      return y + 1;
    }
    return y;
  }

  /** A month written alone: like {@link #yearFor} at month precision; "الماضي" and "المقبل" force the side. */
  static YearMonth monthFor(int m, LocalDate published, int direction) {
    YearMonth now = YearMonth.from(published);
    YearMonth c = YearMonth.of(now.getYear(), m);
    if (direction == NOT_AFTER) {
      return c.isAfter(now) ? c.minusYears(1) : c;
    }
    if (direction < 0) {
      return c.isBefore(now) ? c : c.minusYears(1);
    }
    if (direction > 0) {
      return c.isAfter(now) ? c : c.plusYears(1);
    }
    if (c.isAfter(now.plusMonths(2))) {
      return c.minusYears(1);
    }
    if (c.isBefore(now.minusMonths(9))) {
      return c.plusYears(1);
    }
    return c;
  }

  /**
   * A weekday against the publication date: the latest on or before it by default, the one
   * before it ("الجمعة الماضية") when {@code direction < 0}, the next one after it when
   * {@code direction > 0} ("المقبل", "will").
   */
  static LocalDate weekday(DayOfWeek d, LocalDate published, int direction) {
    if (direction < 0) {
      return published.with(TemporalAdjusters.previous(d));
    }
    if (direction > 0) {
      return published.with(TemporalAdjusters.next(d));
    }
    return published.with(TemporalAdjusters.previousOrSame(d));
  }

  /** A week as partial ISO: the month of its Thursday (ISO weeks belong where their Thursday is). */
  static String week(LocalDate published, int offset) {
    LocalDate thursday = published.plusWeeks(offset).with(DayOfWeek.MONDAY).plusDays(3);
    return month(thursday.getYear(), thursday.getMonthValue());
  }
}
