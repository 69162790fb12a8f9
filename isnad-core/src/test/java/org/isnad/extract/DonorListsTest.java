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

/**
 * Several givers in one sentence, and donations whose sentence names no recipient. The
 * articles are written for these tests; the company names are invented.
 */
class DonorListsTest {
  private static final Extractor EXTRACTOR = Extractor.standard();

  private static Extraction extract(String text) {
    return EXTRACTOR.extract("t", text, "auto", LocalDate.of(2025, 1, 10));
  }

  /** donor → recipient of every donation. */
  private static Map<String, String> donations(Extraction x) {
    Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
    return x.facts().stream().filter(f -> f.type() == FactType.DONATION)
        .collect(Collectors.toMap(f -> names.get((String) f.roles().get("donor")),
            f -> String.valueOf(names.get((String) f.roles().get("recipient")))));
  }

  private static List<Fact> ofType(Extraction x, FactType type) {
    return x.facts().stream().filter(f -> f.type() == type).toList();
  }

  @Test
  void firmsListedAfterIncludingEachGiveTheAmount() {
    Extraction x = extract("Several firms, including Northwind Traders, Globex and Initech, each gave $250,000 to the"
        + " Harbor Relief Fund.\n");
    assertThat(donations(x)).containsOnly(Map.entry("Northwind Traders", "Harbor Relief Fund"),
        Map.entry("Globex", "Harbor Relief Fund"), Map.entry("Initech", "Harbor Relief Fund"));
    assertThat(ofType(x, FactType.DONATION)).allSatisfy(f -> assertThat(f.amount().value()).isEqualTo(250_000));
  }

  @Test
  void companiesListedAfterMithlGiveTheAmountEach() {
    // Brand names no tagger has seen: the class noun and the commas make them names.
    Extraction x = extract("ساهمت شركات أخرى، مثل زيفرون، كوانتيكس، وبلو هارت، بنصف مليون دولار لكل منها لصندوق الأمل"
        + " الخيري.\n");
    assertThat(donations(x)).containsOnlyKeys("زيفرون", "كوانتيكس", "بلو هارت");
    assertThat(donations(x).values()).containsOnly("صندوق الأمل الخيري");
    assertThat(ofType(x, FactType.DONATION)).allSatisfy(f -> assertThat(f.amount().value()).isEqualTo(500_000));
  }

  @Test
  void eachOfAListBeforeTheVerbIsADonor() {
    Extraction x = extract("أعلنت شركتا زيفرون وكوانتيكس أنهما ستتبرعان بمليون دولار لكل منهما لصندوق الأمل الخيري.\n");
    assertThat(donations(x)).containsOnlyKeys("زيفرون", "كوانتيكس");
  }

  @Test
  void aNameOpeningWithFaIsNotReadAsTheConjunction() {
    Extraction x = extract("وتبرعت “فورد” بمليوني دولار لصندوق الأمل الخيري.\n");
    assertThat(donations(x)).containsEntry("فورد", "صندوق الأمل الخيري");
  }

  @Test
  void aTotalOfDonationsIsNoDonation() {
    Extraction x = extract("ومن المتوقع أن يصل إجمالي التبرعات لدعم صندوق الأمل إلى نحو 50 مليون دولار.\n");
    assertThat(ofType(x, FactType.DONATION)).isEmpty();
  }

  @Test
  void aDonationWithoutRecipientGoesToTheFundTheArticleIsAbout() {
    // The earlier fund mentioned in passing does not take the donations of the article.
    Extraction x = extract("Governor Ana Ruiz's inaugural committee raised $40 million, filings show.\n\n"
        + "The sum dwarfed the $12 million raised for Governor Ben Cole's inaugural committee in 2019.\n\n"
        + "Zenith Foods contributed $2 million, and Orbit Bank gave $1 million.\n");
    Map<String, String> d = donations(x);
    assertThat(d.get("Zenith Foods")).contains("Ruiz");
    assertThat(d.get("Orbit Bank")).contains("Ruiz");
  }

  @Test
  void aSumRaisedFromNobodyNamedIsATotalNotADonation() {
    Extraction x = extract("Governor Ana Ruiz's inaugural committee raised a record $40 million.\n\n"
        + "وبلغت تبرعات حملتها 62 مليون دولار فقط.\n");
    assertThat(ofType(x, FactType.DONATION)).isEmpty();
  }

