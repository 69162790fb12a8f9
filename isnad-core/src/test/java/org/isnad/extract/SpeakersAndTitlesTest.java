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

/** Who speaks and who holds which post, on short articles written for these tests (invented names). */
class SpeakersAndTitlesTest {
  private static final Extractor EXTRACTOR = Extractor.standard();

  private static Extraction extract(String text) {
    return EXTRACTOR.extract("t", text, "auto", LocalDate.of(2025, 1, 10));
  }

  private static List<String> speakers(Extraction x) {
    Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
    return x.facts().stream().filter(f -> f.type() == FactType.STATEMENT)
        .map(f -> names.get((String) f.roles().get("speaker"))).toList();
  }

  /** "person → organization (title)" of every role. */
  private static List<String> roles(Extraction x) {
    Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
    return x.facts().stream().filter(f -> f.type() == FactType.ROLE)
        .map(f -> names.get((String) f.roles().get("person")) + " → " + names.get((String) f.roles().get("organization"))
            + " (" + f.fields().get("title") + ")").toList();
  }

  @Test
  void twoSenatorsJoinedByWaBothSayTheQuote() {
    Extraction x = extract("وقد اعتبرت السيناتور ليلى حداد (ديمقراطية من أوهايو) والسيناتور مروان نصار (ديمقراطي من"
        + " تكساس)، أن التبرعات \"تثير العديد من التساؤلات حول النفوذ\".\n");
    assertThat(speakers(x)).containsExactlyInAnyOrder("ليلى حداد", "مروان نصار");
  }

  @Test
  void aPublicBroadcasterNamedByItsAdjectivesSpeaks() {
    Extraction x = extract("وقالت الإذاعة العبرية العامة إن \"الشركتين تتعاونان في تطوير سيارات ذاتية القيادة\".\n");
    assertThat(speakers(x)).containsExactly("الإذاعة العبرية العامة");
  }

  @Test
  void theCrownPrinceAloneIsThePersonNamedWithTheTitleBefore() {
    Extraction x = extract("وأشار ولي العهد الأمير فيصل بن خالد إلى أن الاستثمارات ستزيد.\n"
        + "وأضاف ولي العهد أن بلاده \"ملتزمة بالشراكة\".\n");
    assertThat(speakers(x)).containsOnly("فيصل بن خالد").hasSize(2);
  }

  @Test
  void aQuotedPhraseOfOrdinaryWordsIsNoName() {
    Extraction x = extract("ووصف رامي الزين المدير بأنه رجل \"يحظى بالاحترام الشديد\".\n");
    assertThat(x.entities()).extracting(Entity::name).doesNotContain("يحظى بالاحترام الشديد");
  }

  @Test
  void theOrganizationBeforeAnEnglishTitleAndThePersonAfterIt() {
    Extraction x = extract("Nyova spokesperson Jeannie Kedas said the network was pleased.\n\n"
        + "Telko CEO Dara Vossberg made an additional $1 million personal donation.\n");
    assertThat(roles(x)).contains("Jeannie Kedas → Nyova (spokesperson)", "Dara Vossberg → Telko (CEO)");
  }

  @Test
  void aMinistryNameEndsAtItsAdjectiveAndTheSpokesmanAfterItSpeaks() {
    Extraction x = extract("وقال المتحدث باسم وزارة الصحة الأردنية خالد العمري: \"سنواصل العمل\".\n");
    assertThat(speakers(x)).containsExactly("خالد العمري");
    assertThat(roles(x)).containsExactly("خالد العمري → وزارة الصحة الأردنية (المتحدث باسم)");
  }

  @Test
  void aTitleInAppositionIsAssertedAndNotPlanned() {
    Extraction x = extract("تعهد الملياردير رامي الزين مؤسس شركة تيلكو ورئيسها التنفيذي بالتبرع بمليون دولار.\n");
    List<Fact> roles = x.facts().stream().filter(f -> f.type() == FactType.ROLE).toList();
    assertThat(roles).isNotEmpty().allSatisfy(f -> {
      assertThat(f.status()).isNull();
      assertThat(f.attribution().kind()).isEqualTo("asserted");
    });
  }

  @Test
  void anEnglishSpeakerStandsBeforeTheCueNotBetweenItAndTheQuote() {
    Extraction x = extract("Reed claimed in the filing Vossberg \"knows that these figures are false.\"\n");
    assertThat(speakers(x)).containsExactly("Reed");
  }

