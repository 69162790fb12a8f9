package org.isnad.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JobOptionsTest {
  @Test
  void readsEveryOptionInBothForms() {
    JobOptions o = JobOptions.parse("--input", "in", "--format=parquet", "--output", "out",
        "--jdbc=postgresql://h/db", "--partitions", "12", "--lang", "ar");
    assertThat(o).isEqualTo(new JobOptions("in", JobOptions.Format.PARQUET, "out", "postgresql://h/db", 12, "ar"));
  }

  @Test
  void guessesTheFormatFromTheInputName() {
    assertThat(JobOptions.parse("--input", "news.jsonl.gz", "--output", "o").format()).isEqualTo(JobOptions.Format.JSONL);
    assertThat(JobOptions.parse("--input", "s3a://b/news.parquet/", "--output", "o").format())
        .isEqualTo(JobOptions.Format.PARQUET);
    assertThat(JobOptions.parse("--input", "/data/articles", "--output", "o").format()).isEqualTo(JobOptions.Format.TEXT);
  }

  @Test
  void anExplicitFormatWinsOverTheName() {
    assertThat(JobOptions.parse("--input", "x.jsonl", "--format", "TEXT", "--output", "o").format())
        .isEqualTo(JobOptions.Format.TEXT);
  }

  @Test
  void namesTheOptionThatIsWrong() {
    assertThatThrownBy(() -> JobOptions.parse("--input", "x", "--format", "csv", "--output", "o"))
        .hasMessageContaining("--format").hasMessageContaining("csv");
    assertThatThrownBy(() -> JobOptions.parse("--input", "x", "--partitions", "0", "--output", "o"))
        .hasMessageContaining("--partitions");
    assertThatThrownBy(() -> JobOptions.parse("--input", "x", "--partitions", "many", "--output", "o"))
        .hasMessageContaining("--partitions").hasMessageContaining("many");
    assertThatThrownBy(() -> JobOptions.parse("--input", "x", "--lang", "fr", "--output", "o"))
        .hasMessageContaining("--lang");
    assertThatThrownBy(() -> JobOptions.parse("--input", "x", "--outptu", "o")).hasMessageContaining("--outptu");
    assertThatThrownBy(() -> JobOptions.parse("--input", "x", "--output")).hasMessageContaining("--output needs a value");
    assertThatThrownBy(() -> JobOptions.parse("--output", "o")).hasMessageContaining("--input is required");
  }

  @Test
  void needsSomewhereToWrite() {
    assertThatThrownBy(() -> JobOptions.parse("--input", "x")).hasMessageContaining("--output")
        .hasMessageContaining("--jdbc");
  }

  @Test
  void acceptsOnlyPostgresUrls() {
    assertThat(JdbcLoader.url("postgresql://127.0.0.1:5432/test")).isEqualTo("jdbc:postgresql://127.0.0.1:5432/test");
    assertThat(JdbcLoader.url("jdbc:postgresql://h/db?user=u")).isEqualTo("jdbc:postgresql://h/db?user=u");
    assertThatThrownBy(() -> JdbcLoader.url("mysql://h/db")).hasMessageContaining("--jdbc");
  }
}
