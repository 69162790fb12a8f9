package org.isnad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.isnad.eval.SchemaCheck;
import org.junit.jupiter.api.Test;

/** Every document isnad extract prints for the examples and the dev sets is valid against facts-v1.schema.json. */
class OutputSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path ROOT = Path.of(System.getProperty("isnad.root", "../.."));
  private static final Path SHARED = Path.of(System.getProperty("isnad.shared", "../../shared"));

  @Test
  void everyExtractedDocumentMatchesTheSchema() throws Exception {
    List<String> files = new ArrayList<>();
    for (Path dir : List.of(ROOT.resolve("examples"), SHARED.resolve("eval/dev"), SHARED.resolve("eval/dev-en"))) {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> s = Files.list(dir)) {
          s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(p -> files.add(p.toString()));
        }
      }
    }
    assertThat(files).as("the bundled examples at least").isNotEmpty();
    List<String> args = new ArrayList<>(List.of("extract"));
    args.addAll(files);
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.exit()).as(run.err()).isZero();
    SchemaCheck check = new SchemaCheck();
    String[] lines = run.lines();
    assertThat(lines).hasSize(files.size());
    for (String line : lines) {
      JsonNode doc = JSON.readTree(line);
      assertThat(check.validate(doc)).as(doc.at("/doc/id").asText()).isEmpty();
    }
  }

  @Test
  void errorObjectsMatchTheSchemaToo() throws Exception {
    Path empty = Files.createTempFile("isnad-empty", ".txt");
    try {
      CliRun run = CliRun.of("extract", empty.toString());
      assertThat(new SchemaCheck().validate(JSON.readTree(run.lines()[0]))).isEmpty();
    } finally {
      Files.delete(empty);
    }
  }
}
