package org.isnad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.isnad.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
  @TempDir Path dir;
  String db;

  @BeforeEach
  void fill() {
    db = dir.resolve("isnad.db").toString();
    try (Store s = Store.open(db)) {
      s.put(BriefCommandTest.article("wsj-1", "en", "Wall Street Journal", 1e6, "planned", true), null);
      s.put(BriefCommandTest.article("awsat-1", "ar", "الشرق الأوسط", 1e6, "planned", false), null);
    }
  }

  @Test
  void writesEachFormatWhereItIsAsked() throws Exception {
    CliRun ftm = CliRun.of("export", "--format", "ftm", "--db", db);
    assertThat(ftm.exit()).as(ftm.err()).isZero();
    assertThat(ftm.out()).contains("\"schema\":\"Payment\"", "أمازون");
    assertThat(ftm.err()).contains("isnad export: 3 entities, 2 facts (1 more with no form in ftm)");

    Path gexf = dir.resolve("out/graph.gexf");
    assertThat(CliRun.of("export", "--format", "gexf", "--out", gexf.toString(), "--db", db).exit()).isZero();
    assertThat(Files.readString(gexf, StandardCharsets.UTF_8)).contains("<gexf", "kind=\"donation\"");

    Path csv = dir.resolve("csv");
    assertThat(CliRun.of("export", "--format", "csv", "--out", csv.toString(), "--db", db).exit()).isZero();
    assertThat(csv.resolve("entities.csv")).exists();
    assertThat(csv.resolve("evidence.csv")).exists();

    Path neo = dir.resolve("neo4j");
    assertThat(CliRun.of("export", "--format", "neo4j", "--out", neo.toString(), "--db", db).exit()).isZero();
    assertThat(neo.resolve("import.cypher")).exists();
    assertThat(CliRun.of("export", "--format", "JSONLD", "--db", db).out()).contains("\"@type\":\"DonateAction\"");
  }

  @Test
  void anEntityNarrowsTheExportToItsFacts() {
    CliRun r = CliRun.of("export", "--format", "ftm", "--entity", "وزارة الدفاع", "--db", db);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("2 entities, 1 facts");
    assertThat(r.out()).contains("\"schema\":\"Payment\"").doesNotContain("Trump");
  }

  @Test
  void mistakesAreExplained() {
    assertThat(CliRun.of("export", "--format", "xml", "--db", db).err()).contains("one of ftm, csv, gexf, neo4j, jsonld");
    CliRun folder = CliRun.of("export", "--format", "csv", "--db", db);
    assertThat(folder.exit()).isEqualTo(2);
    assertThat(folder.err()).contains("--out DIR");
    CliRun unknown = CliRun.of("export", "--format", "ftm", "--entity", "Nobody Known", "--db", db);
    assertThat(unknown.exit()).isEqualTo(1);
    assertThat(unknown.err()).contains("no entity named \"Nobody Known\"");
  }
}
