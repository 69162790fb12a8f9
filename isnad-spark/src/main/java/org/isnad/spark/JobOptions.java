package org.isnad.spark;

import java.util.Locale;
import java.util.Objects;

/**
 * What one run of the job reads and writes, from the command line. Immutable; an unknown or
 * malformed option is an error that names the option.
 *
 * @param input a file or directory (any Hadoop file system: local, hdfs://, s3a://)
 * @param format how the input is laid out
 * @param output the directory to write JSON Lines and Parquet under, or null
 * @param jdbc a PostgreSQL URL to load the facts into, or null
 * @param partitions how many partitions to extract in, or 0 to choose from the cluster's parallelism
 * @param lang ar, en or auto: the language of records that do not name their own
 */
public record JobOptions(String input, Format format, String output, String jdbc, int partitions, String lang) {
  /** The input layouts the job reads. */
  public enum Format {
    /** JSON Lines, one article per line: text, id, title, date or published, url, outlet, lang. */
    JSONL,
    /** Parquet files with the same columns. */
    PARQUET,
    /** Directories of text files, one article per file, with the optional header block of FACTS.md. */
    TEXT;

    static Format of(String name) {
      for (Format f : values()) {
        if (f.name().equalsIgnoreCase(name)) {
          return f;
        }
      }
      throw new IllegalArgumentException("--format must be jsonl, parquet or text, not '" + name + "'");
    }

    /** The layout an input's name suggests: .jsonl/.json(.gz), .parquet, else text files. */
    static Format guess(String input) {
      String name = input.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
      if (name.matches(".*\\.(jsonl|ndjson|json)(\\.gz|\\.bz2)?")) {
        return JSONL;
      }
      return name.endsWith(".parquet") ? PARQUET : TEXT;
    }
  }

  static final String USAGE = String.join("\n",
      "usage: spark-submit --class org.isnad.spark.Main isnad-spark.jar --input PATH [--format jsonl|parquet|text]",
      "           [--output DIR] [--jdbc postgresql://HOST:PORT/DB?user=U] [--partitions N] [--lang ar|en|auto]",
      "  --input       a file or directory (local, hdfs://, s3a://, ...)",
      "  --format      jsonl: one JSON object per line (text, id, title, date|published, url, outlet, lang);",
      "                parquet: the same columns; text: one article per file, optional header block.",
      "                Default: from the input's name (.jsonl/.json -> jsonl, .parquet -> parquet, else text)",
      "  --output      writes DIR/jsonl (FACTS.md JSON Lines) and Parquet tables DIR/documents, DIR/facts,",
      "                DIR/entities; DIR must not exist",
      "  --jdbc        appends the tables to PostgreSQL (isnad_documents, isnad_facts, isnad_entities)",
      "  --partitions  partitions to extract in (default: four per core when the input has fewer)",
      "  --lang        language of records that do not give one (default: auto)",
      "At least one of --output and --jdbc is required.");

  public JobOptions {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(lang, "lang");
    if (output == null && jdbc == null) {
      throw new IllegalArgumentException("nothing to write: give --output DIR, --jdbc URL or both");
    }
    if (partitions < 0) {
      throw new IllegalArgumentException("--partitions must be a positive number, not " + partitions);
    }
    if (!lang.equals("ar") && !lang.equals("en") && !lang.equals("auto")) {
      throw new IllegalArgumentException("--lang must be ar, en or auto, not '" + lang + "'");
    }
  }

  /** Reads {@code --name value} and {@code --name=value} options; throws with the usage's fix on error. */
  public static JobOptions parse(String... args) {
    String input = null;
    String format = null;
    String output = null;
    String jdbc = null;
    String partitions = null;
    String lang = "auto";
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      String value;
      int eq = name.indexOf('=');
      if (name.startsWith("--") && eq > 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        throw new IllegalArgumentException(name.startsWith("--") ? name + " needs a value"
            : "unexpected argument '" + name + "'");
      }
      switch (name) {
        case "--input" -> input = value;
        case "--format" -> format = value;
        case "--output" -> output = value;
        case "--jdbc" -> jdbc = value;
        case "--partitions" -> partitions = value;
        case "--lang" -> lang = value;
        default -> throw new IllegalArgumentException("unknown option '" + name + "'");
      }
    }
    if (input == null || input.isBlank()) {
      throw new IllegalArgumentException("--input is required");
    }
    int parts = 0;
    if (partitions != null) {
      try {
        parts = Integer.parseInt(partitions);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--partitions must be a number, not '" + partitions + "'");
      }
      if (parts <= 0) {
        throw new IllegalArgumentException("--partitions must be a positive number, not " + parts);
      }
    }
    return new JobOptions(input, format == null ? Format.guess(input) : Format.of(format), output, jdbc, parts, lang);
  }
}
