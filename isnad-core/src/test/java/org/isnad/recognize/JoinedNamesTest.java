package org.isnad.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.isnad.fact.EntityType;
import org.isnad.text.Document;
import org.isnad.text.Span;
import org.isnad.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

class JoinedNamesTest {
  private static final String TEXT = "تشاجر الزين مع نيوفا. واتهم الزين نيوفا بالاحتيال.";

  private static Mention ner(Document doc, String surface, int from) {
    int at = doc.text().indexOf(surface, from);
    return new Mention(new Span(at, at + surface.length()), EntityType.PERSON, "person", surface, 0.8, "ner");
  }

  @Test
  void twoNamesTheTaggerRanTogetherAreSplitWhenTheArticleWritesEachAlone() {
    Document doc = TextAnalyzer.standard().analyze("t", TEXT, "ar", null);
    List<Mention> mentions = new ArrayList<>(List.of(ner(doc, "الزين", 0), ner(doc, "نيوفا", 0),
        ner(doc, "الزين نيوفا", 20)));
    assertThat(JoinedNames.split(doc, mentions)).extracting(Mention::name)
        .containsExactly("الزين", "نيوفا", "الزين", "نيوفا");
  }

  @Test
  void aFullNameIsKeptWhenOnePartNeverStandsAlone() {
    Document doc = TextAnalyzer.standard().analyze("t", "قال رامي الزين إن الزين سيتبرع.", "ar", null);
    List<Mention> mentions = List.of(ner(doc, "رامي الزين", 0), ner(doc, "الزين", 12));
    assertThat(JoinedNames.split(doc, mentions)).extracting(Mention::name).containsExactly("رامي الزين", "الزين");
  }
}