  @Test
  void reportedSpeechAfterCounteredThatIsAStatementAndTheNextQuoteIsTheSameSpeakers() {
    Extraction x = extract("Vossberg countered on social media that the gifts were personal, not corporate.\n\n"
        + "\u201cThe funny thing is, nobody asked me when I donated to the Harbor Relief Fund.\u201d He posted on X.\n");
    assertThat(speakers(x)).containsExactly("Vossberg", "Vossberg");
  }

  @Test
  void iInsideAQuoteIsItsSpeakerAndTheFactIsTheSpeakersClaim() {
    Extraction x = extract("Vossberg countered on social media that the gifts were personal.\n\n"
        + "\u201cNobody asked me when I donated to the Harbor Relief Fund.\u201d He posted on X.\n");
    Fact d = x.facts().stream().filter(f -> f.type() == FactType.DONATION).findFirst().orElseThrow();
    Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
    assertThat(names.get((String) d.roles().get("donor"))).isEqualTo("Vossberg");
    assertThat(names.get((String) d.roles().get("recipient"))).isEqualTo("Harbor Relief Fund");
    assertThat(d.attribution().kind()).isEqualTo("claimed");
  }

  @Test
  void presidentElectIsATitleNotPartOfTheName() {
    Extraction x = extract("President-elect Dana Reed said the fund would open in March.\n");
    assertThat(x.entities()).extracting(Entity::name).contains("Dana Reed").noneMatch(n -> n.contains("elect"));
  }

  @Test
  void reportedWordsEndWhereAnotherClauseBegins() {
    Extraction x = extract("قال رامي الزين إنه يخطط لإلغاء القرار الوزاري بشأن الضرائب، والذي يهدف إلى حماية المصانع،"
        + " ويتوقع المحللون أن يرتفع الإنفاق.\n");
    List<Object> contents = x.facts().stream().filter(f -> f.type() == FactType.STATEMENT)
        .map(f -> f.fields().get("content")).toList();
    assertThat(contents).containsExactly("إنه يخطط لإلغاء القرار الوزاري بشأن الضرائب");
  }

  @Test
  void aRelativeClauseNamingItsOwnSubjectAfterTheVerbKeepsIt() {
    Extraction x = extract("وقال سامي برهوم، المتحدث باسم شركة نيوفا، إن هذه هي المرة الأولى التي تتبرع فيها نيوفا لصندوق"
        + " الأمل الخيري.\n");
    Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
    assertThat(x.facts().stream().filter(f -> f.type() == FactType.DONATION)
        .map(f -> names.get((String) f.roles().get("donor")))).containsExactly("نيوفا");
  }

  @Test
  void aPresidentOfAnOrganizationDescribedByAnAdjectiveHoldsTheRole() {
    Extraction x = extract("Dana Vossberg, president of the nonpartisan Partnership for Open Budgets, criticised the"
        + " numbers.\n");
    assertThat(roles(x)).contains("Dana Vossberg → Partnership for Open Budgets (president)");
  }

  @Test
  void aMinisterOfANationalityHoldsTheRoleInThatCountry() {
    Extraction x = extract("زار وفد من الأردن مدينة نواكشوط، والتقى النعيمي بوزير الاقتصاد الموريتاني محمد ولد أحمد."
        + " وتعد موريتانيا شريكا مهما.\n");
    assertThat(roles(x)).anyMatch(r -> r.equals("محمد ولد أحمد → موريتانيا (وزير)"));
  }

  @Test
  void aSpokesmanBeforeTheCueSaysWhatFollowsThatEvenWhenItNamesHisMinistry() {
    Extraction x = extract("وكان المتحدث الرسمي باسم وزارة الإسكان الأردنية، سامي برهوم، قد أكد في تصريح سابق أن"
        + " الوزارة \"ستطرح مشاريع إضافية خلال العام الجاري\".\n");
    assertThat(speakers(x)).containsExactly("سامي برهوم");
  }

  @Test
  void anEnglishSpeechVerbWithoutThatStillReportsSpeech() {
    Extraction x = extract("Veltrix, which competes with Kessel Halbleiter, said it would pursue a standalone strategy.\n");
    assertThat(speakers(x)).containsExactly("Veltrix");
  }

