package org.isnad.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.fact.EntityType;
import org.isnad.text.Document;
import org.isnad.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** Capitalized runs in English text read as people, organizations or titles (invented names). */
class EnglishNamesTest {
  private static final TextAnalyzer ANALYZER = TextAnalyzer.standard();

  private static List<String> people(String text) {
    Document doc = ANALYZER.analyze("t", text, "en", null);
    return new NameRules().find(doc).stream().filter(m -> m.type() == EntityType.PERSON)
        .map(m -> doc.slice(m.span())).toList();
  }

  @Test
  void aNameSetOffByCommasAfterATitleIsAPersonEvenWithAGivenNameNoListKnows() {
    assertThat(people("Voltaris's chief executive, Anvika Ramaswe, met the board.")).containsExactly("Anvika Ramaswe");
  }

  @Test
  void arabNamesWithAlAndHyphenatedSurnamesArePeople() {
    assertThat(people("The fund hired Omar Al-Qahtani and Nadia Okonkwo-Hale last year."))
        .containsExactly("Omar Al-Qahtani", "Nadia Okonkwo-Hale");
  }

  @Test
  void aBrandJoinedByAHyphenIsNoPerson() {
    assertThat(people("Sales of Ray-Ban Stories rose.")).isEmpty();
  }

  @Test
  void aStateTreasurerIsTheTitleOfThePersonNamed() {
    Document doc = ANALYZER.analyze("t", "The group accused State Treasurer Lydia Ferrand of taking gifts.", "en", null);
    assertThat(new NameRules().find(doc)).extracting(m -> doc.slice(m.span())).containsExactly("Lydia Ferrand");
  }

  @Test
  void aCityTheGazetteerKnowsIsNoPersonThoughItStartsLikeAGivenName() {
    assertThat(people("Lumen Labs, a San Francisco data start-up, was sold.")).isEmpty();
  }
}
