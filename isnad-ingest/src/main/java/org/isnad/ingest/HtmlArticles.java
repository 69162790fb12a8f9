package org.isnad.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;

/**
 * An HTML page to an {@link Article}: the main text with boilerplate removed, and title, date,
 * author, outlet and URL from meta tags and JSON-LD. Nothing in the page runs: jsoup only
 * parses, scripts and event handlers are dropped, and the tree depth is capped, so hostile
 * markup yields clean text or a per-document problem. Thread-safe (no state).
 */
final class HtmlArticles {
  /** Deeper markup is flattened by the parser; no news page needs more. */
  static final int MAX_DEPTH = 256;
  private static final String DROP = "script, style, noscript, template, iframe, object, embed, svg, math, canvas,"
      + " nav, header, footer, aside, form, button, select, input, textarea, dialog, menu, figure figcaption,"
      + " [hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=complementary], [role=contentinfo]";
  /** class or id values that mark navigation, ads, sharing and related-story blocks. */
  private static final Pattern BOILERPLATE = Pattern.compile("(?i)(^|[-_ ])(nav|navbar|menu|breadcrumbs?|share|sharing"
      + "|social|sharethis|addthis|related|read-?more|more-?stories|recommended|ads?|advert\\w*|sponsor\\w*|banner"
      + "|promo|newsletter|subscribe|sidebar|widget|comments?|cookie\\w*|popup|modal|tags|footer|header|masthead"
      + "|outbrain|taboola|print|author-bio|most-?read|trending)($|[-_ ])");
  /** Paragraphs that only point elsewhere: "read also", "اقرأ أيضا" and their kin. */
  private static final Pattern POINTER = Pattern.compile("(?i)^\\s*(read (also|more)|also read|see also|related( stories)?"
      + "|more on this|click here|follow us|share (this|on)|اقرأ\\s+(أيضا|أيضاً|ايضا|ايضاً|المزيد)|إقرأ\\s+(أيضا|أيضاً)"
      + "|شاهد\\s+(أيضا|أيضاً)|اقرا\\s+ايضا|تابعونا|تابعنا|للمزيد|اضغط هنا|شارك)\\b?.*");
  private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, dd, dt";

  private HtmlArticles() {}

  /**
   * Reads a page.
   *
   * @param charset the charset from an HTTP header, or null to let jsoup read the BOM and meta tags (UTF-8 by default)
   * @param url the page's address when known (WARC target URI), used as the base and the default url
   */
  static Entry read(byte[] bytes, String charset, String id, String url, String origin, String where) {
    String binary = Sniff.binaryReason(bytes);
    if (binary != null) {
      return new Entry.Problem(where, binary);
    }
    Document page;
    try {
      page = Jsoup.parse(new ByteArrayInputStream(bytes), usable(charset), url == null ? "" : url,
          Parser.htmlParser().setMaxDepth(MAX_DEPTH));
    } catch (IOException e) {
      return new Entry.Problem(where, "cannot read HTML: " + e.getMessage());
    }
    PageMeta meta = PageMeta.of(page);
    String body = mainText(page);
    if (body.length() < meta.articleBody().length() / 2) {
      body = meta.articleBody(); // the page hides its text (scripted rendering) but JSON-LD carries it
    }
    if (body.isBlank()) {
      return new Entry.Problem(where, "no article text found in the HTML page");
    }
    return Article.withHeader(id, body, meta.title(), meta.published(), meta.url() != null ? meta.url() : url,
        meta.outlet(), meta.author(), meta.lang(), origin, where);
  }

  private static String usable(String charset) {
    if (charset == null) {
      return null;
    }
    try {
      return Charset.isSupported(charset) ? charset : null;
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  /** The page's main text: one paragraph a line, blank lines between, boilerplate removed. */
  static String mainText(Document page) {
    Element body = page.body();
    if (body == null) {
      return "";
    }
    body.select(DROP).remove();
    removeComments(body);
    List<Element> noisy = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (e != body && (BOILERPLATE.matcher(e.className()).find() || BOILERPLATE.matcher(e.id()).find())
          && !isArticleRoot(e)) {
        noisy.add(e);
      }
    }
    noisy.forEach(Element::remove);
    Element root = chooseRoot(body);
    StringBuilder out = new StringBuilder();
    Elements blocks = root.select(BLOCKS);
    if (blocks.isEmpty()) {
      blocks = new Elements(root);
    }
    java.util.Set<Element> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Element b : blocks) {
      seen.add(b);
      if (insideAnother(b, root, seen)) {
        continue; // its text is already in an outer block
      }
      String text = clean(b.text());
      if (text.isEmpty() || POINTER.matcher(text).matches() || linkDensity(b, text) > 0.5) {
        continue;
      }
      out.append(text).append("\n\n");
    }
    return out.toString().strip();
  }

  private static boolean insideAnother(Element b, Element root, java.util.Set<Element> blocks) {
    for (Element p = b.parent(); p != null && p != root; p = p.parent()) {
      if (blocks.contains(p)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isArticleRoot(Element e) {
    return e.is("article, main, [itemprop=articleBody]");
  }

  /** The element holding most paragraph text: article markup first, else the densest parent of paragraphs. */
  private static Element chooseRoot(Element body) {
    Element marked = body.selectFirst("[itemprop=articleBody]");
    if (marked == null) {
      marked = largest(body.select("article"));
    }
    if (marked != null && marked.select("p").text().length() > 200) {
      return marked;
    }
    Element best = body;
    int bestScore = 0;
    java.util.Map<Element, Integer> score = new java.util.IdentityHashMap<>();
    for (Element p : body.select("p")) {
      Element parent = p.parent();
      if (parent != null) {
        int s = score.merge(parent, p.text().length(), Integer::sum);
        if (s > bestScore) {
          bestScore = s;
          best = parent;
        }
      }
    }
    return bestScore > 200 ? best : (marked != null ? marked : body);
  }

  private static Element largest(Elements es) {
    Element best = null;
    for (Element e : es) {
      if (best == null || e.text().length() > best.text().length()) {
        best = e;
      }
    }
    return best;
  }

  private static double linkDensity(Element b, String text) {
    int linked = 0;
    for (Element a : b.select("a")) {
      linked += a.text().length();
    }
    return (double) linked / text.length();
  }

  /** Text without bidi overrides, zero-width junk and control characters; spaces collapsed. */
  static String clean(String s) {
    return s.replaceAll("[\\u202A-\\u202E\\u2066-\\u2069\\u200B\\uFEFF\\p{Cc}&&[^\\n\\t]]", "")
        .replaceAll("[ \\t\\u00A0]+", " ").strip();
  }

  private static void removeComments(Element root) {
    List<Node> comments = new ArrayList<>();
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof org.jsoup.nodes.Comment || node instanceof org.jsoup.nodes.DataNode) {
        comments.add(node);
      }
    }, root);
    comments.forEach(Node::remove);
  }

  static String lowerOrNull(String s) {
    return s == null || s.isBlank() ? null : s.strip().toLowerCase(Locale.ROOT);
  }
}
