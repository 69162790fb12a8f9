package org.isnad.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class SentenceSplitterPropertyTest {
  private static final List<String> PIECES = List.of("قال", "د", "م", "يو", "إس", "Mr", "U.S.", "Inc", "The", "he",
      "2020", "3.5", ".", ".", "...", "…", "!", "؟", "?", "؛", ",", "،", ":", "\"", "“", "”", "«", "»", "(", ")", "[",
      "]", " ", " ", " ", "\n", "\n\n", "اقرأ المزيد:", "(رويترز / أ ف ب)", "Read more:");

  @Test
  void coversEveryTokenOnceInOrderWithinOneLine() {
    Gen<String> texts = lists().of(Generate.pick(PIECES)).ofSizeBetween(0, 50)
        .map(l -> l.stream().collect(Collectors.joining()));
    TextAnalyzer analyzer = TextAnalyzer.standard();
    qt().withExamples(3000).forAll(texts).checkAssert(text -> {
      Document doc = analyzer.analyze("p", text, "auto", null);
      List<Sentence> sentences = doc.sentences();
      int next = 0;
      int paragraph = 0;
      for (int i = 0; i < sentences.size(); i++) {
        Sentence s = sentences.get(i);
        assertThat(s.index()).isEqualTo(i);
        assertThat(s.firstToken()).as("sentence %d of %s", i, text).isEqualTo(next);
        assertThat(s.endToken()).isGreaterThan(s.firstToken());
        assertThat(s.start()).isEqualTo(doc.tokens().get(s.firstToken()).start());
        assertThat(s.end()).isEqualTo(doc.tokens().get(s.endToken() - 1).end());
        assertThat(text.substring(s.start(), s.end())).doesNotContain("\n");
        assertThat(s.paragraph()).isBetween(paragraph, paragraph + 1);
        paragraph = s.paragraph();
        next = s.endToken();
      }
      assertThat(next).isEqualTo(doc.tokens().size());
    });
  }
}