  @Test
  void aMeetingIsWithTheTitleHolderNotHisCompany() {
    assertThat(meetings(extract("ويأتي ذلك بعد أن التقى رامي الزين الأسبوع الماضي الرئيس التنفيذي لشركة نيوفا، سامي"
        + " برهوم، في عمان.\n"))).containsExactly(List.of("رامي الزين", "سامي برهوم"));
    assertThat(meetings(extract("Dana Reed announced the plan on Monday after meeting Finance Minister Dara Vossberg in"
        + " Nairobi.\n"))).containsExactly(List.of("Dana Reed", "Dara Vossberg"));
  }

  private static List<List<String>> meetings(Extraction x) {
    Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
    return x.facts().stream().filter(f -> f.type() == FactType.MEETING)
        .map(f -> ((List<?>) f.roles().get("participants")).stream().map(id -> names.get((String) id)).toList())
        .toList();
  }

  @Test
  void whoeverCommentedSaysTheQuoteAfterSaying() {
    Extraction x = extract("ونشر رامي الزين الرسالة على حسابه. وعلق على الرسالة قائلاً: \"لم يسألني أحد عن تبرعاتي\".\n");
    assertThat(speakers(x)).containsExactly("رامي الزين");
  }

  @Test
  void aNameAfterThatIsWhatIsSaidNotWhoSaysIt() {
    Extraction x = extract("ويذكر أن \"نيوفا\" دخلت السوق الأمريكية عام 2001.\n");
    assertThat(speakers(x)).isEmpty();
  }

  @Test
  void aSenatorSitsInTheSenateTheArticleNames() {
    Extraction x = extract("تلقى رامي الزين رسالة من أعضاء في مجلس الشيوخ الأميركي.\n"
        + "وقال السيناتور جون هارتلي إن التبرع يثير أسئلة.\n");
    assertThat(roles(x)).contains("جون هارتلي → مجلس الشيوخ الأميركي (السيناتور)");
  }

  @Test
  void noSenateNamedNoSenatorRole() {
    Extraction x = extract("وقال السيناتور جون هارتلي إن التبرع يثير أسئلة.\n");
    assertThat(roles(x)).isEmpty();
  }

  @Test
  void aQuoteAfterPlainWordsAndACommaIsNoName() {
    Extraction x = extract("واعتبر النواب أن التبرعات من نيوفا لسامي برهوم، \"تطرح أسئلة كثيرة\".\n");
    assertThat(x.entities()).extracting(Entity::name).doesNotContain("تطرح أسئلة كثيرة");
  }

  @Test
  void theMainVerbsSubjectSaysWhatFollowsAddingNotTheLastNameBefore() {
    Extraction x = extract("وخلال المؤتمر الصحفي، أشاد رامي الزين بجهود الوزير سامي برهوم، مضيفا: \"عمله مذهل للغاية\".\n");
    assertThat(speakers(x)).containsExactly("رامي الزين");
  }

  @Test
  void describingSomeoneInQuotesIsAStatement() {
    Extraction x = extract("ووصف مكتب رئيس وزراء زيفرستان، في تصريح مكتوب، الاتفاق بأنه \"أكبر صفقة في تاريخ البلاد\".\n");
    assertThat(speakers(x)).containsExactly("مكتب رئيس وزراء زيفرستان");
  }

  @Test
  void aCrownPrinceOfANationalityHoldsHisPostInThatCountry() {
    Extraction x = extract("وقال ولي العهد السعودي فيصل بن خالد إن المملكة العربية السعودية ستزيد استثماراتها.\n");
    assertThat(roles(x)).contains("فيصل بن خالد → المملكة العربية السعودية (ولي العهد)");
  }

  @Test
  void whoLeadsAnOfficeAfterWhoIsThePerson() {
    Extraction x = extract("أعلن الحاكم أنه كلف رامي الزين، الذي يقود شركة نيوفا، بمراجعة النفقات.\n");
    assertThat(roles(x)).contains("رامي الزين → نيوفا (رئيس)");
    assertThat(x.facts()).filteredOn(f -> f.type() == FactType.POLICY).isEmpty(); // its actor is unnamed
  }

