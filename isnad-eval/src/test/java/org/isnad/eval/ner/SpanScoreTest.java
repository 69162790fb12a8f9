package org.isnad.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanScoreTest {
  @Test
  void readsAnInsideAfterOutsideAsANewName() {
    assertThat(SpanScore.chunks(List.of("O", "I-PERS", "I-PERS", "B-PERS", "I-LOC")))
        .containsExactly(new SpanScore.Chunk("PERS", 1, 3), new SpanScore.Chunk("PERS", 3, 4),
            new SpanScore.Chunk("LOC", 4, 5));
  }

  @Test
  void countsOnlyExactSpans() {
    SpanScore s = new SpanScore();
    s.add(List.of("B-ORG", "I-ORG", "O", "B-LOC"), List.of("B-ORG", "O", "O", "B-LOC"));
    assertThat(s.overall()).containsExactly(1, 1, 1); // LOC right; ORG too short: one fp, one fn
    assertThat(s.f1("LOC")).isEqualTo(100.0);
    assertThat(s.f1("ORG")).isEqualTo(0.0);
  }
}