  @Test
  void moneyRaisedFromANamedGiverIsItsDonation() {
    Extraction x = extract("The Harbor Relief Fund raised $2 million from Zenith Foods last year.\n");
    assertThat(donations(x)).containsExactly(Map.entry("Zenith Foods", "Harbor Relief Fund"));
  }

  @Test
  void theGroupNamedAfterToIsTheRecipient() {
    Extraction x = extract("Dana Reed, through a trust that bears her name, donated $2.5 million to the group, named"
        + " Harbor Action PAC, on October 24.\n");
    assertThat(donations(x)).containsExactly(Map.entry("Dana Reed", "Harbor Action PAC"));
  }

  @Test
  void namesDescribingAnExecutiveStandForThePersonTheArticleIsAbout() {
    Extraction x = extract("Dana Reed plowed $26 million into the Harbor Relief Fund, filings show.\n\n"
        + "Filings show that the Acme and Globex executive gave $4 million to the Blue Ridge Fund.\n");
    assertThat(donations(x)).containsOnly(Map.entry("Dana Reed", "Blue Ridge Fund"))
        .doesNotContainKeys("Acme", "Globex", "Filings");
  }

  @Test
  void giftsOfMoneyFromSomeoneToSomeoneAreDonationsFromTheGiver() {
    Extraction x = extract("واعتبر المشرعون أن \"هدايا بملايين الدولارات\" من رامي الزين لسامي برهوم تثير التساؤلات.\n");
    assertThat(donations(x)).containsExactly(Map.entry("رامي الزين", "سامي برهوم"));
    assertThat(ofType(x, FactType.GIFT)).isEmpty();
  }

  @Test
  void aGiftPricedByItsValueStaysAGift() {
    Extraction x = extract("قدمت شركة نيوفا هدية بقيمة مليون دولار إلى سامي برهوم.\n");
    assertThat(ofType(x, FactType.GIFT)).hasSize(1);
    assertThat(donations(x)).isEmpty();
  }

  @Test
  void othersSuchAsTheNamedGiverGiveToo() {
    Extraction x = extract("وانتقد المشرعون \"هدايا بملايين الدولارات\" من رامي الزين وغيره من الشركات مثل زيفرون"
        + " وديلتاكس لسامي برهوم.\n");
    assertThat(donations(x)).containsOnly(Map.entry("رامي الزين", "سامي برهوم"), Map.entry("زيفرون", "سامي برهوم"),
        Map.entry("ديلتاكس", "سامي برهوم"));
  }

  @Test
  void hisDonationIsTheDonationOfTheSentencesSubject() {
    Extraction x = extract("تلقى رامي الزين رسالة من أعضاء في البرلمان حول تبرعه لصندوق الأمل الخيري.\n");
    assertThat(donations(x)).containsExactly(Map.entry("رامي الزين", "صندوق الأمل الخيري"));
  }

  @Test
  void aSecondNameAfterAGivenNameIsNotReadAsAConjunction() {
    // "وارين" is Warren here: the article never writes "ارين" alone.
    Extraction x = extract("وقالت السيناتور ليلى وارين إن التبرعات \"تثير التساؤلات\".\n");
    assertThat(x.entities()).extracting(Entity::name).contains("ليلى وارين");
  }

  @Test
  void theGiverIsTheSubjectAfterTheFilingsThatReportIt() {
    Extraction x = extract("Federal filings show Dana Reed also gave $2 million to the Harbor Relief Fund prior to Election"
        + " Day.\n");
    assertThat(donations(x)).containsExactly(Map.entry("Dana Reed", "Harbor Relief Fund"));
  }

  @Test
  void theNameBeforeAnAppositionGivesNotTheCountryInside() {
    Extraction x = extract("Arkansas financier Melissa Vossberg, nominated as US ambassador to Latvia, donated $4 million"
        + " to the Harbor Relief Fund.\n");
    assertThat(donations(x)).containsOnlyKeys("Melissa Vossberg");
  }

  @Test
  void theNextInARankingOfGiversGivesToo() {
    Extraction x = extract("Globex gave $6 million to the Harbor Relief Fund. The fund's next donor was Halden Foods,"
        + " which contributed $5 million to the Harbor Relief Fund. Cryptocurrency firm Vossberg Labs followed closely"
        + " with nearly $4.9 million.\n");
    assertThat(donations(x)).containsOnlyKeys("Globex", "Halden Foods", "Vossberg Labs");
  }

