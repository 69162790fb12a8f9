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
    Extraction x = ReadFacts.extract("استقبل وزير الصناعة المغربي، كريم بنعلي، يوم الأربعاء في الرباط، وفداً من"
        + " شركة \"نيوفا\" الصينية برئاسة رئيسها التنفيذي سامي برهوم. وقال الناطق الرسمي باسم الحكومة المغربية،"
        + " يونس الإدريسي، إن المباحثات مستمرة. وتتنافس الشركة الصينية مع مجموعة \"زيفرون\" على المشروع. وكانت"
        + " الحكومة المغربية قد منحت في العام الماضي شركة \"أطلس موتورز\" دعماً بقيمة 500 مليون درهم.\n");
    assertThat(ReadFacts.pairs(x, FactType.MEETING)).containsExactly("كريم بنعلي + سامي برهوم");
    assertThat(ReadFacts.pairs(x, FactType.ROLE)).contains("كريم بنعلي → الحكومة المغربية",
        "يونس الإدريسي → الحكومة المغربية");
    assertThat(ReadFacts.pairs(x, FactType.COMPETITION)).containsExactly("نيوفا + زيفرون");
    assertThat(ReadFacts.pairs(x, FactType.DONATION)).containsExactly("الحكومة المغربية → أطلس موتورز");
  }

  @Test
  void aGiftToAFormerMinisterBeforeHisMinistryAwardedTheContract() {
    Extraction x = ReadFacts.extract("أهدت شركة سحب للاتصالات وزير المواصلات السابق مشعل فهد العنزي ثلاث ساعات"
        + " فاخرة، قبل أيام من ترسية وزارة المواصلات عقد تطوير الشبكة على الشركة بقيمة 27 مليون دينار.\n"
        + "أما الرئيس التنفيذي لسحب، بدر يوسف الكندري، فقال إن الشركة \"تلتزم بسياسة صارمة بشأن الهدايا\".\n");
    assertThat(ReadFacts.pairs(x, FactType.GIFT)).containsExactly("سحب للاتصالات → مشعل فهد العنزي");
    assertThat(ReadFacts.pairs(x, FactType.CONTRACT)).containsExactly("سحب للاتصالات → وزارة المواصلات");
    assertThat(ReadFacts.pairs(x, FactType.ROLE)).contains("مشعل فهد العنزي → وزارة المواصلات");
    assertThat(ReadFacts.role(x, FactType.STATEMENT, "speaker")).containsExactly("بدر يوسف الكندري");
  }

  @Test
  void aCompanyNamedAfterItsCountryKeepsItsWholeName() {
    Extraction x = ReadFacts.extract("وتمتلك شركة مصر الوطنية للتشييد حصة تبلغ ٤٠٪ من أسهم شركة زيفرون.\n");
    assertThat(x.entities()).extracting(Entity::name).contains("مصر الوطنية للتشييد");
  }

  @Test
  void aFundPledgingAfterTalksInvestsInTheCountryAndItsChiefMetTheMinister() {
    Extraction x = ReadFacts.extract("تعهد صندوق اللؤلؤة للاستثمار، الذراع السيادية لدولة قطر، باستثمار ملياري دولار"
        + " في مشاريع للطاقة بالمملكة المغربية، وذلك عقب مباحثات أجراها رئيسه التنفيذي، رامي الزين، مع وزيرة الاقتصاد"
        + " والمالية، ليلى حداد، بالرباط. وأوضح بلاغ لوزارة الاقتصاد والمالية أن المغرب يرحب بالشراكة.\n");
    assertThat(ReadFacts.pairs(x, FactType.INVESTMENT)).containsExactly("صندوق اللؤلؤة للاستثمار → المغرب");
    assertThat(x.facts()).filteredOn(f -> f.type() == FactType.INVESTMENT).extracting(Fact::status)
        .containsExactly("planned");
    assertThat(ReadFacts.pairs(x, FactType.MEETING)).containsExactly("رامي الزين + ليلى حداد");
    assertThat(ReadFacts.pairs(x, FactType.ROLE)).contains("ليلى حداد → وزارة الاقتصاد والمالية");
    assertThat(ReadFacts.role(x, FactType.STATEMENT, "speaker")).doesNotContain("رامي الزين");
  }

  @Test
  void aPledgeAtADonorConferenceForACountrysReconstructionIsADonationToIt() {
    Extraction x = ReadFacts.extract("جمع مؤتمر المانحين لدعم إعادة إعمار اليمن تعهدات تجاوزت 3 مليارات دولار،"
        + " فيما تعهدت الكويت بنصف مليار دولار.\n");
    assertThat(ReadFacts.pairs(x, FactType.DONATION)).containsExactly("الكويت → اليمن");
    assertThat(x.facts()).filteredOn(f -> f.type() == FactType.DONATION).extracting(Fact::status)
        .containsExactly("planned");
  }

  @Test
  void aMeetingThatBroughtTwoTogetherAndACompanysTransliteratedName() {
    Extraction x = ReadFacts.extract("أعلنت مجموعة أناضول تكستيل التركية عزمها استثمار 300 مليون دولار في تونس، وذلك إثر"
        + " لقاء جمع رئيس مجلس إدارتها، مراد يلماز أوغلو، بوزير الصناعة التونسي منير الجلاصي.\n");
    assertThat(ReadFacts.pairs(x, FactType.INVESTMENT)).singleElement().asString().contains("أناضول تكستيل")
        .endsWith("→ تونس");
    assertThat(ReadFacts.pairs(x, FactType.MEETING)).containsExactly("مراد يلماز أوغلو + منير الجلاصي");
  }

  @Test
  void aDonationWordAfterACompanysNameIsNoPartOfIt() {
    Extraction x = ReadFacts.extract("وقدمت شركة أوبر تبرعًا بقيمة مليوني دولار لصندوق الأمل الخيري.\n");
    assertThat(x.entities()).extracting(Entity::name).contains("أوبر");
  }

  @Test
  void hisCompanyWillInvestInTheInitiativeTheArticleNamed() {
    Extraction x = ReadFacts.extract("وتضم مبادرة “زيفرون” مجموعة من الشركات. وأشار رامي الزين، الرئيس التنفيذي لشركة “نيوفا”،"
        + " خلال المؤتمر، إلى أن شركته ستستثمر على الفور مبلغ 100 مليار دولار لدعم هذه المبادرة.\n");
    assertThat(ReadFacts.pairs(x, FactType.INVESTMENT)).containsExactly("نيوفا → زيفرون");
    assertThat(ReadFacts.role(x, FactType.STATEMENT, "speaker")).containsExactly("رامي الزين");
  }
}
