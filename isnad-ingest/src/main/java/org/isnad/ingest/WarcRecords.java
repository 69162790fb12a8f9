package org.isnad.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * Writes WARC/1.0 records the way Common Crawl's news crawl does (warcinfo, request and
 * response records, each its own gzip member in a {@code .warc.gz}), for tests and the
 * bad-input generator. Not a general WARC writer: no digests, no revisits.
 */
public final class WarcRecords {
  private WarcRecords() {}

  /** An HTTP response with this body, as a WARC response block. */
  public static byte[] httpResponse(int status, String contentType, byte[] body) {
    String head = "HTTP/1.1 " + status + (status == 200 ? " OK" : " Status") + "\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + body.length + "\r\n\r\n";
    return concat(head.getBytes(StandardCharsets.ISO_8859_1), body);
  }

  /** One record: its WARC headers, the block, and the two CRLFs after it. */
  public static byte[] record(String type, String uri, byte[] block) {
    String head = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Date: 2024-03-05T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:"
        + UUID.nameUUIDFromBytes(concat(uri == null ? new byte[0] : uri.getBytes(StandardCharsets.UTF_8), block))
        + ">\r\n" + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
        + "Content-Type: " + (type.equals("warcinfo") ? "application/warc-fields" : "application/http; msgtype=" + type)
        + "\r\nContent-Length: " + block.length + "\r\n\r\n";
    return concat(concat(head.getBytes(StandardCharsets.UTF_8), block), "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
  }

  /** A record as one gzip member, as in a {@code .warc.gz}. */
  public static byte[] gzip(byte[] record) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream z = new GZIPOutputStream(out)) {
      z.write(record);
    } catch (IOException e) {
      throw new IllegalStateException(e); // in memory: cannot happen
    }
    return out.toByteArray();
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] c = new byte[a.length + b.length];
    System.arraycopy(a, 0, c, 0, a.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
