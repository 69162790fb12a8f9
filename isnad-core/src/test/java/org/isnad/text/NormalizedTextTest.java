package org.isnad.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NormalizedTextTest {

  @Test
  void mapsEveryFoldedIndexBackToItsLetter() {
    NormalizedText n = NormalizedText.of("مُحَمَّد");
    assertThat(n.text()).isEqualTo("محمد");
    assertThat(n.original(0)).isEqualTo(0);
    assertThat(n.original(1)).isEqualTo(2);
    assertThat(n.original(4)).isEqualTo(8);
  }

  @Test
  void expandsLigaturesWithoutRunningOutOfRoom() {
    NormalizedText n = NormalizedText.of("ﻻﻻﻻ");
    assertThat(n.text()).isEqualTo("لالالا");
    assertThat(n.original(5)).isEqualTo(2);
    assertThat(n.originalSpan(2, 4)).isEqualTo(new Span(1, 2));
  }

  @Test
  void spanTakesInTheHarakatAfterItsLastLetter() {
    String text = "قالَ محمدٌ";
    NormalizedText n = NormalizedText.of(text);
    int start = n.text().indexOf("محمد");
    Span s = n.originalSpan(start, start + 4);
    assertThat(text.substring(s.start(), s.end())).isEqualTo("محمدٌ");
  }

  @Test
  void spanNeverCutsASurrogatePair() {
    String text = "a😀b";
    NormalizedText n = NormalizedText.of(text);
    assertThat(n.originalSpan(0, 2)).isEqualTo(new Span(0, 3));
    assertThat(n.originalSpan(2, 3)).isEqualTo(new Span(1, 3));
  }

  @Test
  void emptySpanSitsWhereItStarts() {
    NormalizedText n = NormalizedText.of("أب");
    assertThat(n.originalSpan(1, 1)).isEqualTo(new Span(1, 1));
    assertThat(n.originalSpan(2, 2)).isEqualTo(new Span(2, 2));
  }

  @Test
  void rejectsASpanOutsideTheFoldedText() {
    NormalizedText n = NormalizedText.of("abc");
    assertThatThrownBy(() -> n.originalSpan(2, 5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[2, 5)");
  }
}
