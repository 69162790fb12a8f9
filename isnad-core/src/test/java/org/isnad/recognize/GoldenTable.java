package org.isnad.recognize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads a tab-separated golden table from the test resources: one row per line, # for comments. */
final class GoldenTable {
  private GoldenTable() {}

  static List<String[]> rows(String name) {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = GoldenTable.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        out.add(Arrays.stream(line.split("\t", -1)).filter(s -> !s.isEmpty()).toArray(String[]::new));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
