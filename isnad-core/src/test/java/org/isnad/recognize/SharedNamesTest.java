package org.isnad.recognize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.isnad.text.Document;
import org.isnad.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** The recognizers against name lists they were not written from: tafgeetjs currencies, every CLDR Arabic locale. */
class SharedNamesTest {
  private static final TextAnalyzer ANALYZER = TextAnalyzer.standard();

  @Test
  void readsEveryCurrencyNameOfTheTafgeetTable() throws IOException {
    String shared = System.getProperty("isnad.shared");
    assumeTrue(shared != null, "isnad.shared is not set");
    Path table = Path.of(shared, "data", "aliases_npm", "currency_names_ar__tafgeetjs_2.1.0.tsv");
    assumeTrue(Files.exists(table), "tafgeetjs table absent");
    List<String> lines = Files.readAllLines(table, StandardCharsets.UTF_8);
    MoneyRecognizer money = MoneyRecognizer.standard();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t");
      for (String name : new String[] {f[1], f[2]}) {
        Document doc = ANALYZER.analyze("t", "دفع 5 ملايين " + name + " للشركة.", "ar", null);
        assertThat(money.find(doc)).as(name).singleElement()
            .satisfies(m -> assertThat(m.currency()).as(name).isEqualTo(f[0]))
            .satisfies(m -> assertThat(m.text()).isEqualTo("5 ملايين " + name));
      }
    }
  }

  @Test
  void readsTheMonthNamesOfEveryArabicLocale() {
    DateRecognizer dates = DateRecognizer.standard();
    int locales = 0;
    for (ULocale loc : ULocale.getAvailableLocales()) {
      if (!loc.getLanguage().equals("ar")) {
        continue;
      }
      locales++;
      String[] months = new DateFormatSymbols(loc).getMonths();
      for (int m = 0; m < 12; m++) {
        Document doc = ANALYZER.analyze("t", "وقع في 5 " + months[m] + " 2020 حادث.", "ar", null);
        assertThat(dates.find(doc)).as("%s %s", loc, months[m]).extracting(TimeExpr::value)
            .containsExactly(String.format("2020-%02d-05", m + 1));
      }
    }
    assertThat(locales).isGreaterThan(20);
  }
}
