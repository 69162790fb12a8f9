package org.isnad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The served OpenAPI description and the server's routes say the same thing. */
class OpenApiTest {
  private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

  @Test
  void describesEveryRouteAndNoOther(@TempDir Path dir) throws Exception {
    try (TestServer t = TestServer.start(dir, Server.Options.of(dir.resolve("isnad.db").toString()))) {
      JsonNode doc = Json.MAPPER.readTree(t.get("/api/openapi.json").body());
      assertThat(doc.get("openapi").asText()).startsWith("3.");
      List<String> described = new ArrayList<>();
      doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> {
        if (METHODS.contains(m)) {
          described.add(m + " " + p.getKey());
        }
      }));
      assertThat(t.server.routes()).isNotEmpty().containsExactlyInAnyOrderElementsOf(described);
    }
  }

  @Test
  void everySchemaReferenceResolves(@TempDir Path dir) throws Exception {
    try (TestServer t = TestServer.start(dir, Server.Options.of(dir.resolve("isnad.db").toString()))) {
      JsonNode doc = Json.MAPPER.readTree(t.get("/api/openapi.json").body());
      List<String> refs = new ArrayList<>();
      collect(doc, refs);
      assertThat(refs).isNotEmpty();
      for (String ref : refs) {
        assertThat(ref).startsWith("#/");
        assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
      }
      doc.get("paths").forEach(p -> p.forEach(op -> {
        if (op.isObject() && op.has("responses")) {
          assertThat(op.get("operationId").asText()).isNotBlank();
        }
      }));
    }
  }

  private static void collect(JsonNode n, List<String> refs) {
    if (n.isObject()) {
      n.fields().forEachRemaining(f -> {
        if (f.getKey().equals("$ref")) {
          refs.add(f.getValue().asText());
        } else {
          collect(f.getValue(), refs);
        }
      });
    } else if (n.isArray()) {
      n.forEach(c -> collect(c, refs));
    }
  }
}
