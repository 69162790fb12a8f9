package org.isnad.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.isnad.text.TextDecoder;

/**
 * Reads each input layout as rows of raw bytes (so a bad encoding is seen, not silently
 * replaced), and turns one row into an {@link Article} on the executor. Every problem with one
 * article becomes that article's error; only a wrong layout (a Parquet file without a text
 * column) stops the job, before any work is done.
 */
final class Inputs {
  /** Columns of a record, in order; {@code date} falls back to {@code published}. */
  static final List<String> FIELDS = List.of("id", "url", "outlet", "date", "title", "lang");
  private static final ObjectMapper JSON = new ObjectMapper();

  private Inputs() {}

  /** The input as a DataFrame whose rows {@link #article} reads. */
  static Dataset<Row> read(SparkSession spark, JobOptions.Format format, String input) {
    return switch (format) {
      // Files starting with _ or . are skipped by Spark, like Hadoop's own markers.
      case TEXT -> spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(input)
          .select(col("path"), col("content"));
      // Hadoop's line reader: one split per 128 MB, .gz and .bz2 read as they are.
      case JSONL -> spark.read().text(input).select(input_file_name().as("path"), col("value").cast("binary").as("line"));
      case PARQUET -> parquet(spark.read().parquet(input));
    };
  }

  private static Dataset<Row> parquet(Dataset<Row> in) {
    List<String> names = Arrays.stream(in.columns()).map(c -> c.toLowerCase(Locale.ROOT)).toList();
    if (!names.contains("text")) {
      throw new IllegalArgumentException("the Parquet input has no 'text' column; its columns are " + names);
    }
    List<Column> cols = new ArrayList<>();
    cols.add(input_file_name().as("path"));
    cols.add(col("text").cast("binary").as("text"));
    for (String f : FIELDS) {
      Column c = names.contains(f) ? col(f).cast("string") : lit(null).cast("string");
      if (f.equals("date") && names.contains("published")) {
        // Files merged from several feeds may hold either name, row by row.
        c = coalesce(c, col("published").cast("string"));
      }
      cols.add(c.as(f));
    }
    return in.select(cols.toArray(Column[]::new));
  }

  /** One row of {@link #read}'s output as an article; null for a blank line of JSON Lines. */
  static Article article(JobOptions.Format format, Row row) {
    return switch (format) {
      case TEXT -> fromFile(localPath(row.getString(0)), row.getAs(1));
      case JSONL -> fromJsonLine(uriPath(row.getString(0)), row.getAs(1));
      case PARQUET -> fromRecord(uriPath(row.getString(0)), row.getAs(1), row.getString(2), row.getString(3),
          row.getString(4), row.getString(5), row.getString(6), row.getString(7));
    };
  }

  /** A text file: decoded as the CLI decodes it; its id is the file name without its extension. */
  static Article fromFile(String path, byte[] content) {
    String id = fileId(path);
    TextDecoder.Result r = TextDecoder.decode(content);
    return r.ok() ? Article.text(id, path, r.text()) : Article.failed(id, path, r.error());
  }

  static Article fromJsonLine(String path, byte[] line) {
    if (isBlank(line)) {
      return null;
    }
    TextDecoder.Result r = TextDecoder.decode(line);
    if (!r.ok()) {
      return Article.failed(hashId("line-", line), path, "a line of JSON Lines: " + r.error());
    }
    JsonNode n;
    try {
      n = JSON.readTree(r.text());
    } catch (JsonProcessingException e) {
      return Article.failed(hashId("line-", line), path, "a line that is not JSON: " + e.getOriginalMessage());
    }
    if (n == null || !n.isObject()) {
      return Article.failed(hashId("line-", line), path, "a line that is not a JSON object");
    }
    JsonNode text = n.get("text");
    String id = value(n, "id");
    if (text == null || !text.isTextual()) {
      return Article.failed(id != null ? id : hashId("line-", line), path, "the record has no \"text\" string");
    }
    String date = value(n, "date");
    return fromRecord(path, text.textValue().getBytes(StandardCharsets.UTF_8), id, value(n, "url"),
        value(n, "outlet"), date != null ? date : value(n, "published"), value(n, "title"), value(n, "lang"));
  }

  /** A record's text gets the CLI's checks (empty, binary, too large); an absent id is its text's hash. */
  static Article fromRecord(String path, byte[] text, String id, String url, String outlet, String date,
      String title, String lang) {
    if (text == null) {
      return Article.failed(id != null ? id : "null-text", path, "the record's text is null");
    }
    String docId = id != null && !id.isBlank() ? id : hashId("doc-", text);
    TextDecoder.Result r = TextDecoder.decode(text);
    if (!r.ok()) {
      return Article.failed(docId, path, r.error());
    }
    String language = lang == null ? null : lang.strip().toLowerCase(Locale.ROOT);
    return new Article(docId, path, r.text(), url, outlet, date, title,
        "ar".equals(language) || "en".equals(language) ? language : null, null);
  }

  private static String value(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
  }

  /** input_file_name() gives an escaped URI (file:///a%20b); error objects show the path the user knows. */
  static String uriPath(String uri) {
    if (uri == null || uri.isEmpty()) {
      return uri;
    }
    try {
      java.net.URI u = new java.net.URI(uri);
      return u.getScheme() == null || u.getScheme().equals("file") ? u.getPath() : uri;
    } catch (java.net.URISyntaxException e) {
      return uri;
    }
  }

  /** The binaryFile source gives a Hadoop path, unescaped (file:/a b); error objects show the local path. */
  static String localPath(String uri) {
    if (uri == null || uri.isEmpty()) {
      return uri;
    }
    org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(uri);
    String scheme = p.toUri().getScheme();
    return scheme == null || scheme.equals("file") ? p.toUri().getPath() : uri;
  }

  /** The CLI's default id: the file name without its extension. */
  static String fileId(String path) {
    String file = path.substring(path.lastIndexOf('/') + 1);
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }

  private static boolean isBlank(byte[] line) {
    for (byte b : line) {
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return false;
      }
    }
    return true;
  }

  /** A stable id for a record that gives none: the same text gets the same id on every run. */
  static String hashId(String prefix, byte[] bytes) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(bytes);
      return prefix + HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
