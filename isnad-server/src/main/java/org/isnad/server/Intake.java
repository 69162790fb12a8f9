package org.isnad.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.isnad.extract.Extractor;
import org.isnad.fact.Extraction;
import org.isnad.ingest.Article;
import org.isnad.ingest.Entry;
import org.isnad.ingest.LanguageDetector;
import org.isnad.ingest.Sources;
import org.isnad.ingest.Stories;
import org.isnad.store.Store;
import org.isnad.text.Metadata;
import org.isnad.text.TextDecoder;

/**
 * A posted article on its way into the store, as {@code isnad ingest} takes one: read by the
 * ingest readers (text with its header block, HTML main text, a JSON object with the JSON Lines
 * fields), its language detected (Arabic and English go on), extracted, and stored linked to the
 * stored copies of its wire story ({@link Stories}, as {@code isnad ingest} stores). Thread-safe.
 */
final class Intake {
  /** What became of a posted article. */
  record Result(String id, String lang, Store.Outcome outcome, int facts) {}

  private final int maxBytes;
  private volatile Extractor extractor;
  /** Only touched inside {@link Stores#write}, which runs one write at a time on one store. */
  private Stories stories;

  Intake(int maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** The extractor loads its models on first use, so a server that only reads starts at once. */
  private Extractor extractor() {
    Extractor e = extractor;
    if (e == null) {
      synchronized (this) {
        if (extractor == null) {
          extractor = Extractor.standard();
        }
        e = extractor;
      }
    }
    return e;
  }

  /** Reads the body as the content type says: text/plain, text/html or application/json. */
  Article read(byte[] body, String contentType, String idParam) {
    String type = contentType == null ? "text/plain" : contentType.toLowerCase(Locale.ROOT).split(";", 2)[0].strip();
    String given = idParam;
    Article a;
    switch (type) {
      case "text/plain" -> a = text(body);
      case "text/html", "application/xhtml+xml" -> a = viaReaders(html(body));
      case "application/json" -> {
        JsonNode n = json(body);
        if (given == null || given.isBlank()) {
          given = n.hasNonNull("id") ? n.get("id").asText() : n.hasNonNull("doc_id") ? n.get("doc_id").asText() : null;
        }
        a = viaReaders((n.toString() + "\n").getBytes(StandardCharsets.UTF_8));
      }
      default -> throw new ApiError(415, "unsupported content type " + type
          + "; send text/plain (with an optional header block), text/html or application/json");
    }
    // The readers' ids name files and lines; a posted article is named by the caller or by its text.
    String id = given != null && !given.isBlank() ? given.strip() : "web-" + Store.key(a.text()).substring(0, 12);
    if (id.length() > 200 || !id.matches("[\\p{L}\\p{N}._:@-]+")) {
      throw ApiError.badRequest("an article id has letters, digits and . _ : @ - only, at most 200 characters");
    }
    return new Article(id, a.text(), a.title(), a.published(), a.url(), a.outlet(), a.author(), a.lang(), "web", "web:" + id);
  }

  private Article text(byte[] body) {
    TextDecoder.Result r = TextDecoder.decode(body, maxBytes);
    if (!r.ok()) {
      throw new ApiError(422, "the article cannot be read: " + r.error());
    }
    Metadata m = Metadata.parse(r.text());
    return new Article("stdin", r.text(), m.title(), m.published(), m.url(), m.outlet(), m.fields().get("author"),
        m.fields().get("lang"), "web", "web");
  }

  /** A fragment becomes a page, so that the readers sniff it as HTML. */
  private static byte[] html(byte[] body) {
    String head = new String(body, 0, Math.min(body.length, 512), StandardCharsets.ISO_8859_1).stripLeading()
        .toLowerCase(Locale.ROOT);
    if (head.startsWith("<!doctype") || head.startsWith("<html")) {
      return body;
    }
    byte[] prefix = "<!doctype html>\n".getBytes(StandardCharsets.US_ASCII);
    byte[] out = new byte[prefix.length + body.length];
    System.arraycopy(prefix, 0, out, 0, prefix.length);
    System.arraycopy(body, 0, out, prefix.length, body.length);
    return out;
  }

  /** One JSON object, which becomes one JSON Lines line. */
  private static JsonNode json(byte[] body) {
    JsonNode n;
    try {
      n = Json.MAPPER.readTree(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw ApiError.badRequest("the body is not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw ApiError.badRequest("the body is not JSON: " + e.getMessage());
    }
    if (n == null || !n.isObject()) {
      throw ApiError.badRequest("the body must be one JSON object with at least \"text\"");
    }
    return n;
  }

  private Article viaReaders(byte[] bytes) {
    List<Entry> entries = new ArrayList<>();
    Sources.of(maxBytes, () -> new ByteArrayInputStream(bytes)).read("-", entries::add);
    for (Entry e : entries) {
      if (e instanceof Article a) {
        return a;
      }
      if (e instanceof Entry.Problem p) {
        throw new ApiError(422, "the article cannot be read: " + p.message());
      }
      if (e instanceof Entry.Skipped s) {
        throw new ApiError(422, "not an article: " + s.reason());
      }
    }
    throw new ApiError(422, "the body holds no article");
  }

  /** Detects the language unless the caller gave one, extracts and stores. */
  Result ingest(Article a, String langParam, Stores stores) {
    String lang = langParam;
    if (lang == null || lang.isBlank() || lang.equals("auto")) {
      LanguageDetector.Result r = LanguageDetector.detect(a.body(), a.lang());
      if (!r.accepted()) {
        throw new ApiError(422, "not stored: " + r.reason());
      }
      lang = r.lang();
    } else if (!lang.equals("ar") && !lang.equals("en")) {
      throw ApiError.badRequest("lang must be ar, en or auto, not " + lang);
    }
    Extraction x = extractor().extract(a.id(), a.text(), lang, null);
    String chosen = lang;
    return stores.write(store -> {
      var existing = store.document(a.id());
      if (existing != null && !existing.text().equals(a.text())) {
        throw new ApiError(409, "another article is stored with the id " + a.id() + "; give another id");
      }
      Store.Outcome o = stories(store).put(a, x);
      return new Result(a.id(), chosen, o, x.facts().size());
    });
  }

  /**
   * The stories of the writer's store, read on the first post (about a second per 100,000
   * stored articles) so that a server that only reads starts at once. Called inside a write.
   */
  private Stories stories(Store writer) {
    if (stories == null) {
      stories = Stories.of(writer);
    }
    return stories;
  }
}