  @Test
  void followingWithAnAmountOutsideAListOfGiversIsNoDonation() {
    Extraction x = extract("Halden Foods reported a loss of $5 million. Vossberg Labs followed with a profit of $2 million.\n");
    assertThat(donations(x)).isEmpty();
  }

  @Test
  void theFounderNamedAfterHisCompanyGivesNotTheCompany() {
    Extraction x = extract("Acme's Dana Reed and Globex founder Sam Ortiz each donated $1 million to the Harbor Relief Fund.\n");
    assertThat(donations(x)).containsOnlyKeys("Dana Reed", "Sam Ortiz");
  }

  @Test
  void whatTheCommitteeReceivedFromSomeoneIsTheirDonationAndSoIsWhatAHusbandAndWifeGave() {
    Extraction x = extract("أنفقت لجنة العمل السياسي \"غد أفضل\" 30 مليون دولار على إعلانات لدعم المرشح سامي برهوم."
        + " وتلقت اللجنة 10 ملايين دولار من الملياردير رامي الزين، فيما قدم كل من رجل الأعمال جورج حداد وزوجته"
        + " ليلى حداد مليوني دولار لكل منهما. ومن المتوقع أن يضخ الزين 5 ملايين دولار إضافية في اللجنة.\n");
    assertThat(x.facts()).filteredOn(f -> f.type() == FactType.DONATION).extracting(f -> f.amount().value())
        .contains(10_000_000.0, 2_000_000.0, 5_000_000.0);
    Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
    assertThat(ofType(x, FactType.DONATION)).extracting(f -> names.get((String) f.roles().get("donor")) + " → "
        + names.get((String) f.roles().get("recipient"))).containsExactlyInAnyOrder("رامي الزين → غد أفضل",
        "جورج حداد → غد أفضل", "ليلى حداد → غد أفضل", "رامي الزين → غد أفضل");
    assertThat(ofType(x, FactType.INVESTMENT)).isEmpty();
  }

  @Test
  void offeringMoneyOutsideDonationsIsNoDonation() {
    Extraction x = extract("قدمت شركة نيوفا عرضا بقيمة 5 ملايين دولار لشراء شركة زيفرون.\n");
    assertThat(donations(x)).isEmpty();
  }

  @Test
  void eachFromTwoGiversAndAWifeWhoGaveAnotherAreThreeDonations() {
    Extraction x = extract("Silver State Forward, which has spent about $21 million on ads, received $5 million each from"
        + " venture capitalist Derek Vossberg and from Paloma Resorts. Vossberg's wife, Hannah Vossberg, gave another"
        + " $1 million.\n");
    Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
    assertThat(ofType(x, FactType.DONATION)).extracting(f -> names.get((String) f.roles().get("donor")) + " → "
        + names.get((String) f.roles().get("recipient"))).contains("Derek Vossberg → Silver State Forward",
        "Paloma Resorts → Silver State Forward", "Hannah Vossberg → Silver State Forward");
  }

  @Test
  void donorsListedWithDescriptionsEachGiveToTheInauguralCommitteeOfTheGovernor() {
    Extraction x = extract("Corporations have already given at least $14 million to the inaugural committee of Texas"
        + " Governor-elect Dana Reed, the Houston Ledger reported.\n\nDonors include oil producer Permian Crest Energy and"
        + " electric utility Lonestar Grid, which each gave $1 million.\n");
    assertThat(donations(x)).containsOnlyKeys("Permian Crest Energy", "Lonestar Grid");
    assertThat(donations(x).values()).allSatisfy(r -> assertThat(r).contains("Reed"));
  }

  @Test
  void moneyIntoEffortsToElectSomeoneIsGivenToThemAndTheSuperPacHeLeadsIsHis() {
    Extraction x = extract("Dana Reed plowed at least $260 million into efforts to send Sam Ortiz back to the White House.\n"
        + "Reed gave $120 million to Forward PAC, the pro-Ortiz super PAC he leads, in October.\n");
    assertThat(ReadFacts.pairs(x, FactType.DONATION)).contains("Dana Reed → Sam Ortiz", "Dana Reed → Forward PAC");
    assertThat(ReadFacts.pairs(x, FactType.ROLE)).containsExactly("Dana Reed → Forward PAC");
  }

