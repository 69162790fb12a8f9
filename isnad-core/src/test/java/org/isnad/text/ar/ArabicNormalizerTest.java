package org.isnad.text.ar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One folding rule per test, in the manner of Lucene's TestArabicNormalizationFilter. */
class ArabicNormalizerTest {

  @Test
  void dropsHarakatTanweenShaddaAndSukun() {
    assertThat(ArabicNormalizer.normalize("مُحَمَّدٌ")).isEqualTo("محمد");
    assertThat(ArabicNormalizer.normalize("مِصْرَ")).isEqualTo("مصر");
  }

  @Test
  void dropsSuperscriptAlefAndQuranicMarks() {
    assertThat(ArabicNormalizer.normalize("هٰذا")).isEqualTo("هذا");
    assertThat(ArabicNormalizer.normalize("ذٰلِكَ ۖ")).isEqualTo("ذلك ");
  }

  @Test
  void dropsTatweel() {
    assertThat(ArabicNormalizer.normalize("شـــركة")).isEqualTo("شركه");
  }

  @Test
  void foldsAlefWithHamzaAboveToAlef() {
    assertThat(ArabicNormalizer.normalize("أحمد")).isEqualTo("احمد");
  }

  @Test
  void foldsAlefWithHamzaBelowToAlef() {
    assertThat(ArabicNormalizer.normalize("إيلون")).isEqualTo("ايلون");
  }

  @Test
  void foldsAlefMaddaToAlef() {
    assertThat(ArabicNormalizer.normalize("آل")).isEqualTo("ال");
  }

  @Test
  void foldsAlefWaslaToAlef() {
    assertThat(ArabicNormalizer.normalize("ٱلله")).isEqualTo("الله");
  }

  @Test
  void foldsHamzaOnWawAndYehToTheirSeats() {
    assertThat(ArabicNormalizer.normalize("مؤسسة")).isEqualTo("موسسه");
    assertThat(ArabicNormalizer.normalize("رئيس")).isEqualTo("رييس");
  }

  @Test
  void keepsHamzaOnTheLine() {
    assertThat(ArabicNormalizer.normalize("سماء")).isEqualTo("سماء");
  }

  @Test
  void foldsAlefMaqsuraToYeh() {
    assertThat(ArabicNormalizer.normalize("على")).isEqualTo("علي");
  }

  @Test
  void foldsTehMarbutaToHeh() {
    assertThat(ArabicNormalizer.normalize("شركة")).isEqualTo("شركه");
  }

  @Test
  void foldsPersianYehAndKehehToArabicLetters() {
    assertThat(ArabicNormalizer.normalize("یک")).isEqualTo("يك");
  }

  @Test
  void foldsArabicIndicDigitsToAscii() {
    assertThat(ArabicNormalizer.normalize("٢٠٢٤")).isEqualTo("2024");
  }

  @Test
  void foldsPersianDigitsToAscii() {
    assertThat(ArabicNormalizer.normalize("۱۲۳۴۵۶۷۸۹۰")).isEqualTo("1234567890");
  }

  @Test
  void foldsArabicDecimalAndThousandsSeparatorsToAscii() {
    assertThat(ArabicNormalizer.normalize("١٬٠٠٠٫٥")).isEqualTo("1,000.5");
  }

  @Test
  void expandsPresentationFormsThroughNfkc() {
    assertThat(ArabicNormalizer.normalize("ﺑﻴﺰﻭﺱ")).isEqualTo("بيزوس");
  }

  @Test
  void expandsLamAlefLigaturesToTwoLetters() {
    assertThat(ArabicNormalizer.normalize("ﻻ")).isEqualTo("لا");
    assertThat(ArabicNormalizer.normalize("ﻷ")).isEqualTo("لا");
  }

  @Test
  void expandsTheAllahLigatureWithoutItsMarks() {
    assertThat(ArabicNormalizer.normalize("ﷲ")).isEqualTo("الله");
  }

  @Test
  void dropsBidiAndZeroWidthControls() {
    assertThat(ArabicNormalizer.normalize("\u200Fقال\u200E \u202Bنص\u202C\u2067x\u2069\u200B\uFEFF"))
        .isEqualTo("قال نصx");
  }

  @Test
  void turnsNoBreakSpacesIntoSpaces() {
    assertThat(ArabicNormalizer.normalize("a\u00A0b\u202Fc\u2007d")).isEqualTo("a b c d");
  }

  @Test
  void leavesLatinTextAndCaseAlone() {
    assertThat(ArabicNormalizer.normalize("OpenAI, Inc. 1,000")).isEqualTo("OpenAI, Inc. 1,000");
  }

  @Test
  void foldsOneCharacterAsTheWholeStringDoes() {
    for (char c = 0; c < '\uFFFF'; c++) {
      String f = ArabicNormalizer.fold(c);
      assertThat(ArabicNormalizer.normalize(String.valueOf(c))).isEqualTo(f == null ? String.valueOf(c) : f);
    }
  }
}
