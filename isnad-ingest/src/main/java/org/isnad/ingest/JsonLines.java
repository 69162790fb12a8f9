package org.isnad.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.isnad.text.TextDecoder;

/**
 * JSON Lines: one article per line, {@code {"text": ..., "title": ..., "date": ..., "url": ...,
 * "lang": ..., "outlet": ..., "author": ..., "id": ...}}; {@code body}, {@code content} or
 * {@code maintext} (news-please) stand in for {@code text}. A bad line is an error for that
 * line only; blank lines are ignored.
 */
final class JsonLines {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Lines read without a single article before the file is judged not to be JSON Lines at all. */
  static final int GIVE_UP = 100;

  static {
    // Deeply nested junk must be a per-line error, not a stack overflow.
    JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
  }

  private JsonLines() {}

  static void read(InputStream in, String origin, String baseId, int maxLine, Consumer<Entry> sink)
      throws IOException {
    BoundedLines lines = new BoundedLines(in, maxLine);
    long number = 0;
    long articles = 0;
    for (BoundedLines.Line line = lines.next(); line != null; line = lines.next()) {
      number++;
      String where = origin + ":" + number;
      if (articles == 0 && number > GIVE_UP) {
        // A text file named .jsonl would otherwise give one error per line, by the hundred thousand.
        sink.accept(new Entry.Problem(origin, "stopped: none of the first " + GIVE_UP + " lines is an article;"
            + " is this JSON Lines (one {\"text\": ...} object a line)?"));
        return;
      }
      if (line.tooLong()) {
        sink.accept(new Entry.Problem(where, "line too long: " + line.length() + " bytes, the limit is " + maxLine
            + " (one article per line)"));
        continue;
      }
      if (isBlank(line.bytes())) {
        continue;
      }
      TextDecoder.Result decoded = TextDecoder.decode(line.bytes(), maxLine);
      if (!decoded.ok()) {
        sink.accept(new Entry.Problem(where, decoded.error()));
        continue;
      }
      Entry e = parse(decoded.text(), baseId + "#" + number, origin, number);
      articles += e instanceof Article ? 1 : 0;
      sink.accept(e);
    }
  }

  static Entry parse(String line, String defaultId, String origin, long number) {
    String where = origin + ":" + number;
    JsonNode o;
    try {
      o = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return new Entry.Problem(where, "not valid JSON: " + e.getOriginalMessage());
    }
    if (o == null || !o.isObject()) {
      return new Entry.Problem(where, "expected a JSON object with a \"text\" field, found "
          + (o == null ? "nothing" : o.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
    }
    String text = firstText(o, "text", "body", "content", "maintext", "articleBody");
    if (text == null || text.isBlank()) {
      return new Entry.Problem(where, "no article text: give it in a \"text\" field");
    }
    String id = firstText(o, "id", "doc_id");
    String date = firstText(o, "date", "published", "date_publish", "datePublished");
    return Article.withHeader(id != null && !id.isBlank() ? id : defaultId, text, firstText(o, "title", "headline"),
        Dates.parse(date), firstText(o, "url"), firstText(o, "outlet", "source", "source_domain"),
        firstText(o, "author", "authors"), firstText(o, "lang", "language"), origin, where);
  }

  private static String firstText(JsonNode o, String... keys) {
    for (String k : keys) {
      JsonNode v = o.get(k);
      if (v == null || v.isNull()) {
        continue;
      }
      if (v.isArray()) {
        StringBuilder b = new StringBuilder();
        for (JsonNode e : v) {
          if (e.isValueNode()) {
            b.append(b.length() == 0 ? "" : ", ").append(e.asText());
          }
        }
        return b.toString();
      }
      if (v.isValueNode()) {
        return v.asText();
      }
    }
    return null;
  }

  private static boolean isBlank(byte[] b) {
    for (byte x : b) {
      if (x != ' ' && x != '\t' && x != '\r') {
        return false;
      }
    }
    return true;
  }
}
