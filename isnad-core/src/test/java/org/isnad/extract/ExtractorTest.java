package org.isnad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.isnad.fact.Entity;
import org.isnad.fact.Extraction;
import org.isnad.fact.Fact;
import org.isnad.fact.FactType;
import org.junit.jupiter.api.Test;

/** Whole-pipeline behaviour on short articles written for these tests. */
class ExtractorTest {
  private static final Extractor EXTRACTOR = Extractor.standard();

  private static Extraction extract(String text) {
    return EXTRACTOR.extract("t", text, "auto", LocalDate.of(2025, 1, 10));
  }

  private static Map<String, String> names(Extraction x) {
    return x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
  }

  private static List<Fact> ofType(Extraction x, FactType type) {
    return x.facts().stream().filter(f -> f.type() == type).toList();
  }

  private static String role(Extraction x, Fact f, String role) {
    return names(x).get((String) f.roles().get(role));
  }

  @Test
  void readsAnEnglishDonationWithAmountAndRecipient() {
    Extraction x = extract("Harbor Analytics donated $2 million to the Red Crescent Fund on Monday.\n");
    List<Fact> donations = ofType(x, FactType.DONATION);
    assertThat(donations).hasSize(1);
    Fact d = donations.get(0);
    assertThat(role(x, d, "donor")).isEqualTo("Harbor Analytics");
    assertThat(role(x, d, "recipient")).isEqualTo("Red Crescent Fund");
    assertThat(d.amount().value()).isEqualTo(2_000_000);
    assertThat(d.amount().currency()).isEqualTo("USD");
    assertThat(d.status()).isEqualTo("occurred");
  }

  @Test
  void readsAnArabicDonationNamedInLatinScriptAfterAHeadNoun() {
    Extraction x = extract("تبرعت شركة Acme بمليون دولار لصندوق الإغاثة الدولي.\n");
    Fact d = ofType(x, FactType.DONATION).get(0);
    assertThat(role(x, d, "donor")).isEqualTo("Acme");
    assertThat(d.amount().value()).isEqualTo(1_000_000);
    assertThat(d.amount().currency()).isEqualTo("USD");
  }

  @Test
  void aPlanToGiveIsPlannedAndAConfirmationIsConfirmed() {
    Extraction x = extract("Acme Corp confirmed on Friday that it plans to donate $1 million to the Blue Fund.\n");
    Fact d = ofType(x, FactType.DONATION).get(0);
    assertThat(d.status()).isEqualTo("planned");
    assertThat(d.attribution().kind()).isEqualTo("confirmed");
  }

  @Test
  void theSameAmountIsResolvedToTheAmountBefore() {
    Extraction x = extract("Acme Corp gave $3 million to the Blue Fund. Northwind Group gave the same amount to the"
        + " Blue Fund.\n");
    List<Fact> donations = ofType(x, FactType.DONATION);
    assertThat(donations).extracting(f -> f.amount().value()).containsOnly(3_000_000.0);
    assertThat(donations).hasSize(2);
  }

  @Test
  void aQuoteIsAStatementOfTheSpeakerNamedAfterIt() {
    Extraction x = extract("\"We are proud of the new hospital wing and its staff,\" Dana Whitfield said on Monday.\n");
    Fact s = ofType(x, FactType.STATEMENT).get(0);
    assertThat(role(x, s, "speaker")).isEqualTo("Dana Whitfield");
    assertThat(s.fields().get("quote")).isEqualTo("We are proud of the new hospital wing and its staff,");
  }

  @Test
  void aTitleBetweenOrganizationAndPersonIsARole() {
    Extraction x = extract("Northwind Group chief executive Dana Whitfield visited the plant.\n");
    Fact r = ofType(x, FactType.ROLE).get(0);
    assertThat(role(x, r, "person")).isEqualTo("Dana Whitfield");
    assertThat(role(x, r, "organization")).isEqualTo("Northwind Group");
  }

  @Test
  void noResponseToARequestForCommentIsNoComment() {
    Extraction x = extract("Acme Corp did not respond to a request for comment.\n");
    Fact n = ofType(x, FactType.NO_COMMENT).get(0);
    assertThat(role(x, n, "subject")).isEqualTo("Acme Corp");
  }

  @Test
  void aSurnameAloneIsTheSamePersonAsTheFullName() {
    Extraction x = extract("Dana Whitfield joined Acme Corp in 2019. Whitfield later left the company.\n");
    List<Entity> people = x.entities().stream().filter(e -> e.name().contains("Whitfield")).toList();
    assertThat(people).hasSize(1);
    assertThat(people.get(0).aliases()).contains("Whitfield");
    assertThat(people.get(0).mentions()).hasSize(2);
  }

  @Test
  void anInauguralFundNamedInTwoWaysIsOneEntity() {
    Extraction x = extract("Acme Corp gave $1 million to Donald Trump's inaugural fund. Northwind Group also gave"
        + " $1 million to Trump's inaugural fund.\n");
    List<String> recipients = ofType(x, FactType.DONATION).stream().map(f -> (String) f.roles().get("recipient"))
        .distinct().toList();
    assertThat(recipients).hasSize(1);
    assertThat(names(x).get(recipients.get(0))).isEqualTo("Trump's inaugural fund");
  }

  @Test
  void everyFactPointsAtEntitiesAndSentencesOfTheDocument() {
    String text = "أكدت شركة Acme أنها تبرعت بمليون دولار لصندوق الإغاثة. ولم تستجب شركة Northwind لطلب التعليق.\n";
    Extraction x = extract(text);
    assertThat(x.facts()).isNotEmpty();
    for (Fact f : x.facts()) {
      for (Object id : f.roles().values()) {
        List<?> ids = id instanceof List<?> l ? l : List.of(id);
        assertThat(ids).allSatisfy(i -> assertThat(names(x)).containsKey((String) i));
      }
      assertThat(f.evidence()).allSatisfy(s -> assertThat(s.end()).isLessThanOrEqualTo(text.length()));
    }
  }
}
