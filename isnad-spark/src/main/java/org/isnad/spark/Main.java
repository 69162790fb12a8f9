package org.isnad.spark;

import java.util.Arrays;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * {@code spark-submit --class org.isnad.spark.Main isnad-spark.jar --input ... --output ...}.
 * Without spark-submit (plain {@code java}), it runs in local mode on every core.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    if (args.length == 0 || Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
      System.out.println(JobOptions.USAGE);
      return;
    }
    JobOptions options;
    try {
      options = JobOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("isnad-spark: " + e.getMessage() + "\n" + JobOptions.USAGE);
      System.exit(2);
      return;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("isnad");
    if (!new SparkConf().contains("spark.master")) {
      builder.master("local[*]");
    }
    SparkSession spark = builder.getOrCreate();
    try {
      IsnadJob.Summary s = IsnadJob.run(spark, options);
      System.out.printf(Locale.ROOT, "isnad-spark: %d documents (%d could not be read), %d facts, %d entities"
          + " in %.1f s (%.1f documents/s)%n", s.documents(), s.errors(), s.facts(), s.entities(),
          s.millis() / 1000.0, s.documentsPerSecond());
    } catch (IllegalArgumentException e) {
      System.err.println("isnad-spark: " + e.getMessage());
      spark.stop();
      System.exit(2);
    }
    spark.stop();
  }
}
