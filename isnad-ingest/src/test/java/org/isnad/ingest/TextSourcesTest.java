package org.isnad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextSourcesTest {
  @TempDir Path dir;

  private static final String ARTICLE = "title: تبرع للمستشفى\nurl: https://example.org/a\noutlet: الخليج\n"
      + "date: 2024-03-05\nauthor: ليلى منصور\n\nأعلنت المؤسسة عن تبرع بمبلغ خمسة ملايين دولار.\n";

  @Test
  void readsTextFileWithHeaderBlock() throws IOException {
    Path f = Files.writeString(dir.resolve("a-1.txt"), ARTICLE, StandardCharsets.UTF_8);
    List<Entry> got = Read.file(f);
    assertThat(got).hasSize(1);
    Article a = (Article) got.get(0);
    assertThat(a.id()).isEqualTo("a-1");
    assertThat(a.text()).isEqualTo(ARTICLE); // exactly as read: offsets point into the file
    assertThat(a.title()).isEqualTo("تبرع للمستشفى");
    assertThat(a.url()).isEqualTo("https://example.org/a");
    assertThat(a.outlet()).isEqualTo("الخليج");
    assertThat(a.author()).isEqualTo("ليلى منصور");
    assertThat(a.published()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(a.body()).startsWith("أعلنت");
    assertThat(a.where()).isEqualTo(f.toString());
  }

  @Test
  void invalidUtf8IsAProblemForThatFileOnly() throws IOException {
    Path bad = Files.write(dir.resolve("bad.txt"), new byte[] {'a', (byte) 0xC3, 0x28});
    List<Entry> got = Read.file(bad);
    assertThat(Read.problems(got)).singleElement().satisfies(p -> assertThat(p.message()).contains("UTF-8"));
  }

  @Test
  void tooLargeFileIsAProblemWithoutReadingItAll() throws IOException {
    Path big = Files.writeString(dir.resolve("big.txt"), "ب".repeat(5000));
    assertThat(Read.problems(Read.file(big, 1000))).singleElement()
        .satisfies(p -> assertThat(p.message()).startsWith("too large"));
  }

  @Test
  void missingFileAndDirectoryAreProblems() {
    assertThat(Read.problems(Read.file(dir.resolve("nope.txt")))).singleElement()
        .satisfies(p -> assertThat(p.message()).isEqualTo("no such file"));
    assertThat(Read.problems(Read.file(dir))).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("directory"));
  }

  @Test
  void readsStdinAndSniffsItsFormat() {
    assertThat(Read.articles(Read.stdin(ARTICLE.getBytes(StandardCharsets.UTF_8)))).singleElement()
        .satisfies(a -> {
          assertThat(a.origin()).isEqualTo("<stdin>");
          assertThat(a.title()).isEqualTo("تبرع للمستشفى");
        });
    byte[] jsonl = "{\"text\": \"نص أول\"}\n{\"text\": \"نص ثان\"}\n".getBytes(StandardCharsets.UTF_8);
    assertThat(Read.articles(Read.stdin(jsonl))).extracting(Article::body).containsExactly("نص أول", "نص ثان");
    byte[] html = "<!DOCTYPE html><html><body><p>نص الصفحة</p></body></html>".getBytes(StandardCharsets.UTF_8);
    assertThat(Read.articles(Read.stdin(html))).singleElement().satisfies(a -> assertThat(a.body()).isEqualTo("نص الصفحة"));
  }

  @Test
  void walksDirectoriesRecursivelyForKnownFormatsOnly() throws IOException {
    Path sub = Files.createDirectories(dir.resolve("x/y"));
    Files.writeString(dir.resolve("b.txt"), "نص", StandardCharsets.UTF_8);
    Files.writeString(sub.resolve("a.html"), "<p>نص</p>", StandardCharsets.UTF_8);
    Files.writeString(sub.resolve("c.jsonl"), "{\"text\": \"نص\"}\n", StandardCharsets.UTF_8);
    Files.writeString(sub.resolve("notes.md"), "# not an article", StandardCharsets.UTF_8);
    Files.write(sub.resolve("d.warc.gz"), new byte[0]);
    List<String> files = Sources.expand(List.of(dir.toString()));
    assertThat(files).extracting(f -> Path.of(f).getFileName().toString())
        .containsExactlyInAnyOrder("b.txt", "a.html", "c.jsonl", "d.warc.gz");
    List<Entry> all = new ArrayList<>();
    Sources.standard().readAll(List.of(dir.toString()), all::add);
    assertThat(Read.articles(all)).hasSize(3);
  }

  @Test
  void dropsKnownExtensionsFromIds() {
    assertThat(Sources.defaultId("/x/crawl-01.warc.gz")).isEqualTo("crawl-01");
    assertThat(Sources.defaultId("/x/news.jsonl")).isEqualTo("news");
    assertThat(Sources.defaultId("-")).isEqualTo("stdin");
  }
}
