package org.isnad.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An HTML page's article metadata, from JSON-LD ({@code NewsArticle} and kin) first, then
 * Open Graph and {@code article:} meta tags, then plain {@code <meta name>} tags and the
 * {@code <title>}. Values are whatever the page says, on one line; nothing is fetched.
 */
record PageMeta(String title, LocalDate published, String author, String outlet, String url, String lang,
    String articleBody) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_JSON_LD = 2 * 1024 * 1024;

  static {
    JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
  }

  static PageMeta of(Document page) {
    JsonNode ld = newsArticle(page);
    String title = first(text(ld, "headline"), text(ld, "name"), meta(page, "og:title"), meta(page, "twitter:title"),
        page.title());
    String date = first(text(ld, "datePublished"), meta(page, "article:published_time"),
        meta(page, "og:article:published_time"), meta(page, "datePublished"), meta(page, "date"),
        meta(page, "pubdate"), meta(page, "publishdate"), meta(page, "dc.date.issued"), meta(page, "dc.date"),
        meta(page, "sailthru.date"), timeElement(page));
    String author = first(names(ld == null ? null : ld.get("author")), meta(page, "author"),
        meta(page, "article:author"), meta(page, "dc.creator"), meta(page, "byl"));
    String outlet = first(names(ld == null ? null : ld.get("publisher")), meta(page, "og:site_name"),
        meta(page, "application-name"));
    Element canonical = page.selectFirst("link[rel=canonical][href]");
    String url = first(meta(page, "og:url"), canonical == null ? null : canonical.attr("href"), text(ld, "url"));
    Element html = page.selectFirst("html");
    String lang = first(text(ld, "inLanguage"), html == null ? null : html.attr("lang"), meta(page, "og:locale"));
    String body = text(ld, "articleBody");
    return new PageMeta(Article.oneLine(title), Dates.parse(date), Article.oneLine(author), Article.oneLine(outlet),
        Article.oneLine(url), lang == null ? null : lang.strip().replaceAll("[-_].*", ""),
        body == null ? "" : HtmlArticles.clean(body.replace("\r", "")));
  }

  /** The first JSON-LD object typed as an article, looking inside arrays and {@code @graph}. */
  private static JsonNode newsArticle(Document page) {
    for (Element script : page.select("script[type=application/ld+json]")) {
      String data = script.data();
      if (data.length() > MAX_JSON_LD) {
        continue;
      }
      try {
        List<JsonNode> queue = new ArrayList<>(List.of(JSON.readTree(data)));
        for (int i = 0; i < queue.size() && i < 1000; i++) {
          JsonNode n = queue.get(i);
          if (n == null) {
            continue;
          }
          if (n.isArray()) {
            n.forEach(queue::add);
          } else if (n.isObject()) {
            if (isArticleType(n.get("@type"))) {
              return n;
            }
            if (n.has("@graph")) {
              queue.add(n.get("@graph"));
            }
          }
        }
      } catch (JsonProcessingException e) {
        // broken JSON-LD is common; the meta tags still count
      }
    }
    return null;
  }

  private static boolean isArticleType(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticleType(t)) {
          return true;
        }
      }
      return false;
    }
    String t = type.asText();
    return t.endsWith("Article") || t.equals("Report") || t.equals("BlogPosting") || t.equals("LiveBlogPosting");
  }

  private static String text(JsonNode o, String key) {
    if (o == null) {
      return null;
    }
    JsonNode v = o.get(key);
    return v != null && v.isValueNode() && !v.asText().isBlank() ? v.asText() : null;
  }

  /** A person or organisation as JSON-LD gives it: a string, {@code {"name": ...}} or an array of them. */
  private static String names(JsonNode v) {
    if (v == null) {
      return null;
    }
    if (v.isValueNode()) {
      return v.asText().isBlank() ? null : v.asText();
    }
    if (v.isObject()) {
      return text(v, "name");
    }
    List<String> all = new ArrayList<>();
    for (JsonNode e : v) {
      String n = e.isObject() ? text(e, "name") : e.isValueNode() ? e.asText() : null;
      if (n != null && !n.isBlank() && all.size() < 10) {
        all.add(n);
      }
    }
    return all.isEmpty() ? null : String.join(", ", all);
  }

  private static String meta(Document page, String key) {
    for (Element m : page.select("meta[content]")) {
      String k = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
      if (k.equalsIgnoreCase(key) && !m.attr("content").isBlank()) {
        return m.attr("content");
      }
    }
    return null;
  }

  private static String timeElement(Document page) {
    Element t = page.selectFirst("time[datetime]");
    return t == null ? null : t.attr("datetime");
  }

  @SafeVarargs
  private static <T> T first(T... values) {
    for (T v : values) {
      if (v instanceof String s ? !s.isBlank() : v != null) {
        return v;
      }
    }
    return null;
  }
}
