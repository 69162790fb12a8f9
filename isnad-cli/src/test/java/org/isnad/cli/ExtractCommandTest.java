package org.isnad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ARTICLE = "title: تجربة\ndate: 2024-12-13\n\n"
      + "أكدت شركة OpenAI يوم الجمعة أنها تبرعت بمليون دولار لصندوق الإغاثة.\n";

  @TempDir
  Path dir;

  private Path write(String name, byte[] bytes) throws Exception {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  @Test
  void printsOneJsonObjectPerArticleWithTheHeaderAsMetadata() throws Exception {
    Path a = write("first.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
    CliRun run = CliRun.of("extract", a.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.lines()).hasSize(1);
    JsonNode doc = JSON.readTree(run.lines()[0]);
    assertThat(doc.get("schema").asText()).isEqualTo("isnad.facts/1");
    assertThat(doc.at("/doc/id").asText()).isEqualTo("first");
    assertThat(doc.at("/doc/lang").asText()).isEqualTo("ar");
    assertThat(doc.at("/doc/title").asText()).isEqualTo("تجربة");
    assertThat(doc.at("/doc/published").asText()).isEqualTo("2024-12-13");
    assertThat(doc.at("/doc/chars").asInt()).isEqualTo(ARTICLE.codePointCount(0, ARTICLE.length()));
  }

  @Test
  void optionsSetIdLanguageAndPublicationDate() throws Exception {
    Path a = write("a.txt", "Acme Corp donated $5 million to the Red Fund on Friday.\n".getBytes(StandardCharsets.UTF_8));
    CliRun run = CliRun.of("extract", "--id", "custom", "--lang", "en", "--published", "2025-01-03", a.toString());
    JsonNode doc = JSON.readTree(run.lines()[0]);
    assertThat(doc.at("/doc/id").asText()).isEqualTo("custom");
    assertThat(doc.at("/doc/lang").asText()).isEqualTo("en");
    assertThat(doc.at("/doc/published").asText()).isEqualTo("2025-01-03");
  }

  @Test
  void badInputsGiveErrorObjectsWhileTheOthersStillPrint() throws Exception {
    Path good = write("good.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
    Path empty = write("empty.txt", new byte[0]);
    Path binary = write("binary.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
    Path latin1 = write("latin1.txt", "Caf\u00e9 d\u00e9j\u00e0 vu, na\u00efve r\u00e9sum\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    Path folder = Files.createDirectory(dir.resolve("folder"));
    Path good2 = write("good2.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));

    CliRun run = CliRun.of("extract", good.toString(), empty.toString(), binary.toString(), latin1.toString(),
        folder.toString(), good2.toString());

    assertThat(run.exit()).isNotZero();
    String[] lines = run.lines();
    assertThat(lines).hasSize(6);
    assertThat(JSON.readTree(lines[0]).has("facts")).isTrue();
    assertThat(JSON.readTree(lines[1]).get("error").asText()).contains("empty");
    assertThat(JSON.readTree(lines[2]).get("error").asText()).contains("binary");
    assertThat(JSON.readTree(lines[3]).get("error").asText()).contains("UTF-8");
    assertThat(JSON.readTree(lines[4]).get("error").asText()).contains("directory");
    assertThat(JSON.readTree(lines[5]).at("/doc/id").asText()).isEqualTo("good2");
    assertThat(JSON.readTree(lines[2]).at("/doc/id").asText()).isEqualTo("binary");
    assertThat(run.err()).contains("4 of 6 documents could not be read");
  }

  @Test
  void offsetsAreCodePointsOfTheOriginalText() throws Exception {
    // An emoji outside the BMP before the name shifts UTF-16 indexes but not code points.
    String text = "\uD83D\uDCB0 أكدت شركة OpenAI أنها تبرعت بمليون دولار.\n";
    Path a = write("emoji.txt", text.getBytes(StandardCharsets.UTF_8));
    JsonNode doc = JSON.readTree(CliRun.of("extract", a.toString()).lines()[0]);
    int[] cps = text.codePoints().toArray();
    for (JsonNode e : doc.get("entities")) {
      for (JsonNode m : e.get("mentions")) {
        String seen = new String(cps, m.get(0).asInt(), m.get(1).asInt() - m.get(0).asInt());
        assertThat(e.get("name").asText() + " " + e.get("aliases")).contains(seen);
      }
    }
    assertThat(doc.get("entities")).isNotEmpty();
  }

  @Test
  void rejectsAnUnknownLanguage() throws Exception {
    Path a = write("a.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
    CliRun run = CliRun.of("extract", "--lang", "fr", a.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--lang");
  }
}
