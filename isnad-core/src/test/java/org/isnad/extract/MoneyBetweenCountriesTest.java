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

/** Countries invest and give as organizations do; articles written for these tests. */
class MoneyBetweenCountriesTest {
  private static final Extractor EXTRACTOR = Extractor.standard();

  @Test
  void theKingdomAloneAndAPlanToInvestNameTheInvestingCountry() {
    Extraction x = EXTRACTOR.extract("t", "أعلن العاهل السعودي عزم المملكة زيادة استثماراتها في كندا إلى 50 مليار"
        + " دولار.\n\nوجدد رئيس الوزراء الكندي التأكيد على خطط المملكة العربية السعودية لاستثمار 20 مليار دولار في"
        + " كندا.\n", "auto", LocalDate.of(2025, 1, 10));
    Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
    List<Fact> investments = x.facts().stream().filter(f -> f.type() == FactType.INVESTMENT).toList();
    assertThat(investments).hasSize(2).allSatisfy(f -> {
      assertThat(names.get((String) f.roles().get("investor"))).isEqualTo("المملكة العربية السعودية");
      assertThat(names.get((String) f.roles().get("investee"))).isEqualTo("كندا");
      assertThat(f.status()).isEqualTo("planned");
    });
    assertThat(investments).extracting(f -> f.amount().value()).containsExactlyInAnyOrder(50e9, 20e9);
  }

  @Test
  void aCompanyOwnedByAPersonNamedInAppositionWinsTheContractNotItsOwner() {
    Extraction x = EXTRACTOR.extract("t", "ذكرت صحيفة الخليج اليوم أن شركة نيوفا، التابعة لرجل الأعمال رامي الزين، تقترب من"
        + " الفوز بعقد قيمته حوالي مليار دولار مع وزارة الدفاع الأردنية.\n", "auto", LocalDate.of(2025, 1, 10));
    Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
    Fact contract = x.facts().stream().filter(f -> f.type() == FactType.CONTRACT).findFirst().orElseThrow();
    assertThat(names.get((String) contract.roles().get("contractor"))).isEqualTo("نيوفا");
    assertThat(names.get((String) contract.roles().get("client"))).isEqualTo("وزارة الدفاع الأردنية");
    assertThat(contract.status()).isEqualTo("expected");
    Fact owns = x.facts().stream().filter(f -> f.type() == FactType.OWNERSHIP).findFirst().orElseThrow();
    assertThat(names.get((String) owns.roles().get("owner"))).isEqualTo("رامي الزين");
    assertThat(names.get((String) owns.roles().get("owned"))).isEqualTo("نيوفا");
  }

  @Test
  void aContractAwardedToABuilderMakesItTheContractor() {
    Extraction x = EXTRACTOR.extract("t", "The Roads Authority awarded a $1.1 billion contract to build a coastal highway to"
        + " Turkish builder Demirkaya Insaat, the authority said on Wednesday.\n", "auto", LocalDate.of(2025, 1, 10));
    Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
    Fact contract = x.facts().stream().filter(f -> f.type() == FactType.CONTRACT).findFirst().orElseThrow();
    assertThat(names.get((String) contract.roles().get("contractor"))).isEqualTo("Demirkaya Insaat");
    assertThat(names.get((String) contract.roles().get("client"))).isEqualTo("Roads Authority");
    assertThat(names.values()).doesNotContain("Turkish");
  }

  @Test
  void aListedCompanyDescribedBetweenCommasSignsTheContract() {
    Extraction x = EXTRACTOR.extract("t", "أعلنت شركة دار الواحة للمقاولات، المدرجة في السوق المالية السعودية، عن توقيع عقد مع"
        + " وزارة الإسكان بقيمة 1.2 مليار ريال.\n", "auto", LocalDate.of(2025, 1, 10));
    Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
    Fact contract = x.facts().stream().filter(f -> f.type() == FactType.CONTRACT).findFirst().orElseThrow();
    assertThat(names.get((String) contract.roles().get("contractor"))).startsWith("دار الواحة");
    assertThat(names.get((String) contract.roles().get("client"))).isEqualTo("وزارة الإسكان");
  }