  @Test
  void aPartialQuoteOfWhatSomeoneSaidIsTheirStatement() {
    Extraction x = extract("Vossberg had accused Acme anchor Dana Reed of acting \"with actual malice,\" after Reed said"
        + " that Vossberg had been \"found liable for fraud\" in a March 10 interview.\n");
    assertThat(speakers(x)).containsExactly("Dana Reed");
  }

  @Test
  void aSpeechVerbJoinedByWaSharesTheSentencesSubject() {
    Extraction x = extract("تبرعت شركة \"نيوفا\" بمليون دولار لصندوق حفل تنصيب الحاكم سامي برهوم. في المقابل، نفت شركة"
        + " \"زيفرون\" ما تردد عن تبرعها بمليون دولار للصندوق، وقالت في بيان إنها \"لم تقدم أي مساهمة هذا العام\".\n");
    assertThat(speakers(x)).containsExactly("زيفرون");
  }

  @Test
  void whoGoesOnAfterAddingThatIsTheOneWhoSpokeBefore() {
    Extraction x = extract("وقال الرئيس التنفيذي لمجموعة نيوفا، رامي الزين، في بيان: \"نرى في زيفرون منصة للتوسع\"."
        + " وأضاف أن المجموعة \"لا تعتزم تقديم عرض آخر\".\n");
    assertThat(speakers(x)).containsExactly("رامي الزين", "رامي الزين");
  }

  @Test
  void theNamedPersonBeforeSaidSpeaksNotTheGroupItLeads() {
    Extraction x = extract("Silver State Forward raised $5 million from Paloma Resorts.\n\n\"Nevadans are tired of being"
        + " told what to think by Washington,\" Beth Carrow, the group's executive director, said in a statement.\n");
    assertThat(speakers(x)).containsExactly("Beth Carrow");
    assertThat(x.entities()).filteredOn(e -> e.name().equals("Silver State Forward")).extracting(Entity::type)
        .doesNotContain(org.isnad.fact.EntityType.PERSON);
  }

  @Test
  void honorificsAndBoardsStandBetweenATitleAndItsHolder() {
    Extraction x = extract("وأعلن بنك زيفرون توقيع الاتفاق. من جانبه، أكد نائب رئيس مجلس إدارة البنك، هشام رضوان، أن الاتفاق"
        + " مهم. وقال رئيس مجلس إدارة شركة نيوفا، المهندس شريف أبو العلا، إن التسوية عادلة.\n");
    assertThat(roles(x)).contains("هشام رضوان → بنك زيفرون (نائب رئيس)", "شريف أبو العلا → نيوفا (رئيس مجلس إدارة)");
    assertThat(x.entities()).extracting(Entity::name).noneMatch(n -> n.startsWith("مجلس إدارة"));
  }

  @Test
  void wordsSetInQuotationMarksInsideReportedSpeechAreTheStatementsQuote() {
    Extraction x = extract("Orion Holdings said it was \"deeply disappointed\" by the ruling.\n"
        + "Vossberg Capital said the fund had asked for \"regulatory certainty\" on export rules.\n");
    assertThat(x.facts()).filteredOn(f -> f.type() == FactType.STATEMENT).extracting(f -> f.fields().get("quote"))
        .containsExactly("deeply disappointed", null);
  }

  @Test
  void theLawyerInAppositionSpeaksNotHisClient() {
    Extraction x = extract("ونفى محامي رامي الزين، سامي برهوم، التهم الموجهة إلى موكله، وقال إن \"موكلي ضحية تصفية حسابات\".\n");
    assertThat(speakers(x)).containsExactly("سامي برهوم");
  }

  @Test
  void sheMetIsThePersonNamedBeforeAndArabicNamesKeepTheirParticles() {
    Extraction x = extract("The Omani government presented a horse to Deputy Commerce Secretary Laura Pennington during"
        + " a visit to Muscat, where she met Omani Commerce Minister Said bin Hamad al-Harthi, according to the"
        + " State Department's annual disclosure.\n");
    assertThat(ReadFacts.pairs(x, FactType.MEETING)).containsExactly("Laura Pennington + Said bin Hamad al-Harthi");
    assertThat(speakers(x)).isEmpty();
  }

  @Test
  void womenHoldTitlesInTheFeminine() {
    Extraction x = extract("وقعت شركة الريان للمقاولات عقداً جديداً. وقالت الرئيسة التنفيذية للريان، منى خالد الدوسري، إن"
        + " الشركة جاهزة.\n");
    assertThat(roles(x)).anyMatch(r -> r.startsWith("منى خالد الدوسري → ") && r.contains("ريان"));
  }

