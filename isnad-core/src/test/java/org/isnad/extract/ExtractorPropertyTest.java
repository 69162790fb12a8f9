package org.isnad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.isnad.fact.Extraction;
import org.isnad.fact.FactsJson;
import org.isnad.text.Span;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The pipeline reads any text without throwing, and every span it gives lies inside the text. */
class ExtractorPropertyTest {
  /** Arabic, Latin, digits, quotes, bidi controls, surrogates (paired and lone) and line breaks. */
  private static final Gen<String> TEXT = strings().betweenCodePoints(0x20, 0x6FF).ofLengthBetween(0, 300)
      .mix(strings().allPossible().ofLengthBetween(0, 120), 30)
      .map(s -> s.replace('\u0600', '\n').replace('\u0601', '"').replace('\u0602', '\u200F')
          .replace('\u0603', '\uD83D').replace('\u0604', '\u00AB'));

  @Test
  void readsAOneWordSentenceLongerThanTheTaggersFirstBuffer() {
    // Found by the property below (seed 5491561311826): one token whose features outgrow one doubling.
    String text = "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!A0000000000000&\u0620" + "0&A&A000&A0&A&A0&A00000&\u06200";
    Extraction x = Extractor.standard().extract("p", text, "ar", null);
    assertThat(x.doc().tokens()).isNotEmpty();
  }

  @Test
  void extractsAnyTextWithSpansInsideIt() {
    qt().withExamples(300).forAll(TEXT).checkAssert(text -> {
      Extraction x = Extractor.standard().extract("p", text, "auto", null);
      x.entities().forEach(e -> e.mentions().forEach(m -> inside(m, text)));
      x.facts().forEach(f -> f.evidence().forEach(s -> inside(s, text)));
      assertThat(FactsJson.write(x)).startsWith("{\"schema\":\"isnad.facts/1\"");
    });
  }

  private static void inside(Span s, String text) {
    assertThat(s.start()).isBetween(0, text.length());
    assertThat(s.end()).isBetween(s.start(), text.length());
  }
}
