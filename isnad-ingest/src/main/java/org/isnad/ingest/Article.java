package org.isnad.ingest;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.isnad.text.Metadata;

/**
 * One article read from any input format. {@link #text()} is exactly what the extractor reads:
 * for a {@code .txt} file the file itself; for HTML, JSON Lines and WARC the main text behind
 * a header block ({@code title:}, {@code url:}, {@code outlet:}, {@code date:}, {@code author:}) that
 * {@link Metadata} parses, so the store gets the same metadata whatever the format.
 *
 * @param id the document id (file name, JSON {@code id}, or file and record number)
 * @param lang a hint from the input ({@code lang} field, {@code <html lang>}), or null
 * @param origin the file it came from ({@code <stdin>} for standard input)
 * @param where the origin and the place in it: {@code file} for a whole file, {@code file:12} for line 12 of
 *     JSON Lines, {@code file@3} for the third record of a WARC file; the store keeps it as the document's path
 */
public record Article(String id, String text, String title, LocalDate published, String url, String outlet,
    String author, String lang, String origin, String where) implements Entry {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(where, "where");
  }

  /** An article from text that may start with a header block; metadata is read from the header. */
  static Article fromText(String id, String text, String origin) {
    Metadata m = Metadata.parse(text);
    return new Article(id, text, m.title(), m.published(), m.url(), m.outlet(), m.fields().get("author"),
        m.fields().get("lang"), origin, origin);
  }

  /** An article from a body and separate metadata: the header block is written in front of the body. */
  static Article withHeader(String id, String body, String title, LocalDate published, String url, String outlet,
      String author, String lang, String origin, String where) {
    StringBuilder h = new StringBuilder();
    field(h, "title", title);
    field(h, "url", url);
    field(h, "outlet", outlet);
    field(h, "date", published == null ? null : published.toString());
    field(h, "author", author);
    String text = h.length() == 0 ? body : h.append('\n').append(body).toString();
    return new Article(id, text, oneLine(title), published, oneLine(url), oneLine(outlet), oneLine(author),
        lang == null ? null : lang.toLowerCase(Locale.ROOT), origin, where);
  }

  private static void field(StringBuilder h, String key, String value) {
    String v = oneLine(value);
    if (v != null) {
      h.append(key).append(": ").append(v).append('\n');
    }
  }

  /** A header value on one line, without controls, or null when nothing is left. */
  static String oneLine(String s) {
    if (s == null) {
      return null;
    }
    String v = s.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
    if (v.length() > 1000) {
      v = v.substring(0, 1000);
    }
    return v.isEmpty() ? null : v;
  }

  /** The text after the header block: what near-duplicate detection and language detection look at. */
  public String body() {
    return text.substring(Metadata.parse(text).bodyStart());
  }
}
