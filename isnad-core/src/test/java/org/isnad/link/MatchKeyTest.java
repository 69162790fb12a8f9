package org.isnad.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatchKeyTest {
  @Test
  void collidesOnGhainJeemAndLatinG() {
    assertThat(MatchKey.of("زوكربيرج")).isEqualTo(MatchKey.of("زوكربيرغ")).isEqualTo(MatchKey.of("Zuckerberg"));
  }

  @Test
  void ignoresVowelSpellings() {
    assertThat(MatchKey.of("Mohammed")).isEqualTo(MatchKey.of("Muhammad")).isEqualTo(MatchKey.of("محمد"));
  }

  @Test
  void dropsTheArticle() {
    assertThat(MatchKey.of("al-Assad")).isEqualTo(MatchKey.of("الأسد")).isEqualTo(MatchKey.of("Assad"));
  }

  @Test
  void keysWordsApart() {
    assertThat(MatchKey.of("  Angela   Merkel ")).isEqualTo(MatchKey.of("أنجيلا ميركل")).contains(" ");
  }

  @Test
  void readsChAsTchAndKeepsChrHard() {
    assertThat(MatchKey.of("Charles")).isEqualTo(MatchKey.of("تشارلز"));
    assertThat(MatchKey.of("Christopher")).isEqualTo(MatchKey.of("كريستوفر"));
    assertThat(MatchKey.of("Vuković")).isEqualTo(MatchKey.of("فوكوفيتش"));
  }

  @Test
  void separatesDifferentNames() {
    assertThat(MatchKey.of("Obama")).isNotEqualTo(MatchKey.of("بايدن"));
    assertThat(MatchKey.of("Putin")).isNotEqualTo(MatchKey.of("ماكرون"));
  }
}
