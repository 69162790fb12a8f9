package org.isnad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesTest {
  @TempDir Path dir;

  @Test
  void readsOneArticleALineWithItsFields() throws IOException {
    String line = "{\"id\":\"n1\",\"text\":\"أعلنت المؤسسة عن تبرع.\",\"title\":\"تبرع\",\"date\":\"2024-03-05T08:00:00Z\","
        + "\"url\":\"https://example.org/1\",\"lang\":\"ar\",\"outlet\":\"الخليج\"}\n";
    Path f = Files.writeString(dir.resolve("news.jsonl"), line + "\n" + line.replace("n1", "n2"), StandardCharsets.UTF_8);
    List<Article> got = Read.articles(Read.file(f));
    assertThat(got).extracting(Article::id).containsExactly("n1", "n2");
    Article a = got.get(0);
    assertThat(a.title()).isEqualTo("تبرع");
    assertThat(a.published()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(a.url()).isEqualTo("https://example.org/1");
    assertThat(a.outlet()).isEqualTo("الخليج");
    assertThat(a.lang()).isEqualTo("ar");
    assertThat(a.body()).isEqualTo("أعلنت المؤسسة عن تبرع.");
    assertThat(a.where()).isEqualTo(f + ":1");
    assertThat(got.get(1).where()).isEqualTo(f + ":3"); // the blank line still counts as a line
  }

  @Test
  void aBadLineIsAnErrorForThatLineOnly() throws IOException {
    String text = "{\"text\":\"أول\"}\n{\"text\": \"مقطوع\n[1,2]\n{\"title\":\"بلا نص\"}\n" + "[".repeat(5000) + "\n"
        + "{\"text\":\"أخير\"}\n";
    Path f = Files.writeString(dir.resolve("mixed.jsonl"), text, StandardCharsets.UTF_8);
    List<Entry> got = Read.file(f);
    assertThat(Read.articles(got)).extracting(Article::body).containsExactly("أول", "أخير");
    assertThat(Read.problems(got)).extracting(Entry.Problem::where)
        .containsExactly(f + ":2", f + ":3", f + ":4", f + ":5");
    assertThat(Read.problems(got).get(2).message()).contains("\"text\"");
  }

  @Test
  void invalidBytesOnALineAreThatLinesProblem() throws IOException {
    byte[] bad = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC0, '"', '}', '\n'};
    Path f = dir.resolve("bytes.jsonl");
    Files.write(f, bad);
    Files.writeString(f, "{\"text\":\"سليم\"}\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    List<Entry> got = Read.file(f);
    assertThat(Read.problems(got)).singleElement().satisfies(p -> assertThat(p.message()).contains("UTF-8"));
    assertThat(Read.articles(got)).hasSize(1);
  }

  @Test
  void aLineOverTheCapIsSkippedWithoutHoldingIt() throws IOException {
    Path f = dir.resolve("long.jsonl");
    try (OutputStream out = Files.newOutputStream(f)) {
      out.write("{\"text\":\"".getBytes(StandardCharsets.UTF_8));
      byte[] chunk = "ا".repeat(50_000).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 20; i++) {
        out.write(chunk); // 2 MB on one line, against a 64 KB cap
      }
      out.write("\"}\n{\"text\":\"بعده\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    List<Entry> got = Read.file(f, 64 * 1024);
    assertThat(Read.problems(got)).singleElement().satisfies(p -> assertThat(p.message()).startsWith("line too long: 2000011"));
    assertThat(Read.articles(got)).extracting(Article::body).containsExactly("بعده");
  }

  @Test
  void givesUpOnAFileThatIsNotJsonLines() throws IOException {
    Path f = Files.writeString(dir.resolve("lines.jsonl"), "ب\n".repeat(10_000), StandardCharsets.UTF_8);
    List<Entry> got = Read.file(f);
    assertThat(got).hasSize(JsonLines.GIVE_UP + 1);
    assertThat(((Entry.Problem) got.get(got.size() - 1)).message()).startsWith("stopped");
  }
}