  @Test
  void theHeadOfADepartmentOrAPortfolioServesTheMinistry() {
    Extraction x = extract("وأعلنت وزارة النقل والاتصالات وتقنية المعلومات ترسية المشروع. وأوضح مدير الإعلام بالوزارة، حسن"
        + " الطيب، أن العروض كثيرة. وقال وكيل الوزارة للنقل، المهندس خالد بن سالم الحارثي: «المشروع مهم».\n");
    assertThat(roles(x)).contains("حسن الطيب → وزارة النقل والاتصالات وتقنية المعلومات (مدير)",
        "خالد بن سالم الحارثي → وزارة النقل والاتصالات وتقنية المعلومات (وكيل)");
  }

  @Test
  void whereAGuestIsReceivedIsNoPlaceOfWork() {
    Extraction x = extract("واستقبل الرئيس سامر الزين، ولي العهد الأردني في القصر الجمهوري في وقت سابق من اليوم.\n");
    assertThat(roles(x)).noneMatch(r -> r.contains("القصر الجمهوري"));
  }

  @Test
  void aParticipleOfSpeechEndsTheReportedClauseBeforeIt() {
    Extraction x = extract("وأوضح الرئيس التنفيذي لمجموعة الرواسي، طلال بن عبدالعزيز المقرن، أن المجموعة ستموّل الصفقة"
        + " من قروض مصرفية، مشيراً إلى أن الشركة تدير 42 مختبراً.\n");
    assertThat(x.facts()).filteredOn(f -> f.type() == FactType.STATEMENT)
        .anySatisfy(f -> assertThat(f.fields().get("content")).isEqualTo("المجموعة ستموّل الصفقة من قروض مصرفية"));
  }

  @Test
  void aNameKeepsARareSurnameAndAGivenNameTheTaggerLeftOut() {
    Extraction x = extract("وقال وزير الكهرباء، عبدالله محسن باعوضة، إن العقد مهم. وقالت الرئيسة التنفيذية للمجموعة،"
        + " منيرة عبدالله الرومي، إن الفرصة مناسبة.\n");
    assertThat(x.entities()).extracting(Entity::name).contains("عبدالله محسن باعوضة", "منيرة عبدالله الرومي");
  }

  @Test
  void theCompanyAfterATitlesLamIsAnOrganizationEvenWhenItsNameIsUnknown() {
    Extraction x = extract("بدوره، أكد العضو المنتدب لنيلكانث، فيكرام شارما، أن التسوية عادلة.\n");
    assertThat(roles(x)).contains("فيكرام شارما → نيلكانث (العضو المنتدب)");
  }

  @Test
  void aCompanysShortNameTheTaggerTookForAPlaceIsStillTheCompany() {
    Extraction x = extract("أبدت مجموعة السنبوك المالية رغبتها في تقديم عرض. وقالت الرئيسة التنفيذية للسنبوك، منيرة عبدالله"
        + " الرومي، إن الفرصة مناسبة.\n");
    assertThat(roles(x)).anyMatch(r -> r.startsWith("منيرة عبدالله الرومي → مجموعة السنبوك المالية"));
  }

  @Test
  void aGivenNameThatStartsWithWawKeepsIt() {
    Extraction x = extract("فرضت وزارة الخزانة عقوبات على رجل الأعمال اللبناني وسيم قبلان.\n");
    assertThat(x.entities()).extracting(Entity::name).contains("وسيم قبلان");
  }

  @Test
  void anUnnamedSpokesmanSpeaksForTheCompany() {
    Extraction x = extract("تلقت اللجنة ثلاثة ملايين دولار من الملياردير هوارد كينسلي.\n"
        + "في المقابل، نفت شركة \"ريدكلاي للأدوية\" التقارير، حيث قال متحدث باسم الشركة: \"نحن لا نشارك في أي أنشطة"
        + " سياسية من أي نوع\".\n");
    assertThat(speakers(x)).contains("ريدكلاي للأدوية").doesNotContain("هوارد كينسلي");
  }

