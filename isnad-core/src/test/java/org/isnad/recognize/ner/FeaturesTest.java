package org.isnad.recognize.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.text.Token;
import org.isnad.text.Tokenizer;
import org.junit.jupiter.api.Test;

class FeaturesTest {
  private static final Tokenizer TOKENIZER = Tokenizer.standard();

  private static char tail(String text) {
    List<Token> tokens = TOKENIZER.tokenize(text, 0, text.length());
    return Features.tail(text, tokens.get(0));
  }

  @Test
  void tellsThePrepositionFromTheNameThatFoldLikeIt() {
    assertThat(tail("على")).isEqualTo('ى');
    assertThat(tail("علي")).isEqualTo('ي');
  }

  @Test
  void readsTheLastLetterPastDiacritics() {
    assertThat(tail("مدرسةٌ")).isEqualTo('ة');
  }

  @Test
  void hasNoSpellingWithoutTheTextOrForOtherLetters() {
    String text = "باريس";
    assertThat(Features.tail(null, TOKENIZER.tokenize(text, 0, text.length()).get(0))).isEqualTo((char) 0);
    assertThat(tail("باريس")).isEqualTo((char) 0);
    assertThat(tail("Reuters")).isEqualTo((char) 0);
  }
}
