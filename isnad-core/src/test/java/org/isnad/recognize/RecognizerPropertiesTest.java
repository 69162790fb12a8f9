package org.isnad.recognize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.isnad.text.Document;
import org.isnad.text.Span;
import org.isnad.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** Random mixtures of the words the recognizers look for: never an exception, spans always valid. */
class RecognizerPropertiesTest {
  private static final String[] PIECES = {"مليون", "ملايين", "بمليون", "ألف", "آلاف", "ونصف", "نصف", "دولار",
      "دولارات", "ريال", "سعودي", "و", "بـ", "بين", "من", "إلى", "أكثر", "حوالي", "المبلغ", "ذاته", "بنفس", "عشرات",
      "خمسة", "وعشرون", "مئة", "1", "25", "2024", "1.5", "1,000", "١٫٥", "٢٠٢٣", "$", "€", "£", "USD", "m", "bn",
      "million", "a", "half", "of", "the", "same", "amount", "and", "to", "-", "/", "(", ")", "،", ".", "\n",
      "يناير", "كانون", "الثاني", "رمضان", "هـ", "يوم", "الجمعة", "الاثنين", "أمس", "الأسبوع", "الماضي", "العام",
      "المقبل", "عام", "في", "December", "Dec", "13", "Friday", "last", "next", "year", "ّ", "\u200f", "ـ", "😀"};
  private static final TextAnalyzer ANALYZER = TextAnalyzer.standard();

  @Test
  void neverFailsAndKeepsSpansInsideTheText() {
    MoneyRecognizer money = MoneyRecognizer.standard();
    DateRecognizer dates = DateRecognizer.standard();
    qt().withExamples(1000).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      StringBuilder sb = new StringBuilder();
      int n = r.nextInt(30);
      for (int k = 0; k < n; k++) {
        sb.append(PIECES[r.nextInt(PIECES.length)]);
        if (r.nextInt(4) > 0) {
          sb.append(' ');
        }
      }
      String text = sb.toString();
      LocalDate pub = r.nextBoolean() ? null : LocalDate.of(2000 + r.nextInt(30), 1 + r.nextInt(12), 1 + r.nextInt(28));
      Document doc = ANALYZER.analyze("p", text, "auto", pub);
      List<Money> ms = money.find(doc);
      assertValid(text, ms.stream().map(Money::span).toList(), ms.stream().map(Money::text).toList());
      List<TimeExpr> ts = dates.find(doc);
      assertValid(text, ts.stream().map(TimeExpr::span).toList(), ts.stream().map(TimeExpr::text).toList());
      for (TimeExpr t : ts) {
        assertThat(t.value() == null || t.value().matches("\\d{4}(-\\d{2}(-\\d{2})?)?")).isTrue();
      }
    });
  }

  @Test
  void readsGroupedDigitsInEveryScriptBackToTheirValue() {
    qt().withExamples(500).forAll(longs().between(0, 999_999_999_999L)).checkAssert(n -> {
      String grouped = String.format(Locale.ROOT, "%,d", n);
      assertThat(NumberParser.parse(grouped)).hasValue((double) n);
      assertThat(NumberParser.parse(toArabicIndic(grouped.replace(',', '\u066C')))).hasValue((double) n);
    });
  }

  @Test
  void findsOneAmountInASentenceWithAnyCountAndCurrency() {
    String[] currencies = {"دولار", "يورو", "ريال سعودي", "دينار كويتي", "جنيه إسترليني", "درهم إماراتي"};
    String[] codes = {"USD", "EUR", "SAR", "KWD", "GBP", "AED"};
    String[] scales = {"", " ألف", " مليون", " مليار"};
    double[] factors = {1, 1e3, 1e6, 1e9};
    MoneyRecognizer money = MoneyRecognizer.standard();
    qt().withExamples(300).forAll(integers().between(1, 999), integers().between(0, 5), integers().between(0, 3))
        .checkAssert((n, c, s) -> {
          String sentence = "قال المتحدث إن الشركة دفعت " + n + scales[s] + " " + currencies[c] + " للمقاول.";
          List<Money> found = money.find(ANALYZER.analyze("p", sentence, "ar", null));
          assertThat(found).as(sentence).hasSize(1);
          assertThat(found.get(0).value()).as(sentence).isEqualTo(n * factors[s]);
          assertThat(found.get(0).currency()).as(sentence).isEqualTo(codes[c]);
        });
  }

  private static String toArabicIndic(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char ch : s.toCharArray()) {
      b.append(ch >= '0' && ch <= '9' ? (char) ('\u0660' + (ch - '0')) : ch);
    }
    return b.toString();
  }

  private static void assertValid(String text, List<Span> spans, List<String> texts) {
    int last = 0;
    for (int k = 0; k < spans.size(); k++) {
      Span s = spans.get(k);
      assertThat(s.end()).isLessThanOrEqualTo(text.length());
      assertThat(s.start()).isGreaterThanOrEqualTo(last);
      assertThat(s.length()).isPositive();
      assertThat(text.substring(s.start(), s.end())).isEqualTo(texts.get(k));
      last = s.end();
    }
  }
}
