package org.isnad.eval.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconBuilderTest {

  @Test
  void rebuildsTheShippedLexiconExactly(@TempDir Path tmp) throws IOException {
    String shared = System.getProperty("isnad.shared");
    String root = System.getProperty("isnad.root");
    assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "data")), "needs ../shared/data");
    assumeTrue(root != null, "needs isnad.root");
    Path out = tmp.resolve("stems.tsv");
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    int entries = LexiconBuilder.buildLexicon(Path.of(shared), out, new PrintStream(log, true, StandardCharsets.UTF_8));

    Path shipped = Path.of(root, "isnad-core/src/main/resources/org/isnad/text/ar/stems.tsv");
    assertThat(entries).isGreaterThan(50_000);
    assertThat(Files.size(out)).as("the resource stays small").isLessThan(3_000_000);
    assertThat(log.toString(StandardCharsets.UTF_8)).doesNotContain("saudinewsnet");
    assertThat(Files.readAllLines(out, StandardCharsets.UTF_8))
        .as("the shipped stems.tsv is what the builder makes; rebuild it with LexiconBuilder")
        .isEqualTo(Files.readAllLines(shipped, StandardCharsets.UTF_8));
  }

  @Test
  void marksNamesAndKeepsCountsInTheShippedLexicon() throws IOException {
    String root = System.getProperty("isnad.root");
    assumeTrue(root != null, "needs isnad.root");
    List<String> lines = Files.readAllLines(
        Path.of(root, "isnad-core/src/main/resources/org/isnad/text/ar/stems.tsv"), StandardCharsets.UTF_8);
    assertThat(lines.get(0)).startsWith("# isnad stem lexicon");
    assertThat(lines).anyMatch(l -> l.startsWith("التمان\t") && l.contains("N"));
    assertThat(lines).anyMatch(l -> l.matches("شركه\t\\d+\tT"));
  }
}
