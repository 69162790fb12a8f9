package org.isnad.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With --token, writes need the bearer token and reads stay open. */
class TokenTest {
  @Test
  void writesNeedTheTokenReadsDoNot(@TempDir Path dir) {
    Server.Options o = Server.Options.of(dir.resolve("isnad.db").toString()).withToken("s3cret-token");
    try (TestServer t = TestServer.start(dir, o)) {
      String article = "The Halvard Group paid $2 million to the Brightwater Council, the council said.";
      assertThat(t.post("/api/documents?id=a", article, "text/plain", List.of()).statusCode()).isEqualTo(401);
      assertThat(t.post("/api/documents?id=a", article, "text/plain", List.of("Authorization", "Bearer wrong"))
          .statusCode()).isEqualTo(401);
      assertThat(t.post("/api/documents?id=a", article, "text/plain", List.of("Authorization", "s3cret-token"))
          .statusCode()).isEqualTo(401);
      assertThat(t.get("/api/documents/a").statusCode()).isEqualTo(404);
      assertThat(t.post("/api/documents?id=a", article, "text/plain", List.of("Authorization", "Bearer s3cret-token"))
          .statusCode()).isEqualTo(201);
      assertThat(t.get("/api/documents/a").statusCode()).isEqualTo(200);
      assertThat(t.get("/api/entities?q=Halvard").statusCode()).isEqualTo(200);
    }
  }
}
