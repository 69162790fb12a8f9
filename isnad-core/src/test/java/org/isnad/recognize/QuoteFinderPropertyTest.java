package org.isnad.recognize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.stream.Collectors;
import org.isnad.text.Document;
import org.isnad.text.TextAnalyzer;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class QuoteFinderPropertyTest {
  private static final TextAnalyzer ANALYZER = TextAnalyzer.standard();
  private static final List<String> PIECES = List.of("\"", "'", "“", "”", "«", "»", "„", "‹", "›", "‘", "’", "「",
      "」", "a", "B", "ع", "قال", "said", " ", " ", "\n", ".", ":", "،", "-", "\u200F", "1");

  @Test
  void returnsValidNestedSpansOnRandomText() {
    Gen<String> texts = lists().of(Generate.pick(PIECES)).ofSizeBetween(0, 60)
        .map(l -> l.stream().collect(Collectors.joining()));
    qt().withExamples(3000).forAll(texts).checkAssert(text -> {
      Document doc = ANALYZER.analyze("p", text, "auto", null);
      List<Quote> quotes = QuoteFinder.standard().find(doc);
      for (int i = 0; i < quotes.size(); i++) {
        Quote q = quotes.get(i);
        assertThat(q.span().end()).isLessThanOrEqualTo(text.length());
        assertThat(q.span().contains(q.inner())).isTrue();
        assertThat(q.inner().length()).isPositive();
        assertThat(QuoteFinder.isParagraphBreak(text.charAt(q.inner().end() - 1))).isFalse();
        int enclosing = 0;
        for (int j = 0; j < quotes.size(); j++) {
          Quote o = quotes.get(j);
          if (j == i) {
            continue;
          }
          boolean disjoint = o.span().end() <= q.span().start() || q.span().end() <= o.span().start();
          assertThat(disjoint || o.encloses(q) || q.encloses(o)).as("%s and %s cross in %s", o, q, text).isTrue();
          enclosing += o.encloses(q) ? 1 : 0;
        }
        assertThat(q.depth()).as("depth of %s in %s", q, text).isEqualTo(enclosing);
        if (i > 0) {
          assertThat(quotes.get(i - 1).span().compareTo(q.span())).isNegative();
        }
      }
    });
  }
}
