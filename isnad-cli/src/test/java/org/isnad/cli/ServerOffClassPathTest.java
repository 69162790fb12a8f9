package org.isnad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The CLI's tests run without the server and its web stack (docs/architecture.md); the shaded jar has them. */
class ServerOffClassPathTest {
  @Test
  void theServerAndJettyAreNotOnTheTestClassPath() {
    for (String name : new String[] {"org.isnad.server.ServeCommand", "io.javalin.Javalin", "org.eclipse.jetty.server.Server",
        "jakarta.servlet.Servlet", "kotlin.Unit"}) {
      assertThatThrownBy(() -> Class.forName(name)).as(name).isInstanceOf(ClassNotFoundException.class);
    }
  }

  @Test
  void withoutTheServerTheCommandHasNoServeButEverythingElse() {
    assertThat(Main.commandLine().getSubcommands()).doesNotContainKey("serve").containsKeys("ingest", "brief", "bench");
    assertThat(Main.commandLine().getSubcommands().get("bench").getSubcommands()).doesNotContainKey("serve")
        .containsKey("store");
  }
}