  @Test
  void anInKindGiftOfTheSameValueIsASecondDonationAndAMeetingHeIntendsIsPlanned() {
    Extraction x = extract("أعلنت شركة نيوفا عن نيتها التبرع بمبلغ مليون دولار لصندوق حفل تنصيب الحاكم سامي برهوم.\n"
        + "وأعلنت نيوفا أنها بجانب تبرعها بأموال مباشرة، فهي ستساهم كذلك في بث الحفل على الهواء مباشرة كتبرع عيني"
        + " قيمته مليون دولار.\nوقد أعلن برهوم بأن مؤسس شركة نيوفا، رامي الزين، ينوي لقاءه الأسبوع المقبل.\n");
    assertThat(ofType(x, FactType.DONATION)).hasSize(2).allSatisfy(f -> assertThat(f.status()).isEqualTo("planned"));
    assertThat(ReadFacts.pairs(x, FactType.MEETING)).containsExactly("رامي الزين + سامي برهوم");
  }

  @Test
  void anAssociationOfTwoNounsSharingAGenitiveGivesAndAnOutletsReportIsNoStatement() {
    Extraction x = extract("وأفادت شبكة \"الميدان\" بأن إدارة الحاكم دعت خمسين شخصية لحضور حفل تنصيب الحاكم سامي برهوم.\n"
        + "وشاركت شركات في دعم الحفل، من بينها \"نيوفا\"، و\"زيفرون\"، وجمعية أبحاث وتصنيع الأدوية في الأردن، حيث"
        + " تبرعت كل جهة بمبلغ مليون دولار.\n");
    assertThat(donations(x)).containsKeys("نيوفا", "زيفرون", "جمعية أبحاث وتصنيع الأدوية");
    assertThat(ofType(x, FactType.STATEMENT)).isEmpty();
  }

  @Test
  void donorsInTranslatedProseGiveToTheCommitteeTheArticleOpensWith() {
    Extraction x = extract("قامت العديد من الشركات الكبرى بتقديم تبرعات إلى لجنة التنصيب الخاصة بحاكم ولاية أريزونا المنتخب،"
        + " مارك ديفيدسون، وفقا لصحيفة \"فينيكس تايمز\".\n"
        + "وبحسب الصحيفة، فإن شركة \"ديزرت لوجيستكس\" وشركة \"كاكتوس للطاقة\" قامت كل واحدة منهما بالتبرع بمبلغ"
        + " 500 ألف دولار. كما تم تقديم ربع مليون دولار من قبل جمعية مقاولي الطرق في أريزونا.\n");
    assertThat(donations(x)).containsEntry("ديزرت لوجيستكس", "لجنة التنصيب")
        .containsEntry("كاكتوس للطاقة", "لجنة التنصيب")
        .containsEntry("جمعية مقاولي الطرق", "لجنة التنصيب");
  }

  @Test
  void moneySpentToSupportSomeoneIsGivenToThem() {
    Extraction x = extract("تم إنفاق ما يزيد على 9 ملايين دولار من قبل لجنة العمل السياسي \"صن ستيت فويس\" لدعم مارك"
        + " ديفيدسون أثناء الحملة الانتخابية.\n");
    assertThat(donations(x)).containsEntry("صن ستيت فويس", "مارك ديفيدسون");
  }

  @Test
  void aByPhraseFarFromAGiftIsAnotherVerbsAgent() {
    Extraction x = extract("فيما قد يُعدّ أغلى هدية قُدّمت للولايات المتحدة من حكومة أجنبية، تستعد إدارة الرئيس سامر الزين"
        + " لقبول طائرة فاخرة، وهي هدية يُتوقع أن تُستخدم من قبل الرئيس سامر الزين كطائرة رئاسية.\n");
    assertThat(ofType(x, FactType.GIFT)).noneMatch(f -> x.entities().stream()
        .anyMatch(e -> e.id().equals(f.roles().get("giver")) && e.name().contains("الزين")));
  }

  @Test
  void aCommitteeNameEndsBeforeWhoseItIs() {
    Extraction x = extract("قامت شركات كبرى بتقديم تبرعات إلى لجنة التنصيب الخاصة بحاكمة ولاية جورجيا المنتخبة.\n");
    assertThat(x.entities()).extracting(Entity::name).contains("لجنة التنصيب").doesNotContain("لجنة التنصيب الخاصة");
  }

  @Test
  void anItemGivenWithItsValueIsAGiftToThePersonAfterTheVerb() {
    Extraction x = extract("According to the state ethics commission, Erie Harbor Developers gave Raymond Tolliver two playoff"
        + " tickets valued at $9,400 in January.\n");
    assertThat(ofType(x, FactType.GIFT)).hasSize(1);
    assertThat(ofType(x, FactType.DONATION)).isEmpty();
  }
}
