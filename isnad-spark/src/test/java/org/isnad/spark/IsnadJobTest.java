package org.isnad.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.jdk.javaapi.CollectionConverters;

/** The job in local mode on two cores, against the extractor called directly as the CLI calls it. */
class IsnadJobTest {
  @TempDir
  static Path tmp;
  static SparkSession spark;
  static Path articles;
  static Map<String, JsonNode> expected;
  static Path textOutput;
  static IsnadJob.Summary textRun;

  @BeforeAll
  static void runOnTextDirectory() throws Exception {
    spark = SparkSession.builder().master("local[2]").appName("isnad-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
    articles = Corpus.writeTextDirectory(tmp.resolve("articles"));
    expected = Corpus.extractFiles(articles);
    textOutput = tmp.resolve("out-text");
    textRun = IsnadJob.run(spark, JobOptions.parse("--input", articles.toString(), "--output", textOutput.toString()));
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void printsForATextDirectoryWhatIsnadExtractPrints() {
    Map<String, JsonNode> lines = Corpus.readJsonLines(textOutput);
    assertThat(lines).isEqualTo(expected);
    assertThat(lines.get("broken").path("error").asText()).startsWith("not valid UTF-8");
    assertThat(textRun.documents()).isEqualTo(5);
    assertThat(textRun.errors()).isEqualTo(1);
    // The comparison means something only if the articles gave facts of several kinds.
    assertThat(expected.values()).flatMap(n -> n.path("facts").findValuesAsText("type"))
        .contains("donation", "payment", "statement", "meeting");
  }

  @Test
  void readsEachJsonRecordAsTheArticleFileItsFieldsMakeUp() throws Exception {
    Path jsonl = Corpus.writeJsonLines(tmp.resolve("articles.jsonl"));
    Path out = tmp.resolve("out-jsonl");
    IsnadJob.Summary s = IsnadJob.run(spark, JobOptions.parse("--input", jsonl.toString(), "--output", out.toString()));

    Map<String, JsonNode> lines = Corpus.readJsonLines(out);
    Map<String, JsonNode> readable = new HashMap<>(expected);
    readable.remove("broken");
    assertThat(lines).containsAllEntriesOf(readable);
    assertThat(lines.get("empty").path("error").asText()).startsWith("empty");
    assertThat(lines.get("no-text").path("error").asText()).contains("no \"text\"");
    assertThat(lines.keySet()).anyMatch(id -> id.startsWith("line-")
        && lines.get(id).path("error").asText().startsWith("a line that is not JSON"));
    assertThat(s.documents()).isEqualTo(7);
    assertThat(s.errors()).isEqualTo(3);
  }

  @Test
  void readsParquetRecordsAsJsonRecords() {
    Path parquet = tmp.resolve("articles.parquet");
    List<String> records = Corpus.ARTICLES.entrySet().stream()
        .map(a -> Corpus.record(a.getKey(), a.getValue()).toString()).toList();
    spark.read().json(spark.createDataset(records, org.apache.spark.sql.Encoders.STRING()))
        .write().parquet(parquet.toString());
    Path out = tmp.resolve("out-parquet");

    IsnadJob.run(spark, JobOptions.parse("--input", parquet.toString(), "--output", out.toString()));

    Map<String, JsonNode> readable = new HashMap<>(expected);
    readable.remove("broken");
    assertThat(Corpus.readJsonLines(out)).isEqualTo(readable);
  }

  @Test
  void parquetTablesHoldEveryFactAndEntityOfTheJsonLines() throws Exception {
    List<Row> facts = spark.read().parquet(textOutput.resolve("facts").toString()).collectAsList();
    List<JsonNode> jsonFacts = new ArrayList<>();
    expected.values().forEach(doc -> doc.path("facts").forEach(jsonFacts::add));
    assertThat(facts).hasSize(jsonFacts.size());
    List<JsonNode> tableFacts = new ArrayList<>();
    for (Row f : facts) {
      JsonNode fact = Corpus.JSON.readTree(f.<String>getAs("fact_json"));
      tableFacts.add(fact);
      assertThat(f.<String>getAs("type")).isEqualTo(fact.path("type").asText());
      Map<String, scala.collection.Seq<String>> roles = CollectionConverters.asJava(f.<scala.collection.Map<String,
          scala.collection.Seq<String>>>getAs("roles"));
      assertThat(roles.keySet()).containsExactlyInAnyOrderElementsOf(() -> fact.path("roles").fieldNames());
      if (fact.has("amount")) {
        assertThat(f.<Double>getAs("amount_value")).isEqualTo(fact.path("amount").path("value").asDouble());
      }
      String doc = Corpus.ARTICLES.get(f.<String>getAs("doc_id"));
      JsonNode span = fact.path("evidence").path(0);
      int from = doc.offsetByCodePoints(0, span.path(0).asInt());
      assertThat(f.<scala.collection.Seq<String>>getAs("evidence_text").head())
          .isEqualTo(doc.substring(from, doc.offsetByCodePoints(from, span.path(1).asInt() - span.path(0).asInt())));
    }
    assertThat(tableFacts).containsExactlyInAnyOrderElementsOf(jsonFacts);

    long entities = expected.values().stream().mapToLong(doc -> doc.path("entities").size()).sum();
    assertThat(spark.read().parquet(textOutput.resolve("entities").toString()).count()).isEqualTo(entities);
    Row broken = spark.read().parquet(textOutput.resolve("documents").toString())
        .where("doc_id = 'broken'").first();
    assertThat(broken.<String>getAs("error")).startsWith("not valid UTF-8");
    assertThat(broken.<String>getAs("path")).isEqualTo(articles.resolve("broken.txt").toString());
  }

  @Test
  void refusesToWriteOverAnExistingOutput() {
    assertThatThrownBy(() -> IsnadJob.run(spark,
        JobOptions.parse("--input", articles.toString(), "--output", textOutput.toString())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exists");
  }

  @Test
  void loadsTheTablesIntoPostgres() throws Exception {
    String base = "postgresql://127.0.0.1:5432/test";
    String schema = "isnad_spark_test_" + ProcessHandle.current().pid();
    try (Connection c = connect("jdbc:" + base); Statement st = c.createStatement()) {
      st.execute("CREATE SCHEMA " + schema);
    }
    try {
      IsnadJob.run(spark, JobOptions.parse("--input", articles.toString(), "--jdbc",
          base + "?currentSchema=" + schema));
      try (Connection c = connect("jdbc:" + base); Statement st = c.createStatement()) {
        assertThat(count(st, schema + ".isnad_documents")).isEqualTo(5);
        assertThat(count(st, schema + ".isnad_facts")).isEqualTo(textRun.facts());
        assertThat(count(st, schema + ".isnad_entities")).isEqualTo(textRun.entities());
        try (ResultSet r = st.executeQuery("SELECT amount_value FROM " + schema
            + ".isnad_facts WHERE doc_id = 'ar-donation' AND type = 'donation'")) {
          assertThat(r.next()).isTrue();
          assertThat(r.getDouble(1)).isEqualTo(5_000_000d);
        }
      }
    } finally {
      try (Connection c = connect("jdbc:" + base); Statement st = c.createStatement()) {
        st.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  /** PostgreSQL runs on the project's machines; elsewhere this test skips itself. */
  private static Connection connect(String url) {
    try {
      return DriverManager.getConnection(url);
    } catch (SQLException e) {
      Assumptions.abort("no PostgreSQL at " + url + ": " + e.getMessage());
      return null;
    }
  }

  private static long count(Statement st, String table) throws SQLException {
    try (ResultSet r = st.executeQuery("SELECT count(*) FROM " + table)) {
      r.next();
      return r.getLong(1);
    }
  }
}