  @Test
  void aStateNamedByItsLongNameReceivesTheGift() {
    Extraction x = EXTRACTOR.extract("t", "أهدت دولة الكويت إلى الجمهورية الإسلامية الموريتانية 50 حافلة للنقل العام.\n"
        + "وتعد موريتانيا شريكا مهما للكويت.\n", "auto", LocalDate.of(2025, 1, 10));
    Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
    Fact gift = x.facts().stream().filter(f -> f.type() == FactType.GIFT).findFirst().orElseThrow();
    assertThat(names.get((String) gift.roles().get("recipient"))).isEqualTo("موريتانيا");
  }

  @Test
  void aMinisterReceivingACompanysDelegationMeetsTheOneWhoLedIt() {
    Extraction x = EXTRACTOR.extract("t", "استقبل وزير الصناعة المغربي، كريم بنعلي، يوم الأربعاء في الرباط، وفداً من"
        + " شركة \"نيوفا\" الصينية برئاسة رئيسها التنفيذي سامي برهوم. وقال الناطق الرسمي باسم الحكومة المغربية،"
        + " يونس الإدريسي، إن المباحثات مستمرة. وتتنافس الشركة الصينية مع مجموعة \"زيفرون\" على المشروع. وكانت"
        + " الحكومة المغربية قد منحت في العام الماضي شركة \"أطلس موتورز\" دعماً بقيمة 500 مليون درهم.\n", "auto",
        java.time.LocalDate.of(2025, 1, 10));
    java.util.Map<String, String> names = x.entities().stream()
        .collect(java.util.stream.Collectors.toMap(org.isnad.fact.Entity::id, org.isnad.fact.Entity::name));
    assertThat(x.facts()).filteredOn(f -> f.type() == org.isnad.fact.FactType.MEETING)
        .extracting(f -> ((java.util.List<?>) f.roles().get("participants")).stream().map(names::get).toList())
        .containsExactly(java.util.List.of("كريم بنعلي", "سامي برهوم"));
    assertThat(x.facts()).filteredOn(f -> f.type() == org.isnad.fact.FactType.ROLE)
        .extracting(f -> names.get((String) f.roles().get("person")) + " → " + names.get((String) f.roles().get("organization")))
        .contains("كريم بنعلي → الحكومة المغربية", "يونس الإدريسي → الحكومة المغربية");
    assertThat(x.facts()).filteredOn(f -> f.type() == org.isnad.fact.FactType.COMPETITION)
        .extracting(f -> ((java.util.List<?>) f.roles().get("parties")).stream().map(names::get).sorted().toList())
        .containsExactly(java.util.List.of("زيفرون", "نيوفا"));
    assertThat(x.facts()).filteredOn(f -> f.type() == org.isnad.fact.FactType.DONATION)
        .extracting(f -> names.get((String) f.roles().get("donor")) + " → " + names.get((String) f.roles().get("recipient")))
        .containsExactly("الحكومة المغربية → أطلس موتورز");
  }

  @Test
  void aGiftToAFormerMinisterBeforeHisMinistryAwardedTheContract() {
    Extraction x = EXTRACTOR.extract("t", "أهدت شركة سحب للاتصالات وزير المواصلات السابق مشعل فهد العنزي ثلاث ساعات"
        + " فاخرة، قبل أيام من ترسية وزارة المواصلات عقد تطوير الشبكة على الشركة بقيمة 27 مليون دينار.\n"
        + "أما الرئيس التنفيذي لسحب، بدر يوسف الكندري، فقال إن الشركة \"تلتزم بسياسة صارمة بشأن الهدايا\".\n",
        "auto", java.time.LocalDate.of(2025, 1, 10));
    java.util.Map<String, String> names = x.entities().stream()
        .collect(java.util.stream.Collectors.toMap(org.isnad.fact.Entity::id, org.isnad.fact.Entity::name));
    java.util.function.Function<org.isnad.fact.Fact, String> pair = f -> names.get((String) f.roles().get(
        f.type().firstRole())) + " → " + names.get((String) f.roles().get(f.type().secondRole()));
    assertThat(x.facts()).filteredOn(f -> f.type() == org.isnad.fact.FactType.GIFT).extracting(pair)
        .containsExactly("سحب للاتصالات → مشعل فهد العنزي");
    assertThat(x.facts()).filteredOn(f -> f.type() == org.isnad.fact.FactType.CONTRACT).extracting(pair)
        .containsExactly("سحب للاتصالات → وزارة المواصلات");
    assertThat(x.facts()).filteredOn(f -> f.type() == org.isnad.fact.FactType.ROLE).extracting(pair)
        .contains("مشعل فهد العنزي → وزارة المواصلات");
    assertThat(x.facts()).filteredOn(f -> f.type() == org.isnad.fact.FactType.STATEMENT)
        .extracting(f -> names.get((String) f.roles().get("speaker"))).containsExactly("بدر يوسف الكندري");
  }

