package org.isnad.text.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Word-level accuracy of the standard segmenter on the hand-checked table beside this test
 * (segmentation.tsv; see its README). The floor sits just under the accuracy reached, so any
 * regression fails.
 */
class SegmentationAccuracyTest {
  private static final double FLOOR = 0.965;

  record Row(String word, String expected, String source) {}

  static List<Row> table() throws IOException {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = SegmentationAccuracyTest.class.getResourceAsStream("segmentation.tsv")) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.startsWith("#") && !line.isBlank()) {
          String[] f = line.split("\t");
          rows.add(new Row(f[0], f[1], f.length > 2 ? f[2] : ""));
        }
      }
    }
    return rows;
  }

  /**
   * Pieces folded, and a stem's final ه before a pronoun read as ت, so that شركة+ه (as the
   * table writes it) and شركه+ه (as the segmenter gives it back) compare equal.
   */
  static String canonical(List<String> pieces) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < pieces.size(); i++) {
      String p = ArabicNormalizer.normalize(pieces.get(i));
      if (i < pieces.size() - 1 && p.length() > 1 && p.endsWith("ه")) {
        p = p.substring(0, p.length() - 1) + "ت";
      }
      out.add(p);
    }
    return String.join("+", out);
  }

  @Test
  void segmentsTheHandCheckedTableAboveTheFloor() throws IOException {
    CliticSegmenter segmenter = CliticSegmenter.standard();
    List<Row> rows = table();
    List<String> misses = new ArrayList<>();
    for (Row row : rows) {
      List<String> got = segmenter.segment(ArabicNormalizer.normalize(row.word()), row.word()).pieces();
      if (!canonical(got).equals(canonical(Arrays.asList(row.expected().split("\\+"))))) {
        misses.add(row.word() + " -> " + String.join("+", got) + " (expected " + row.expected() + ", "
            + row.source() + ")");
      }
    }
    double accuracy = 1 - misses.size() / (double) rows.size();
    System.out.printf(Locale.ROOT, "clitic segmentation: %d/%d words right = %.3f%n", rows.size() - misses.size(),
        rows.size(), accuracy);
    misses.forEach(m -> System.out.println("  miss: " + m));
    assertThat(rows).hasSizeGreaterThanOrEqualTo(300);
    assertThat(accuracy).as("word accuracy; misses: %s", misses).isGreaterThanOrEqualTo(FLOOR);
  }

  @Test
  void tableEntriesSpellTheirWord() throws IOException {
    for (Row row : table()) {
      String joined = row.expected().replace("ل+ال+", "لل+").replace("ة+", "ت+").replace("+", "");
      assertThat(joined).as("pieces of %s", row.word()).isEqualTo(row.word());
    }
  }
}
