package org.isnad.export;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes one CSV file as RFC 4180 says: UTF-8, a header row, CRLF line ends, and a field in
 * double quotes (its quotes doubled) when it holds a comma, a quote, a line break or starts or
 * ends with a space. Null is an empty field. Not thread-safe.
 */
final class Csv implements Closeable {
  private final Writer out;
  private final int columns;

  Csv(Path file, String... header) throws IOException {
    this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
    this.columns = header.length;
    row((Object[]) header);
  }

  /** One row; a value is written with {@code String.valueOf}. */
  void row(Object... values) {
    if (values.length != columns) {
      throw new IllegalArgumentException("a row needs " + columns + " values, got " + values.length);
    }
    try {
      for (int i = 0; i < values.length; i++) {
        if (i > 0) {
          out.write(',');
        }
        if (values[i] != null) {
          field(Text.clean(String.valueOf(values[i])));
        }
      }
      out.write("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void field(String s) throws IOException {
    boolean quote = s.isEmpty() || s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ';
    for (int i = 0; i < s.length() && !quote; i++) {
      char c = s.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      out.write(s);
      return;
    }
    out.write('"');
    out.write(s.replace("\"", "\"\""));
    out.write('"');
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
