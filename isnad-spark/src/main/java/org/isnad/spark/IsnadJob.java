package org.isnad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The isnad pipeline as a Spark job: articles in, the FACTS.md JSON Lines and Parquet tables
 * out, optionally loaded into PostgreSQL. Each partition runs through the executor JVM's one
 * {@code Extractor.standard()}; an article that cannot be read becomes its error object and
 * the job goes on.
 */
public final class IsnadJob {
  /** What a run did: documents read (errors included), unreadable documents, facts, entities, wall time. */
  public record Summary(long documents, long errors, long facts, long entities, long millis) {
    public double documentsPerSecond() {
      return millis == 0 ? 0 : documents * 1000.0 / millis;
    }
  }

  private IsnadJob() {}

  /** Runs the job on {@code spark}; throws only for a wrong setting (existing output, unreachable database). */
  public static Summary run(SparkSession spark, JobOptions options) {
    long t0 = System.nanoTime();
    if (options.output() != null) {
      refuseExisting(spark, options.output());
    }
    if (options.jdbc() != null) {
      JdbcLoader.check(options.jdbc());
    }
    Dataset<Row> docs = extract(spark, options).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      // The first action extracts and caches; the writes after it read the cache.
      Row n = docs.agg(count(lit(1)), count(col("error")), sum(col("fact_count")), sum(col("entity_count"))).first();
      if (options.output() != null) {
        String out = options.output().replaceAll("/+$", "");
        docs.select(col("json")).write().text(out + "/jsonl");
        documents(docs).write().parquet(out + "/documents");
        facts(docs).write().parquet(out + "/facts");
        entities(docs).write().parquet(out + "/entities");
      }
      if (options.jdbc() != null) {
        JdbcLoader.load(docs, options.jdbc());
      }
      return new Summary(n.getLong(0), n.getLong(1), n.isNullAt(2) ? 0 : n.getLong(2), n.isNullAt(3) ? 0 : n.getLong(3),
          (System.nanoTime() - t0) / 1_000_000);
    } finally {
      docs.unpersist();
    }
  }

  /** One {@link Tables#DOCUMENT} row per article, lazily: nothing runs until an action. */
  static Dataset<Row> extract(SparkSession spark, JobOptions options) {
    Dataset<Row> raw = partition(spark, Inputs.read(spark, options.format(), options.input()), options.partitions());
    JobOptions.Format format = options.format();
    String lang = options.lang();
    return raw.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> new Extracting(rows, format, lang),
        Encoders.row(Tables.DOCUMENT));
  }

  /** The documents table: one row per document, its JSON line included, facts and entities apart. */
  static Dataset<Row> documents(Dataset<Row> docs) {
    return docs.drop("facts", "entities");
  }

  static Dataset<Row> facts(Dataset<Row> docs) {
    return docs.select(col("doc_id"), explode(col("facts")).as("f")).select(col("doc_id"), col("f.*"));
  }

  static Dataset<Row> entities(Dataset<Row> docs) {
    return docs.select(col("doc_id"), explode(col("entities")).as("e")).select(col("doc_id"), col("e.*"));
  }

  /**
   * An explicit count wins. Otherwise a few large files (one JSON Lines file is one split per
   * 128 MB) would leave cores idle, so fewer partitions than four per core are spread out: with
   * several tasks per core, the last, slowest ones do not leave the others idle for long.
   */
  private static Dataset<Row> partition(SparkSession spark, Dataset<Row> raw, int wanted) {
    if (wanted > 0) {
      return raw.repartition(wanted);
    }
    int target = 4 * spark.sparkContext().defaultParallelism();
    return raw.rdd().getNumPartitions() < target ? raw.repartition(target) : raw;
  }

  private static void refuseExisting(SparkSession spark, String output) {
    try {
      Path p = new Path(output);
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (fs.exists(p)) {
        throw new IllegalArgumentException("--output " + output + " exists; the job never overwrites results:"
            + " give a new directory or remove that one");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot check --output " + output, e);
    }
  }

  /** Articles of one partition to document rows, one at a time, skipping blank lines of JSON Lines. */
  private static final class Extracting implements Iterator<Row> {
    private final Iterator<Row> rows;
    private final JobOptions.Format format;
    private final String lang;
    private Article next;

    Extracting(Iterator<Row> rows, JobOptions.Format format, String lang) {
      this.rows = rows;
      this.format = format;
      this.lang = lang;
    }

    @Override
    public boolean hasNext() {
      while (next == null && rows.hasNext()) {
        next = Inputs.article(format, rows.next());
      }
      return next != null;
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Article a = next;
      next = null;
      return DocRows.of(a, lang);
    }
  }
}
