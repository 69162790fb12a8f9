package org.isnad.recognize.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelsTest {
  @Test
  void allowsInsideOnlyAfterTheSameClass() {
    int bPers = Labels.parse("B-PERS");
    int iPers = Labels.parse("I-PERS");
    int iOrg = Labels.parse("I-ORG");
    assertThat(Labels.allowed(bPers, iPers)).isTrue();
    assertThat(Labels.allowed(iPers, iPers)).isTrue();
    assertThat(Labels.allowed(bPers, iOrg)).isFalse();
    assertThat(Labels.allowed(Labels.O, iPers)).isFalse();
    assertThat(Labels.allowed(-1, iPers)).isFalse();
  }

  @Test
  void neverDecodesAnInsideWithoutItsBegin() {
    int l = Labels.COUNT;
    float[] emit = new float[3 * l];
    emit[Labels.O] = 1;
    emit[l + Labels.parse("I-LOC")] = 5; // strongly wants I-LOC after O
    emit[2 * l + Labels.O] = 1;
    int[] y = Viterbi.decode(emit, 3, new float[(l + 1) * l]);
    for (int i = 1; i < y.length; i++) {
      assertThat(Labels.allowed(y[i - 1], y[i])).isTrue();
    }
    assertThat(Labels.allowed(-1, y[0])).isTrue();
  }
}