  @Test
  void aCompanyNamedAfterItsCountryKeepsItsWholeName() {
    Extraction x = EXTRACTOR.extract("t", "وتمتلك شركة مصر الوطنية للتشييد حصة تبلغ ٤٠٪ من أسهم شركة زيفرون.\n", "auto",
        java.time.LocalDate.of(2025, 1, 10));
    assertThat(x.entities()).extracting(org.isnad.fact.Entity::name).contains("مصر الوطنية للتشييد");
  }

  @Test
  void aFundPledgingAfterTalksInvestsInTheCountryAndItsChiefMetTheMinister() {
    Extraction x = EXTRACTOR.extract("t", "تعهد صندوق اللؤلؤة للاستثمار، الذراع السيادية لدولة قطر، باستثمار ملياري دولار"
        + " في مشاريع للطاقة بالمملكة المغربية، وذلك عقب مباحثات أجراها رئيسه التنفيذي، رامي الزين، مع وزيرة الاقتصاد"
        + " والمالية، ليلى حداد، بالرباط. وأوضح بلاغ لوزارة الاقتصاد والمالية أن المغرب يرحب بالشراكة.\n", "auto",
        java.time.LocalDate.of(2025, 1, 10));
    java.util.Map<String, String> names = x.entities().stream()
        .collect(java.util.stream.Collectors.toMap(org.isnad.fact.Entity::id, org.isnad.fact.Entity::name));
    assertThat(x.facts()).filteredOn(f -> f.type() == org.isnad.fact.FactType.INVESTMENT)
        .extracting(f -> names.get((String) f.roles().get("investee")) + " " + f.status())
        .containsExactly("المغرب planned");
    assertThat(x.facts()).filteredOn(f -> f.type() == org.isnad.fact.FactType.MEETING)
        .extracting(f -> ((java.util.List<?>) f.roles().get("participants")).stream().map(names::get).toList())
        .containsExactly(java.util.List.of("رامي الزين", "ليلى حداد"));
    assertThat(x.facts()).filteredOn(f -> f.type() == org.isnad.fact.FactType.ROLE)
        .extracting(f -> names.get((String) f.roles().get("person")) + " → " + names.get((String) f.roles().get("organization")))
        .contains("ليلى حداد → وزارة الاقتصاد والمالية");
    assertThat(x.facts()).filteredOn(f -> f.type() == org.isnad.fact.FactType.STATEMENT)
        .extracting(f -> names.get((String) f.roles().get("speaker"))).doesNotContain("رامي الزين");
  }

  @Test
  void aPledgeAtADonorConferenceForACountrysReconstructionIsADonationToIt() {
    Extraction x = EXTRACTOR.extract("t", "جمع مؤتمر المانحين لدعم إعادة إعمار اليمن تعهدات تجاوزت 3 مليارات دولار،"
        + " فيما تعهدت الكويت بنصف مليار دولار.\n", "auto", java.time.LocalDate.of(2025, 1, 10));
    java.util.Map<String, String> names = x.entities().stream()
        .collect(java.util.stream.Collectors.toMap(org.isnad.fact.Entity::id, org.isnad.fact.Entity::name));
    assertThat(x.facts()).filteredOn(f -> f.type() == org.isnad.fact.FactType.DONATION)
        .extracting(f -> names.get((String) f.roles().get("donor")) + " → " + names.get((String) f.roles().get("recipient"))
            + " " + f.status())
        .containsExactly("الكويت → اليمن planned");
  }
}
