package org.isnad.spark;

import java.util.regex.Pattern;

/**
 * One article read from the input, or why it could not be read. A record of JSON Lines or
 * Parquet is the article file {@code isnad extract} would read: its url, outlet, date and
 * title become the header block of FACTS.md §1 before its text, so the job prints for it
 * exactly what the CLI prints for that file (offsets count from the start of the header).
 *
 * @param id the document id
 * @param path where it came from (for error objects)
 * @param text the article's text, or null when it could not be read
 * @param lang ar, en, or null for the job's default
 * @param error why the article could not be read, or null
 */
record Article(String id, String path, String text, String url, String outlet, String date, String title,
    String lang, String error) {
  private static final Pattern SPACE = Pattern.compile("(?U)\\s+");

  static Article text(String id, String path, String text) {
    return new Article(id, path, text, null, null, null, null, null, null);
  }

  static Article failed(String id, String path, String error) {
    return new Article(id, path, null, null, null, null, null, null, error);
  }

  boolean ok() {
    return error == null;
  }

  /** The article as the file the CLI would read: the header block (when a field is set), then the text. */
  String asFile() {
    StringBuilder header = new StringBuilder();
    field(header, "url", url);
    field(header, "outlet", outlet);
    field(header, "date", date);
    field(header, "title", title);
    return header.isEmpty() ? text : header.append('\n').append(text).toString();
  }

  /** A header line holds one line: a title with a line break in it is folded to spaces. */
  private static void field(StringBuilder header, String key, String value) {
    if (value == null) {
      return;
    }
    String line = SPACE.matcher(value).replaceAll(" ").strip();
    if (!line.isEmpty()) {
      header.append(key).append(": ").append(line).append('\n');
    }
  }
}
