package org.isnad.text;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The optional header block of an article file ({@code url}, {@code outlet}, {@code date},
 * {@code title} as {@code key: value} lines, then one blank line), and where the body starts.
 */
public record Metadata(String url, String outlet, String title, LocalDate published,
    Map<String, String> fields, int bodyStart) {

  private static final Pattern LINE = Pattern.compile("([A-Za-z_]{2,20}):[ \\t]*(.*)");
  private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final java.util.Set<String> KEYS =
      java.util.Set.of("url", "outlet", "date", "title", "author", "lang", "source", "published");

  public static final Metadata NONE = new Metadata(null, null, null, null, Map.of(), 0);

  public Metadata {
    fields = Map.copyOf(fields);
  }

  /**
   * Reads the header block at the start of {@code text} when there is one: lines of known
   * keys only, ended by a blank line. Anything else means there is no header.
   */
  public static Metadata parse(String text) {
    Map<String, String> fields = new LinkedHashMap<>();
    int pos = 0;
    if (text.startsWith("\uFEFF")) {
      pos = 1;
    }
    while (pos < text.length()) {
      int nl = text.indexOf('\n', pos);
      int lineEnd = nl < 0 ? text.length() : nl;
      String line = text.substring(pos, lineEnd).strip();
      if (line.isEmpty()) {
        if (fields.isEmpty()) {
          return NONE;
        }
        return build(fields, nl < 0 ? text.length() : nl + 1);
      }
      Matcher m = LINE.matcher(line);
      if (!m.matches() || !KEYS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
        return NONE;
      }
      fields.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2).strip());
      if (nl < 0) {
        break;
      }
      pos = nl + 1;
    }
    return NONE; // a header with no body after it is text, not a header
  }

  private static Metadata build(Map<String, String> f, int bodyStart) {
    String date = f.getOrDefault("date", f.get("published"));
    return new Metadata(f.get("url"), f.get("outlet"), f.get("title"), parseDate(date), f, bodyStart);
  }

  static LocalDate parseDate(String s) {
    if (s == null) {
      return null;
    }
    Matcher m = DATE.matcher(s);
    if (!m.find()) {
      return null;
    }
    try {
      return LocalDate.parse(m.group());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public Metadata withPublished(LocalDate date) {
    return new Metadata(url, outlet, title, date, fields, bodyStart);
  }
}
