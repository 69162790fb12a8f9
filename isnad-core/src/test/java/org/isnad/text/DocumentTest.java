package org.isnad.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentTest {

  @Test
  void countsCodePointsOutsideTheBmpAsOne() {
    Document d = TextAnalyzer.standard().analyze("d", "😀 قال 𝐀 ترامب", "ar", null);
    Token trump = d.tokens().get(d.tokens().size() - 1);
    assertThat(d.slice(trump.span())).isEqualTo("ترامب");
    assertThat(d.codePointOffset(trump.start())).isEqualTo(trump.start() - 2);
    assertThat(d.codePointLength()).isEqualTo(d.text().codePointCount(0, d.text().length()));
  }

  @Test
  void countsALoneSurrogateAsOneCodePoint() {
    Document d = new Document("d", "a\uD800b\uDC00c", Metadata.NONE, "en");
    assertThat(d.codePointOffset(2)).isEqualTo(2);
    assertThat(d.codePointOffset(4)).isEqualTo(4);
    assertThat(d.codePointLength()).isEqualTo(5);
  }

  @Test
  void keepsUtf16OffsetsWhenThereAreNoSurrogates() {
    Document d = TextAnalyzer.standard().analyze("d", "قال ترامب", "ar", null);
    assertThat(d.codePointOffset(4)).isEqualTo(4);
  }
}
