package org.isnad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The invented evaluation sets shipped in eval/ are well formed: every gold file has its text,
 * every role names a declared entity, and every entity is written in its text as one of its
 * aliases. A broken gold file would make the published figures meaningless.
 */
class EvalSetsTest {

  private static Path set(String name) {
    return Path.of(System.getProperty("isnad.root", ".."), "eval", name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"probes", "probes2", "holdout"})
  void everyGoldFileIsConsistentWithItsText(String name) throws IOException {
    List<Path> files = Scorer.goldFiles(List.of(set(name)));
    assertThat(files).hasSizeGreaterThanOrEqualTo(10);
    List<String> problems = new ArrayList<>();
    for (Path f : files) {
      Path txt = Scorer.textBeside(f);
      assertThat(txt).exists();
      String text = Files.readString(txt, StandardCharsets.UTF_8);
      JsonNode gold = Scorer.readGold(List.of(f)).get(0);
      JsonNode entities = gold.get("entities");
      entities.fields().forEachRemaining(e -> {
        boolean written = false;
        for (JsonNode alias : e.getValue().get("aliases")) {
          written |= text.contains(alias.asText());
        }
        if (!written) {
          problems.add(f.getFileName() + ": entity " + e.getKey() + " is written in none of its aliases");
        }
      });
      for (JsonNode fact : gold.get("facts")) {
        fact.get("roles").fields().forEachRemaining(r -> {
          List<JsonNode> ids = new ArrayList<>();
          if (r.getValue().isArray()) {
            r.getValue().forEach(ids::add);
          } else {
            ids.add(r.getValue());
          }
          for (JsonNode id : ids) {
            if (!entities.has(id.asText())) {
              problems.add(f.getFileName() + ": " + fact.path("id").asText() + " names undeclared " + id.asText());
            }
          }
        });
      }
    }
    assertThat(problems).isEmpty();
  }
}
