package org.isnad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.isnad.fact.FactsJson;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files: each bundled example article beside the JSON isnad extracts from it, compared
 * exactly, so that every change in what the pipeline reads shows in review. After an intended
 * change, rewrite them with {@code mvn test -pl isnad-core -Dtest=GoldenExtractionTest -Dgolden.update=true}
 * and read the diff.
 */
class GoldenExtractionTest {
  private static final Path ROOT = Path.of(System.getProperty("isnad.root", "../"));
  private static final Path GOLDEN = ROOT.resolve("isnad-core/src/test/resources/org/isnad/extract/golden");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TestFactory
  Stream<DynamicTest> extractsEachExampleAsItsGoldenFile() throws Exception {
    Path examples = ROOT.resolve("examples");
    assumeTrue(Files.isDirectory(examples), "needs examples/ at " + examples.toAbsolutePath());
    List<Path> texts;
    try (Stream<Path> s = Files.list(examples)) {
      texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    boolean update = Boolean.getBoolean("golden.update");
    return texts.stream().map(text -> DynamicTest.dynamicTest(text.getFileName().toString(), () -> {
      String id = text.getFileName().toString().replaceFirst("\\.txt$", "");
      String content = Files.readString(text, StandardCharsets.UTF_8);
      String actual = JSON.writerWithDefaultPrettyPrinter()
          .writeValueAsString(JSON.readTree(FactsJson.write(Extractor.standard().extract(id, content, "auto", null))))
          + "\n";
      Path golden = GOLDEN.resolve(id + ".json");
      if (update) {
        Files.createDirectories(GOLDEN);
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
      }
      assertThat(golden).as("golden file; create it with -Dgolden.update=true").exists();
      assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }));
  }
}
