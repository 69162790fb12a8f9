package org.isnad.recognize.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.isnad.text.Token;
import org.isnad.text.Tokenizer;
import org.junit.jupiter.api.Test;

class NerTrainerTest {
  private static final Tokenizer TOKENIZER = Tokenizer.standard();
  private static final String[] PEOPLE = {"زيد", "عمرو", "خالد", "سمير", "نادر", "وليد"};
  private static final String[] PLACES = {"طنطا", "حلب", "صور", "وهران", "مراكش", "تعز"};

  /** Sentences such as "زار PERSON مدينة PLACE أمس", the place sometimes first, with their labels. */
  private static List<NerTrainer.Example> synthetic(int people, int places) {
    List<NerTrainer.Example> out = new ArrayList<>();
    for (int p = 0; p < people; p++) {
      for (int c = 0; c < places; c++) {
        out.add(example("زار " + PEOPLE[p] + " مدينة " + PLACES[c] + " أمس", "O", "B-PERS", "O", "B-LOC", "O"));
        out.add(example("قال " + PEOPLE[p] + " إن " + PLACES[c] + " جميلة", "O", "B-PERS", "O", "B-LOC", "O"));
        out.add(example("في " + PLACES[c] + " التقى " + PEOPLE[p] + " بالوزير", "O", "B-LOC", "O", "B-PERS", "O"));
      }
    }
    return out;
  }

  private static NerTrainer.Example example(String text, String... labels) {
    List<Token> tokens = TOKENIZER.tokenize(text, 0, text.length());
    return new NerTrainer.Example(tokens, List.of(labels));
  }

  private static NerTrainer trainer() {
    return new NerTrainer(Gazetteer.builder().build(), 5, 7L, 1, 0);
  }

  @Test
  void learnsNamesFromTheirContext() {
    NameTagger tagger = trainer().train(synthetic(4, 4), null);
    // The last two people and places were never seen in training: the context alone decides.
    String text = "زار " + PEOPLE[5] + " مدينة " + PLACES[5] + " أمس";
    assertThat(tagger.labels(TOKENIZER.tokenize(text, 0, text.length())))
        .containsExactly("O", "B-PERS", "O", "B-LOC", "O");
  }

  @Test
  void trainsTheSameModelTwice() throws Exception {
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    trainer().train(synthetic(3, 3), null, a);
    trainer().train(synthetic(3, 3), null, b);
    assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
  }

  @Test
  void readsBackWhatItWrote() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    NameTagger trained = trainer().train(synthetic(4, 4), null, bytes);
    NameTagger read = NameTagger.read(new ByteArrayInputStream(bytes.toByteArray()));
    String text = "قال " + PEOPLE[4] + " إن " + PLACES[4] + " جميلة";
    List<Token> tokens = TOKENIZER.tokenize(text, 0, text.length());
    assertThat(read.labels(tokens)).isEqualTo(trained.labels(tokens));
  }

  /** Unlabeled text where every person and place, seen in training or not, stands in its own slots. */
  private static Gazetteer withWordClasses() {
    Gazetteer.Builder b = Gazetteer.builder().clusterSizes(4);
    for (int r = 0; r < 3; r++) {
      for (String p : PEOPLE) {
        for (String c : PLACES) {
          b.addClusterText("سافر " + p + " إلى " + c);
        }
      }
    }
    return b.build();
  }

  @Test
  void tagsAWordNeverLabelledByTheClassOfWordsUsedLikeIt() {
    // "X وصل" says nothing of X; only the word classes tell the unseen person from the unseen place.
    List<NerTrainer.Example> training = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      training.add(example(PEOPLE[i] + " وصل", "B-PERS", "O"));
      training.add(example(PLACES[i] + " وصل", "B-LOC", "O"));
    }
    NameTagger tagger = new NerTrainer(withWordClasses(), 5, 7L, 1, 0).train(training, null);
    for (int i = 4; i < 6; i++) {
      String person = PEOPLE[i] + " وصل";
      String place = PLACES[i] + " وصل";
      assertThat(tagger.labels(TOKENIZER.tokenize(person, 0, person.length()))).containsExactly("B-PERS", "O");
      assertThat(tagger.labels(TOKENIZER.tokenize(place, 0, place.length()))).containsExactly("B-LOC", "O");
    }
  }

  @Test
  void readsBackWordClasses() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    NameTagger trained = new NerTrainer(withWordClasses(), 5, 7L, 1, 0).train(synthetic(4, 4), null, bytes);
    NameTagger read = NameTagger.read(new ByteArrayInputStream(bytes.toByteArray()));
    String text = "زار " + PEOPLE[5] + " مدينة " + PLACES[5] + " أمس";
    List<Token> tokens = TOKENIZER.tokenize(text, 0, text.length());
    assertThat(read.labels(tokens)).isEqualTo(trained.labels(tokens));
  }

  @Test
  void rejectsLabelsOutsideTheScheme() {
    List<NerTrainer.Example> bad = List.of(example("زار زيد", "O", "B-PERSON"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> trainer().train(bad, null))
        .hasMessageContaining("B-PERSON");
  }
}
