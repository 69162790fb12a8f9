package org.isnad.recognize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import org.isnad.text.Document;
import org.isnad.text.TextAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MoneyRecognizerTest {
  private static final TextAnalyzer ANALYZER = TextAnalyzer.standard();
  private static final MoneyRecognizer MONEY = MoneyRecognizer.standard();

  static Stream<Arguments> arabic() {
    return rows("money_ar.tsv");
  }

  static Stream<Arguments> english() {
    return rows("money_en.tsv");
  }

  private static Stream<Arguments> rows(String name) {
    return GoldenTable.rows(name).stream().map(r -> Arguments.of(r[0], List.of(r).subList(1, r.length)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("arabic")
  void findsArabicAmountsWithCurrencyAndBound(String sentence, List<String> expected) {
    check(sentence, "ar", expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("english")
  void findsEnglishAmountsWithCurrencyAndBound(String sentence, List<String> expected) {
    check(sentence, "en", expected);
  }

  private static void check(String sentence, String lang, List<String> expected) {
    Document doc = ANALYZER.analyze("t", sentence, lang, null);
    List<Money> found = MONEY.find(doc);
    assertThat(found).as("mentions in %s: %s", sentence, found).hasSize(expected.size());
    for (int k = 0; k < expected.size(); k++) {
      String[] e = expected.get(k).split("\\|", -1);
      Money m = found.get(k);
      assertThat(m.text()).isEqualTo(e[0]);
      assertThat(doc.slice(m.span())).isEqualTo(m.text());
      if (e[1].equals("~")) {
        assertThat(m.anaphoric()).isTrue();
        assertThat(m.value()).isNaN();
      } else {
        double want = Double.parseDouble(e[1]);
        assertThat(m.anaphoric()).isFalse();
        assertThat(m.value()).isCloseTo(want, within(want * 1e-6));
      }
      assertThat(m.currency()).isEqualTo(e[2].equals("-") ? null : e[2]);
      assertThat(m.bound().json()).isEqualTo(e[3]);
    }
  }

  @Test
  void givesABareNounTheCountryTheDocumentGivesIt() {
    Document doc = ANALYZER.analyze("t", "تبرع بـ5 ملايين ريال قطري. ثم دفع 300 ألف ريال.", "ar", null);
    assertThat(MONEY.find(doc)).extracting(Money::currency).containsExactly("QAR", "QAR");
  }

  @Test
  void leavesABareNounWithoutCountryWhenTheDocumentGivesTwo() {
    Document doc = ANALYZER.analyze("t", "دفع 5 ريالات سعودية و6 ريالات قطرية و7 ريالات.", "ar", null);
    assertThat(MONEY.find(doc)).extracting(Money::currency).containsExactly("SAR", "QAR", null);
  }

  @Test
  void settlesABareNounByTheCountryTheDocumentTalksAbout() {
    Document doc = ANALYZER.analyze("t", "أعلنت الدوحة أن قطر ستقدم 5 ملايين ريال للمدارس.", "ar", null);
    assertThat(MONEY.find(doc)).extracting(Money::currency).containsExactly("QAR");
  }

  @Test
  void settlesABareNounByTheOutletDomainWhenTheTextIsSilent() {
    String text = "url: https://www.example.com.sa/news/1\n\nدفع 300 ألف ريال للمقاول.";
    Document doc = ANALYZER.analyze("t", text, "ar", null);
    assertThat(MONEY.find(doc)).extracting(Money::currency).containsExactly("SAR");
  }

  @Test
  void keepsOffsetsInTheOriginalWhenTheHeaderAndDiacriticsAreThere() {
    String text = "date: 2024-12-16\n\nتبرّعَ ألتمان بمليونِ دولارٍ.";
    Document doc = ANALYZER.analyze("t", text, "ar", null);
    Money m = MONEY.find(doc).get(0);
    assertThat(m.text()).isEqualTo("بمليونِ دولارٍ");
    assertThat(text.substring(m.span().start(), m.span().end())).isEqualTo(m.text());
  }
}
