package org.isnad.text.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The decision rule on a small lexicon made for each test, independent of stems.tsv. */
class LexiconSegmenterTest {
  private static final LexiconSegmenter SEGMENTER = LexiconSegmenter.of(Map.ofEntries(
      Map.entry("وزير", 200), Map.entry("زير", 1), Map.entry("شركه", 120), Map.entry("الشركه", 300),
      Map.entry("مبلغ", 30), Map.entry("المبلغ", 19), Map.entry("لبنان", 80), Map.entry("بنان", 1),
      Map.entry("اكدت", 40), Map.entry("رييس", 90), Map.entry("الرييس", 400), Map.entry("الرييسي", 58),
      Map.entry("رييسي", 17), Map.entry("ليبيا", 50), Map.entry("مانيا", 0)),
      Set.of("بيزوس", "التمان", "مانيا"));

  private static String pieces(String surface) {
    return String.join("+", SEGMENTER.segment(ArabicNormalizer.normalize(surface), surface).pieces());
  }

  @Test
  void keepsAWordThatMerelyStartsWithAClitic() {
    assertThat(pieces("وزير")).isEqualTo("وزير");
    assertThat(pieces("لبنان")).isEqualTo("لبنان");
  }

  @Test
  void splitsEveryProcliticWhenTheStemIsKnown() {
    assertThat(pieces("وبالمبلغ")).isEqualTo("و+ب+ال+مبلغ");
  }

  @Test
  void splitsTheConjunctionOffAKnownName() {
    assertThat(pieces("وبيزوس")).isEqualTo("و+بيزوس");
  }

  @Test
  void leavesAnUnknownNameWhole() {
    assertThat(pieces("فيسبوك")).isEqualTo("فيسبوك");
    assertThat(pieces("بلومبرغ")).isEqualTo("بلومبرغ");
  }

  @Test
  void splitsTheConjunctionBeforeAWrittenHamza() {
    assertThat(pieces("وأكدت")).isEqualTo("و+اكدت");
    assertThat(pieces("وأخيرا")).isEqualTo("و+اخيرا");
  }

  @Test
  void neverReadsAHamzaAsTheArticle() {
    assertThat(pieces("ألتمان")).isEqualTo("التمان");
    assertThat(pieces("وألتمان")).isEqualTo("و+التمان");
  }

  @Test
  void keepsANameThatLooksDefiniteWhole() {
    assertThat(pieces("التمان")).isEqualTo("التمان");
  }

  @Test
  void readsLamLamAsPrepositionAndArticle() {
    assertThat(pieces("للشركة")).isEqualTo("ل+ال+شركه");
  }

  @Test
  void readsLamBeforeAWordInLamAsThePrepositionAlone() {
    assertThat(pieces("لليبيا")).isEqualTo("ل+ليبيا");
  }

  @Test
  void givesTehMarbutaBackToAStemBeforeAPronoun() {
    assertThat(pieces("شركته")).isEqualTo("شركه+ه");
    assertThat(pieces("شركتها")).isEqualTo("شركه+ها");
  }

  @Test
  void neverReadsATehMarbutaAsThePronoun() {
    assertThat(SEGMENTER.segment("رييسه", "رئيسة").pieces()).containsExactly("رييسه");
    assertThat(SEGMENTER.segment("رييسه", "رئيسه").pieces()).containsExactly("رييس", "ه");
  }

  @Test
  void splitsPronounsOffPrepositionsAndParticles() {
    assertThat(pieces("لها")).isEqualTo("ل+ها");
    assertThat(pieces("منه")).isEqualTo("من+ه");
    assertThat(pieces("عليها")).isEqualTo("علي+ها");
    assertThat(pieces("لأنه")).isEqualTo("ل+ان+ه");
  }

  @Test
  void keepsANisbaAdjectiveWhole() {
    assertThat(pieces("رئيسي")).isEqualTo("رييسي");
  }

  @Test
  void keepsFunctionWordsThatLookDefiniteWhole() {
    assertThat(pieces("الذي")).isEqualTo("الذي");
    assertThat(pieces("الله")).isEqualTo("الله");
  }
}
