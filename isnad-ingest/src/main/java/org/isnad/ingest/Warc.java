package org.isnad.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * WARC files as Common Crawl's news crawl writes them (WARC/1.0 and 1.1, one gzip member per
 * record, read through by the caller's {@link GZIPInputStream}): each {@code response} record with
 * an HTML payload becomes an article; request, metadata and warcinfo records, non-HTML payloads
 * and HTTP errors are skipped. Records are read one at a time, so memory stays at one record,
 * capped at {@code maxRecord} bytes: a larger record is skipped over with a per-record problem.
 * Written here rather than taken from a library: the format is small and this keeps the jar lean.
 */
final class Warc {
  private static final int MAX_HEADER_LINE = 16 * 1024;
  private static final int MAX_HEADERS = 256;
  private static final Pattern CHARSET = Pattern.compile("(?i)charset=[\"']?([\\w.:-]+)");

  private Warc() {}

  /** Reads records until the end; throws only when the stream itself breaks (truncated gzip, bad framing). */
  static void read(InputStream in, String origin, String baseId, int maxRecord, Consumer<Entry> sink)
      throws IOException {
    long record = 0;
    while (true) {
      String version = line(in, true);
      while (version != null && version.isEmpty()) {
        version = line(in, true); // blank lines between records
      }
      if (version == null) {
        return;
      }
      record++;
      String where = origin + "@" + record;
      if (!version.startsWith("WARC/")) {
        throw new IOException("record " + record + " does not start with WARC/ (found '" + abbreviate(version)
            + "'): not a WARC file, or its framing is broken");
      }
      Map<String, String> headers = headers(in);
      long length;
      try {
        length = Long.parseLong(headers.getOrDefault("content-length", "").strip());
      } catch (NumberFormatException e) {
        throw new IOException("record " + record + " has no valid Content-Length; cannot find the next record");
      }
      if (length < 0) {
        throw new IOException("record " + record + " has a negative Content-Length");
      }
      if (length > maxRecord) {
        in.skipNBytes(length);
        sink.accept(new Entry.Problem(where, "record too large: " + length + " bytes, the limit is " + maxRecord));
        continue;
      }
      byte[] block = in.readNBytes((int) length);
      if (block.length < length) {
        throw new EOFException("record " + record + " is truncated: " + block.length + " of " + length + " bytes");
      }
      String type = headers.getOrDefault("warc-type", "");
      if (!type.equalsIgnoreCase("response")) {
        continue; // warcinfo, request, metadata: not articles, and not worth a message each
      }
      String id = baseId + "#" + record;
      sink.accept(response(block, headers.get("warc-target-uri"), id, origin, record, maxRecord));
    }
  }

  private static Entry response(byte[] block, String uri, String id, String origin, long record, int maxRecord) {
    String where = origin + "@" + record;
    ByteArrayInputStream in = new ByteArrayInputStream(block);
    Map<String, String> http;
    String status;
    try {
      status = line(in, false);
      if (status == null || !status.startsWith("HTTP/")) {
        return new Entry.Problem(where, "response record without an HTTP status line");
      }
      http = headers(in);
    } catch (IOException e) {
      return new Entry.Problem(where, "bad HTTP headers: " + e.getMessage());
    }
    String[] parts = status.split(" ");
    if (parts.length < 2 || !parts[1].startsWith("2")) {
      return new Entry.Skipped(where, "HTTP status " + (parts.length > 1 ? parts[1] : "?"));
    }
    String type = http.getOrDefault("content-type", "text/html").toLowerCase(Locale.ROOT);
    if (!type.contains("html")) {
      return new Entry.Skipped(where, "not HTML: " + abbreviate(type));
    }
    byte[] payload = in.readAllBytes();
    try {
      if (http.getOrDefault("transfer-encoding", "").toLowerCase(Locale.ROOT).contains("chunked")) {
        payload = dechunk(payload);
      }
      String encoding = http.getOrDefault("content-encoding", "").toLowerCase(Locale.ROOT);
      if (encoding.contains("gzip")) {
        try (InputStream z = new GZIPInputStream(new ByteArrayInputStream(payload))) {
          payload = z.readNBytes(maxRecord + 1);
        }
        if (payload.length > maxRecord) {
          return new Entry.Problem(where, "payload too large once decompressed: over " + maxRecord + " bytes");
        }
      }
    } catch (IOException e) {
      return new Entry.Problem(where, "cannot decode the HTTP payload: " + e.getMessage());
    }
    Matcher m = CHARSET.matcher(type);
    return HtmlArticles.read(payload, m.find() ? m.group(1) : null, id, uri, origin, where);
  }

  private static byte[] dechunk(byte[] data) throws IOException {
    ByteArrayInputStream in = new ByteArrayInputStream(data);
    ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
    while (true) {
      String size = line(in, false);
      if (size == null) {
        throw new EOFException("chunked payload ends without its last chunk");
      }
      int n;
      try {
        n = Integer.parseInt(size.replaceAll(";.*", "").strip(), 16);
      } catch (NumberFormatException e) {
        throw new IOException("bad chunk size '" + abbreviate(size) + "'");
      }
      if (n == 0) {
        return out.toByteArray();
      }
      if (n < 0 || n > in.available()) {
        throw new EOFException("chunk of " + n + " bytes is truncated");
      }
      out.write(in.readNBytes(n));
      line(in, false);
    }
  }

  private static Map<String, String> headers(InputStream in) throws IOException {
    Map<String, String> h = new LinkedHashMap<>();
    for (int i = 0; ; i++) {
      String l = line(in, false);
      if (l == null || l.isEmpty()) {
        return h;
      }
      if (i == MAX_HEADERS) {
        throw new IOException("more than " + MAX_HEADERS + " header lines");
      }
      int colon = l.indexOf(':');
      if (colon > 0) {
        h.putIfAbsent(l.substring(0, colon).strip().toLowerCase(Locale.ROOT), l.substring(colon + 1).strip());
      }
    }
  }

  /** One line without its CR LF, as Latin-1 (headers are ASCII), or null at the end of the stream. */
  private static String line(InputStream in, boolean atRecordStart) throws IOException {
    StringBuilder b = new StringBuilder();
    int c;
    while ((c = in.read()) != -1) {
      if (c == '\n') {
        break;
      }
      if (b.length() == MAX_HEADER_LINE) {
        throw new IOException((atRecordStart ? "junk between records" : "a header line") + " longer than "
            + MAX_HEADER_LINE + " bytes");
      }
      b.append((char) c);
    }
    if (c == -1 && b.length() == 0) {
      return null;
    }
    int n = b.length();
    return n > 0 && b.charAt(n - 1) == '\r' ? b.substring(0, n - 1) : b.toString();
  }

  private static String abbreviate(String s) {
    String t = s.replaceAll("\\p{Cntrl}", "?");
    return t.length() > 60 ? t.substring(0, 60) + "…" : t;
  }
}
