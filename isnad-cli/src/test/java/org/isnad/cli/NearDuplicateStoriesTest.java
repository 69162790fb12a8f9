package org.isnad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One wire story run by several outlets: its facts count once, every outlet stays a source. */
class NearDuplicateStoriesTest {
  @TempDir Path dir;

  // An invented wire story; each outlet adds its own headline and footer.
  static final String WIRE = "The Palm Grove Foundation said on Sunday that it had donated three million dollars to the"
      + " Hope Orphans Society in the city of Jeddah, and the foundation said in a statement that the gift would pay for"
      + " a new school and its science laboratories. The chairman of the foundation, Khalid Omari, said it planned to"
      + " keep supporting education programmes in the region over the coming years.";

  private Path article(String name, String outlet, String title, String footer) throws IOException {
    return Files.writeString(dir.resolve(name), "outlet: " + outlet + "\ndate: 2024-05-12\ntitle: " + title + "\n\n" + WIRE
        + footer + "\n", StandardCharsets.UTF_8);
  }

  @Test
  void copiesInLaterRunsJoinTheStoryAndCountAsOneReport() throws Exception {
    Path a = article("gulf-wire.txt", "Gulf Wire", "Foundation gives to orphans", "");
    Path b = article("jeddah-times.txt", "Jeddah Times", "Palm Grove gift", "\n\nSource: Gulf Wire");
    Path c = article("red-sea-post.txt", "Red Sea Post", "Millions for orphans", "\nRead more: regional news");
    String db = dir.resolve("isnad.db").toString();

    assertThat(CliRun.of("ingest", "--db", db, "--no-progress", a.toString()).out()).contains("0 near-duplicate groups");
    // A later run finds the first copy through the signature the store kept.
    assertThat(CliRun.of("ingest", "--db", db, "--no-progress", b.toString(), c.toString()).out())
        .contains("2 new", "1 near-duplicate groups");

    List<String> stories = new ArrayList<>();
    try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + db);
        ResultSet r = conn.createStatement().executeQuery("SELECT doc_id, story, minhash FROM documents ORDER BY id")) {
      while (r.next()) {
        stories.add(r.getString(1) + "=" + r.getLong(2));
        assertThat(r.getString(3)).isNotBlank();
      }
    }
    assertThat(stories).containsExactly("gulf-wire=1", "jeddah-times=1", "red-sea-post=1");

    CliRun brief = CliRun.of("brief", "Palm Grove Foundation", "--db", db);
    assertThat(brief.exit()).as(brief.err()).isZero();
    assertThat(brief.out()).contains("donated 3,000,000 USD to Hope Orphans Society", "1 report in 3 articles",
        "[gulf-wire, Gulf Wire: Foundation gives to orphans]",
        "(the same story also in: jeddah-times, Jeddah Times; red-sea-post, Red Sea Post)");

    CliRun query = CliRun.of("query", "--type", "donation", "--format", "csv", "--db", db);
    assertThat(query.lines()[0]).endsWith(",reports,articles");
    assertThat(query.lines()[1]).endsWith(",1,gulf-wire jeddah-times red-sea-post");
  }

  @Test
  void differentStoriesOfOneEventAreSeparateReports() throws Exception {
    Path a = article("gulf-wire.txt", "Gulf Wire", "Foundation gives to orphans", "");
    Path other = Files.writeString(dir.resolve("own.txt"), "outlet: Hejaz Review\ndate: 2024-05-14\ntitle: A school for"
        + " orphans\n\nThe Palm Grove Foundation donated three million dollars to the Hope Orphans Society last week, its"
        + " director told our reporter, adding that builders would start on the new school in the summer once the city"
        + " council grants the permits.\n", StandardCharsets.UTF_8);
    String db = dir.resolve("two.db").toString();
    assertThat(CliRun.of("ingest", "--db", db, "--no-progress", a.toString(), other.toString()).out())
        .contains("0 near-duplicate groups");
    CliRun query = CliRun.of("query", "--type", "donation", "--format", "csv", "--db", db);
    assertThat(query.lines()).hasSize(2);
    assertThat(query.lines()[1]).endsWith(",2,gulf-wire own");
  }
}
