package org.isnad.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates as inputs give them: ISO dates and timestamps ({@code 2024-03-05T10:00:00+03:00}). */
final class Dates {
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})");

  private Dates() {}

  /** The date at the start of {@code s}, or null when there is none or it is not a real date. */
  static LocalDate parse(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String t = s.strip();
    Matcher m = ISO.matcher(t.length() > 64 ? t.substring(0, 64) : t);
    if (!m.find()) {
      m = COMPACT.matcher(t);
      if (!m.find()) {
        return null;
      }
    }
    try {
      LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)));
      return d.getYear() < 1900 || d.getYear() > 2200 ? null : d;
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