  @Test
  void thePersonAfterACompanysTitleSpeaksNotTheCompany() {
    Extraction x = extract("Erie Harbor Developers won a city contract last year. Erie Harbor's chief executive, Linda Brandt,"
        + " said the gifts reflected \"a personal friendship of twenty years.\"\n");
    assertThat(speakers(x)).containsExactly("Linda Brandt");
    assertThat(roles(x)).anyMatch(r -> r.startsWith("Linda Brandt → Erie Harbor Developers"));
  }

  @Test
  void aDeputysTitleIsNotPartOfTheDepartmentsName() {
    Extraction x = extract("Voltaris's chief executive, Priya Natarajan, met Deputy Treasury Secretary Alan Corbett in June.\n");
    assertThat(x.entities()).extracting(Entity::name).contains("Treasury").doesNotContain("Deputy Treasury");
  }

  @Test
  void whoFoundedACompanyIsThePersonTheDescriptionIsAbout() {
    Extraction x = extract("Copper State Promise received $3 million from Grant Sorensen, the Phoenix software billionaire who"
        + " founded Saguaro Systems.\n");
    assertThat(roles(x)).anyMatch(r -> r.startsWith("Grant Sorensen → Saguaro Systems"))
        .noneMatch(r -> r.startsWith("Copper State Promise"));
  }

  @Test
  void aCampaignManagerNamedAfterHisTitleSpeaks() {
    Extraction x = extract("The group attacked Sen. Wade Tillman. Tillman's campaign manager, Brent Koehler, said the senator"
        + " \"will win this race on his record.\"\n");
    assertThat(speakers(x)).containsExactly("Brent Koehler");
  }

  @Test
  void heIsNoCompanyWithATwoWordName() {
    Extraction x = extract("A second developer, Cuyahoga Crossing, gave Raymond Tolliver a painting, which he says he returned.\n");
    assertThat(speakers(x)).doesNotContain("Cuyahoga Crossing");
  }

  @Test
  void aMinisterWhosePortfolioHasManyWordsIsTheOneNamedAfterThem() {
    Extraction x = extract("جمعت مباحثات الرئيس التنفيذي للصندوق، سيف راشد المزروعي، بوزيرة الانتقال الطاقي والتنمية المستدامة،"
        + " نادية الإدريسي. وحسب بلاغ لوزارة الانتقال الطاقي والتنمية المستدامة، سيُنجز المشروع قريبا.\n");
    assertThat(roles(x)).anyMatch(r -> r.startsWith("نادية الإدريسي → وزارة الانتقال الطاقي والتنمية المستدامة"))
        .noneMatch(r -> r.startsWith("سيف راشد المزروعي → وزارة"));
  }

  @Test
  void aPlaceKeepsNoPrepositionInItsName() {
    Extraction x = extract("ويُذكر أن الصندوق سبق أن استثمر 600 مليون دولار في محطة للطاقة الشمسية بمصر سنة 2024.\n");
    assertThat(x.entities()).extracting(Entity::name).doesNotContain("بمصر");
  }

  @Test
  void englishTitlesAfterTheNameWithAnArticleOrFormer() {
    Extraction x = extract("\"This is a fair outcome,\" said Anita Sharma, a partner at Carrick Doyle, the law firm that represented"
        + " the group. Other donors included Ray Castellano, a former chief executive of Paloma, who gave $500,000."
        + " Blockfield co-founder Hannah Ruiz has pledged $1 million.\n");
    assertThat(roles(x)).anyMatch(r -> r.startsWith("Anita Sharma → Carrick Doyle"))
        .anyMatch(r -> r.startsWith("Ray Castellano → Paloma")).anyMatch(r -> r.startsWith("Hannah Ruiz → Blockfield"));
  }

  @Test
  void theAuthorityAnArticleNamesWithItsArticleIsTheOneItsHeadHeads() {
    Extraction x = extract("وفقاً لبيان صادر عن الهيئة المصرية لمرافق المياه، فازت الشركة بالعقد. وأوضح رئيس الهيئة، المهندس طارق"
        + " عبد الحميد سليمان، أن المشروع مهم. ألغت وزارة النقل عطاء الحافلات.\n");
    assertThat(roles(x)).anyMatch(r -> r.startsWith("طارق عبد الحميد سليمان → الهيئة المصرية لمرافق المياه"));
    assertThat(x.entities()).extracting(Entity::name).contains("وزارة النقل").doesNotContain("وزارة النقل عطاء الحافلات");
  }
}
