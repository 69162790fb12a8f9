package org.isnad.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.isnad.text.Document;
import org.isnad.text.TextAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DateRecognizerTest {
  private static final TextAnalyzer ANALYZER = TextAnalyzer.standard();
  private static final DateRecognizer DATES = DateRecognizer.standard();

  static Stream<Arguments> dates() {
    return GoldenTable.rows("dates.tsv").stream()
        .map(r -> Arguments.of(r[0], r[1], List.of(r).subList(2, r.length)));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("dates")
  void resolvesTimeExpressionsAgainstThePublicationDate(String published, String sentence, List<String> expected) {
    LocalDate pub = published.equals("-") ? null : LocalDate.parse(published);
    Document doc = ANALYZER.analyze("t", sentence, "auto", pub);
    List<TimeExpr> found = DATES.find(doc);
    assertThat(found).as("time expressions in %s: %s", sentence, found).hasSize(expected.size());
    for (int k = 0; k < expected.size(); k++) {
      String[] e = expected.get(k).split("\\|", -1);
      TimeExpr t = found.get(k);
      assertThat(t.text()).isEqualTo(e[0]);
      assertThat(doc.slice(t.span())).isEqualTo(t.text());
      assertThat(t.value()).isEqualTo(e[1].equals("-") ? null : e[1]);
    }
  }

  @Test
  void takesThePublicationDateFromTheHeader() {
    Document doc = ANALYZER.analyze("t", "date: 2024-12-16\n\nأعلنت الشركة أمس عن تبرع.", "ar", null);
    assertThat(DATES.find(doc)).extracting(TimeExpr::value).containsExactly("2024-12-15");
  }

  @Test
  void convertsHijriDatesThroughUmmAlQura() {
    assertThat(DateValues.fromHijri(1445, 9, 1)).isEqualTo(LocalDate.of(2024, 3, 11));
  }
}
