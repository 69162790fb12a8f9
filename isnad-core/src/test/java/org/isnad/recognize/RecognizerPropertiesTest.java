package org.isnad.recognize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.List;
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
    qt().withExamples(400).forAll(longs().all()).checkAssert(seed -> {
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
