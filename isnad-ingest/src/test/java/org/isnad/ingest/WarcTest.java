package org.isnad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcTest {
  @TempDir Path dir;

  private static byte[] page(String title, String text) {
    return ("<html><head><title>" + title + "</title><meta property=\"article:published_time\" content=\"2024-03-05\">"
        + "</head><body><nav>القائمة</nav><article><p>" + text + "</p></article></body></html>")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A news-crawl-like file: warcinfo, then request/response pairs, an image, a 404, another page. */
  private static byte[] crawl(boolean gzip) throws IOException {
    List<byte[]> records = List.of(
        WarcRecords.record("warcinfo", null, "software: test\r\n".getBytes(StandardCharsets.UTF_8)),
        WarcRecords.record("request", "https://example.org/1", "GET /1 HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.UTF_8)),
        WarcRecords.record("response", "https://example.org/1",
            WarcRecords.httpResponse(200, "text/html; charset=UTF-8", page("الخبر الأول", "تبرعت المؤسسة بمليون دولار."))),
        WarcRecords.record("response", "https://example.org/logo.png",
            WarcRecords.httpResponse(200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0})),
        WarcRecords.record("response", "https://example.org/gone",
            WarcRecords.httpResponse(404, "text/html", page("غير موجود", "لا شيء"))),
        WarcRecords.record("response", "https://example.org/2",
            WarcRecords.httpResponse(200, "text/html", page("الخبر الثاني", "The fund paid two million dollars."))));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] r : records) {
      out.write(gzip ? WarcRecords.gzip(r) : r);
    }
    return out.toByteArray();
  }

  @Test
  void readsResponseRecordsOfAGzippedCrawl() throws IOException {
    Path f = Files.write(dir.resolve("news.warc.gz"), crawl(true));
    List<Entry> got = Read.file(f);
    List<Article> articles = Read.articles(got);
    assertThat(articles).extracting(Article::title).containsExactly("الخبر الأول", "الخبر الثاني");
    Article first = articles.get(0);
    assertThat(first.url()).isEqualTo("https://example.org/1");
    assertThat(first.body()).isEqualTo("تبرعت المؤسسة بمليون دولار.");
    assertThat(first.published()).hasToString("2024-03-05");
    assertThat(first.id()).isEqualTo("news#3");
    assertThat(first.where()).isEqualTo(f + "@3");
    assertThat(Read.problems(got)).isEmpty();
    assertThat(got).filteredOn(e -> e instanceof Entry.Skipped).hasSize(2); // the image and the 404
  }

  @Test
  void readsAnUncompressedCrawlTheSameWay() throws IOException {
    Path f = Files.write(dir.resolve("news.warc"), crawl(false));
    assertThat(Read.articles(Read.file(f))).extracting(Article::title).containsExactly("الخبر الأول", "الخبر الثاني");
  }

  @Test
  void truncatedGzipKeepsWhatCameBeforeAndSaysSo() throws IOException {
    byte[] whole = crawl(true);
    Path f = Files.write(dir.resolve("cut.warc.gz"), Arrays.copyOf(whole, whole.length - 40));
    List<Entry> got = Read.file(f);
    assertThat(Read.articles(got)).extracting(Article::title).containsExactly("الخبر الأول");
    assertThat(Read.problems(got)).singleElement().satisfies(p -> assertThat(p.message()).contains("truncated"));
  }

  @Test
  void truncatedPlainWarcIsAProblem() throws IOException {
    byte[] whole = crawl(false);
    Path f = Files.write(dir.resolve("cut.warc"), Arrays.copyOf(whole, whole.length - 40));
    assertThat(Read.problems(Read.file(f))).singleElement().satisfies(p -> assertThat(p.message()).contains("truncated"));
  }

  @Test
  void recordOverTheCapIsSkippedAndTheNextOneRead() throws IOException {
    byte[] big = WarcRecords.record("response", "https://example.org/big",
        WarcRecords.httpResponse(200, "text/html", page("كبير", "ن".repeat(100_000))));
    byte[] small = WarcRecords.record("response", "https://example.org/small",
        WarcRecords.httpResponse(200, "text/html", page("صغير", "نص قصير")));
    Path f = Files.write(dir.resolve("caps.warc.gz"), WarcRecords.concat(WarcRecords.gzip(big), WarcRecords.gzip(small)));
    List<Entry> got = Read.file(f, 64 * 1024);
    assertThat(Read.problems(got)).singleElement().satisfies(p -> assertThat(p.message()).startsWith("record too large"));
    assertThat(Read.articles(got)).extracting(Article::title).containsExactly("صغير");
  }

  @Test
  void decodesChunkedAndGzippedPayloads() throws IOException {
    byte[] html = page("مضغوط", "نص مضغوط ومقسم");
    byte[] gz = WarcRecords.gzip(html);
    String head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(head.getBytes(StandardCharsets.ISO_8859_1));
    int half = gz.length / 2;
    body.write((Integer.toHexString(half) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    body.write(gz, 0, half);
    body.write(("\r\n" + Integer.toHexString(gz.length - half) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    body.write(gz, half, gz.length - half);
    body.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    Path f = Files.write(dir.resolve("chunked.warc"), WarcRecords.record("response", "https://e.org/z", body.toByteArray()));
    assertThat(Read.articles(Read.file(f))).singleElement().satisfies(a -> assertThat(a.body()).isEqualTo("نص مضغوط ومقسم"));
  }

  @Test
  void aFileThatIsNotWarcIsOneProblem() throws IOException {
    Path f = Files.writeString(dir.resolve("fake.warc"), "hello\nworld\n");
    assertThat(Read.file(f)).singleElement().isInstanceOf(Entry.Problem.class);
  }
}
