package org.isnad.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Guesses an input's format from its name or first bytes, and spots binary data. */
final class Sniff {
  enum Format { TEXT, HTML, JSONL, WARC }

  private Sniff() {}

  /** The format a file name says, or null when the name says nothing we read. */
  static Format byName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    }
    if (n.endsWith(".txt")) {
      return Format.TEXT;
    }
    if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
      return Format.HTML;
    }
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
      return Format.JSONL;
    }
    if (n.endsWith(".warc") || n.endsWith(".arc")) {
      return Format.WARC;
    }
    return null;
  }

  /** The format the first bytes suggest (after any gzip layer); plain text when nothing else fits. */
  static Format byContent(byte[] head, int n) {
    String s = new String(head, 0, n, StandardCharsets.ISO_8859_1).stripLeading();
    if (s.startsWith("\u00EF\u00BB\u00BF")) {
      s = s.substring(3).stripLeading(); // UTF-8 byte order mark
    }
    String lower = s.toLowerCase(Locale.ROOT);
    if (s.startsWith("WARC/")) {
      return Format.WARC;
    }
    if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.startsWith("<head")
        || lower.startsWith("<!--") || lower.startsWith("<body")) {
      return Format.HTML;
    }
    if (s.startsWith("{")) {
      return Format.JSONL;
    }
    return Format.TEXT;
  }

  static boolean isGzip(byte[] head, int n) {
    return n >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
  }

  /** Why these bytes are binary rather than a page or text, or null when they look like text. */
  static String binaryReason(byte[] b) {
    int n = Math.min(b.length, 8192);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xff;
      if (c == 0) {
        return "binary content (a NUL byte at offset " + i + "): isnad reads text and HTML";
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        controls++;
      }
    }
    return controls > 8 && controls * 20 > n ? "binary content (" + controls + " control bytes in the first "
        + n + "): isnad reads text and HTML" : null;
  }
}
