package org.isnad.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerCorpusTest {
  @Test
  void keepsBracketsOutsideAName() {
    NerCorpus.Sentence s = new NerCorpus.Sentence(List.of("نقلت", "(الأهرام)", "الخبر"), List.of("O", "B-ORG", "O"));
    NerCorpus.Aligned a = NerCorpus.align(s);
    assertThat(a.tokens()).extracting(t -> t.norm()).containsExactly("نقلت", "(", "الاهرام", ")", "الخبر");
    assertThat(a.labels()).containsExactly("O", "O", "B-ORG", "O", "O");
    assertThat(a.head()).containsExactly(0, 2, 4);
  }

  @Test
  void keepsPunctuationInsideANameThatGoesOn() {
    NerCorpus.Sentence s = new NerCorpus.Sentence(List.of("جامعة", "\"القاهرة\"", "العريقة"),
        List.of("B-ORG", "I-ORG", "I-ORG"));
    assertThat(NerCorpus.align(s).labels()).containsExactly("B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG");
  }

  @Test
  void mapsAqmarTagsOntoAnercorps() {
    assertThat(NerCorpus.mapTag("B-PER")).isEqualTo("B-PERS");
    assertThat(NerCorpus.mapTag("I-MIS2")).isEqualTo("I-MISC");
    assertThat(NerCorpus.mapTag("I--ORG")).isEqualTo("I-ORG");
    assertThat(NerCorpus.mapTag("OO")).isEqualTo("O");
    assertThat(NerCorpus.repair(List.of("O", "I-LOC", "I-LOC"))).containsExactly("O", "B-LOC", "I-LOC");
  }

  @Test
  void alignsEveryAnercorpWordOfTheFirstSentences() throws Exception {
    String shared = System.getProperty("isnad.shared");
    assumeTrue(shared != null, "isnad.shared is not set");
    Path train = Path.of(shared, "data", NerData.ANER_TRAIN);
    assumeTrue(Files.exists(train), "no ANERcorp at " + train);
    for (NerCorpus.Sentence s : NerCorpus.read(train).subList(0, 300)) {
      NerCorpus.Aligned a = NerCorpus.align(s);
      assertThat(a.labels()).hasSameSizeAs(a.tokens());
      List<String> back = NerCorpus.wordTags(a, a.labels(), s.words().size());
      assertThat(SpanScore.chunks(back)).isEqualTo(SpanScore.chunks(s.tags()));
    }
  }
}
