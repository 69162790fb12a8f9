package org.isnad.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedLinesTest {
  private static List<BoundedLines.Line> lines(byte[] data, int max) {
    BoundedLines in = new BoundedLines(new ByteArrayInputStream(data), max);
    List<BoundedLines.Line> out = new ArrayList<>();
    try {
      for (BoundedLines.Line l = in.next(); l != null; l = in.next()) {
        out.add(l);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  @Test
  void givesBackEveryLineUnderTheCapAndOnlyTheLengthOfLongerOnes() {
    qt().forAll(lists().of(strings().betweenCodePoints(0x20, 0x6FF).ofLengthBetween(0, 40)).ofSizeBetween(1, 30),
        integers().between(1, 60)).checkAssert((ls, max) -> {
          String joined = String.join("\n", ls) + "\n";
          List<BoundedLines.Line> got = lines(joined.getBytes(StandardCharsets.UTF_8), max);
          assertThat(got).hasSize(ls.size());
          long offset = 0;
          for (int i = 0; i < ls.size(); i++) {
            byte[] want = ls.get(i).getBytes(StandardCharsets.UTF_8);
            BoundedLines.Line l = got.get(i);
            assertThat(l.length()).isEqualTo(want.length);
            assertThat(l.offset()).isEqualTo(offset);
            assertThat(l.tooLong()).isEqualTo(want.length > max);
            if (!l.tooLong()) {
              assertThat(l.bytes()).isEqualTo(want);
            }
            offset += want.length + 1;
          }
        });
  }

  @Test
  void stripsCarriageReturnsAndKeepsALastLineWithoutBreak() {
    List<BoundedLines.Line> got = lines("أ\r\nب".getBytes(StandardCharsets.UTF_8), 100);
    assertThat(got).extracting(l -> new String(l.bytes(), StandardCharsets.UTF_8)).containsExactly("أ", "ب");
  }
}
