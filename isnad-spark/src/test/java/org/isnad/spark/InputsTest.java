package org.isnad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.isnad.text.Metadata;
import org.junit.jupiter.api.Test;

class InputsTest {
  private static Article line(String json) {
    return Inputs.fromJsonLine("/data/news.jsonl", json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void recordFieldsBecomeTheHeaderTheCliReads() {
    Article a = line("{\"id\": 7, \"title\": \"عنوان\", \"published\": \"2015-08-10 12:00:00\", \"url\": \"u\","
        + " \"lang\": \"AR\", \"text\": \"نص المقال.\"}");
    assertThat(a.id()).isEqualTo("7");
    assertThat(a.lang()).isEqualTo("ar");
    assertThat(a.asFile()).isEqualTo("url: u\ndate: 2015-08-10 12:00:00\ntitle: عنوان\n\nنص المقال.");
    Metadata m = Metadata.parse(a.asFile());
    assertThat(m.title()).isEqualTo("عنوان");
    assertThat(m.published()).hasToString("2015-08-10");
    assertThat(a.asFile().substring(m.bodyStart())).isEqualTo("نص المقال.");
  }

  @Test
  void aRecordWithoutMetadataIsItsTextAlone() {
    assertThat(line("{\"id\": \"a\", \"text\": \"Plain text.\"}").asFile()).isEqualTo("Plain text.");
  }

  @Test
  void aTitleWithLineBreaksStaysOneHeaderLine() {
    Article a = line("{\"id\": \"a\", \"title\": \"first\\u2028second\\nthird\", \"text\": \"Body.\"}");
    assertThat(Metadata.parse(a.asFile()).title()).isEqualTo("first second third");
  }

  @Test
  void blankLinesAreNotRecords() {
    assertThat(line("  \t")).isNull();
  }

  @Test
  void aBrokenLineIsThatLinesErrorWithAStableId() {
    Article a = line("{\"id\": \"x\", \"text\": \"cut");
    assertThat(a.ok()).isFalse();
    assertThat(a.error()).startsWith("a line that is not JSON");
    assertThat(a.id()).startsWith("line-").isEqualTo(line("{\"id\": \"x\", \"text\": \"cut").id());
    assertThat(a.path()).isEqualTo("/data/news.jsonl");
  }

  @Test
  void badBytesInALineAreAnEncodingError() {
    Article a = Inputs.fromJsonLine("f", new byte[] {'{', '"', (byte) 0xFF, '"', '}'});
    assertThat(a.error()).startsWith("a line of JSON Lines: not valid UTF-8");
  }

  @Test
  void anEmptyTextGetsTheCliMessage() {
    assertThat(line("{\"id\": \"e\", \"text\": \"\\n \"}").error()).startsWith("empty");
    assertThat(line("{\"id\": \"n\", \"text\": \"a\\u0000b\"}").error()).startsWith("binary content");
  }

  @Test
  void aRecordWithoutIdIsNamedByItsText() {
    Article a = line("{\"text\": \"Same text.\"}");
    assertThat(a.id()).startsWith("doc-").isEqualTo(line("{\"text\": \"Same text.\", \"title\": \"t\"}").id());
    assertThat(a.id()).isNotEqualTo(line("{\"text\": \"Other text.\"}").id());
  }

  @Test
  void aFileIsNamedLikeTheCliNamesIt() {
    assertThat(Inputs.fileId("/a/b/seed-ar.txt")).isEqualTo("seed-ar");
    assertThat(Inputs.fileId("/a/b/.hidden")).isEqualTo(".hidden");
    assertThat(Inputs.fileId("/a/b/v1.2.txt")).isEqualTo("v1.2");
    assertThat(Inputs.localPath("file:/tmp/a b/x.txt")).isEqualTo("/tmp/a b/x.txt");
    assertThat(Inputs.uriPath("file:///tmp/a%20b/x.jsonl")).isEqualTo("/tmp/a b/x.jsonl");
    assertThat(Inputs.uriPath("s3a://bucket/x.jsonl")).isEqualTo("s3a://bucket/x.jsonl");
    assertThat(Inputs.localPath("hdfs://nn/x.txt")).isEqualTo("hdfs://nn/x.txt");
  }

  @Test
  void evidenceIsSlicedByCodePoints() {
    assertThat(DocRows.codePointSlice("a😀bc", 1, 3)).isEqualTo("😀b");
    assertThat(DocRows.codePointSlice("abc", 2, 9)).isEqualTo("c");
  }
}
