package org.isnad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.isnad.fact.Entity;
import org.isnad.fact.Extraction;
import org.isnad.fact.FactType;
import org.junit.jupiter.api.Test;

/** Who owns a share of what, and who buys whom, on short articles written for these tests (invented names). */
class StakesAndBuyersTest {
  private static final Extractor EXTRACTOR = Extractor.standard();

  private static Extraction extract(String text) {
    return EXTRACTOR.extract("t", text, "auto", LocalDate.of(2025, 1, 10));
  }

  /** "first role → second role" of every fact of a type. */
  private static List<String> pairs(Extraction x, FactType type) {
    Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
    return x.facts().stream().filter(f -> f.type() == type)
        .map(f -> names.get((String) f.roles().get(type.firstRole())) + " → "
            + names.get((String) f.roles().get(type.secondRole())))
        .toList();
  }

  @Test
  void eachOfTheListedBuyersWillOwnAShareOfTheCompanyTheArticleIsAbout() {
    Extraction x = extract("وقعت شركة نيوفا اتفاقاً لبيع فرعها الأوروبي. وقالت نيوفا إن الصفقة ستتم في مارس.\n"
        + "وستمتلك كل من زيفرون وديلتاكس وصندوق كوربال الاستثماري ما مجموعه 45% من الكيان الجديد.\n");
    assertThat(pairs(x, FactType.OWNERSHIP)).containsExactlyInAnyOrder("زيفرون → نيوفا", "ديلتاكس → نيوفا",
        "صندوق كوربال الاستثماري → نيوفا");
  }

  @Test
  void aSellerThatKeepsAShareStillOwnsPartOfIt() {
    Extraction x = extract("باعت مجموعة زيفرون شركة نيوفا لمستثمرين أمريكيين. وستحتفظ زيفرون بنحو 20% من الشركة.\n");
    assertThat(pairs(x, FactType.OWNERSHIP)).containsExactly("مجموعة زيفرون → نيوفا");
  }

  @Test
  void aShareOfANamedCompanyIsOfThatCompany() {
    Extraction x = extract("Vossberg Capital owns 30% of Halden Logistics, filings show.\n");
    assertThat(pairs(x, FactType.OWNERSHIP)).containsExactly("Vossberg Capital → Halden Logistics");
  }

  @Test
  void aParticipleOwnsOnlyTheNameRightBeforeIt() {
    Extraction x = extract("وقالت شركة نيوفا إن صندوق كوربال سيشتري حصة. ونحو ثلث الشركة سيكون بيد جهات تابعة"
        + " لمستثمرين في زيفرون.\n");
    assertThat(pairs(x, FactType.OWNERSHIP)).isEmpty();
  }

  @Test
  void aCompanyDescribedBeforeItsQuotedNameBuysAnother() {
    Extraction x = extract("أعلنت شركة الاتصالات الأمريكية \"زيفرون\"، أمس، شراء شركة الهاتف المحمول \"نيوفا\""
        + " الأمريكية التابعة لمجموعة \"ديلتاكس\" الألمانية مقابل 9 مليارات دولار.\n");
    assertThat(pairs(x, FactType.ACQUISITION)).containsExactly("زيفرون → نيوفا");
    assertThat(pairs(x, FactType.OWNERSHIP)).containsExactly("ديلتاكس → نيوفا");
    assertThat(x.entities()).extracting(Entity::name).doesNotContain("الاتصالات الأمريكية", "الهاتف المحمول");
  }

  @Test
  void spelledOutLettersWithDotsStayOneQuotedName() {
    Extraction x = extract("أعلنت شركة \"أيه. بي. سي\" شراء شركة \"نيوفا\".\n");
    assertThat(pairs(x, FactType.ACQUISITION)).containsExactly("أيه. بي. سي → نيوفا");
  }

  @Test
  void aNameAfterAPrepositionKeepsItsFirstLetter() {
    Extraction x = extract("ويأتي القرار بعد خلاف في بايت دانس حول الإدارة. وقالت شركة \"بايت دانس\" إنها ستبيع الوحدة.\n");
    assertThat(x.entities()).extracting(Entity::name).contains("بايت دانس").doesNotContain("ايت دانس");
  }

  @Test
  void aRaceBetweenTwoNamesMakesThemCompetitors() {
    Extraction x = extract("ويشهد السباق تنافسا شديدا بين سامي برهوم ومنافسته الجمهورية ليلى حداد.\n");
    assertThat(x.facts()).filteredOn(f -> f.type() == FactType.COMPETITION).hasSize(1);
  }

  @Test
  void aPressConferenceWithSomeoneIsAMeetingOfWhoAnswered() {
    Extraction x = extract("وردا على سؤال خلال مؤتمر صحفي مع رئيس الوزراء الزيفرستاني جون هارتلي، أجاب سامي برهوم:"
        + " \"نعم، سنراجع كل شيء\".\n");
    Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
    assertThat(x.facts()).filteredOn(f -> f.type() == FactType.MEETING)
        .extracting(f -> ((List<?>) f.roles().get("participants")).stream().map(names::get).sorted().toList())
        .containsExactly(List.of("جون هارتلي", "سامي برهوم"));
  }

  @Test
  void twoMeasuresOfOneActorInTwoSentencesAreTwoPolicies() {
    Extraction x = extract("أعلن الحاكم سامي برهوم أنه كلف رامي الزين بمراجعة نفقات الوزارات.\n"
        + "وشرع برهوم في تغيير واسع، إذ أقال مئات الموظفين من مناصبهم.\n");
    assertThat(x.facts()).filteredOn(f -> f.type() == FactType.POLICY).hasSize(2);
    assertThat(x.facts()).filteredOn(f -> f.type() == FactType.STATEMENT).hasSize(1);
  }

  @Test
  void moneyContributedToSettleALawsuitIsAPaymentToTheOwnersFoundation() {
    Extraction x = extract("Acme News agreed to contribute $15 million to Governor Dana Reed's presidential foundation and"
        + " museum to settle a defamation lawsuit filed by Reed.\n");
    assertThat(pairs(x, FactType.PAYMENT)).containsExactly("Acme News → presidential foundation and museum");
    assertThat(x.entities()).filteredOn(e -> e.name().equals("presidential foundation and museum"))
        .extracting(Entity::aliases).containsExactly(List.of("Reed's presidential foundation and museum"));
    assertThat(pairs(x, FactType.DONATION)).isEmpty();
  }

  @Test
  void aBrandNameWithAWordLikeAParticleIsOneNameEverywhereTheArticleWritesIt() {
    Extraction x = extract("رفض الجهاز صفقة استحواذ مجموعة الرواد على شركة النيل باي للمدفوعات الرقمية. وتتنافس النيل باي"
        + " مع شركة \"كاش لاين\" على صدارة السوق. ولم يتسن الحصول على تعليق من إدارة النيل باي.\n");
    assertThat(x.entities()).filteredOn(e -> e.name().equals("النيل باي للمدفوعات الرقمية"))
        .flatExtracting(Entity::aliases).contains("النيل باي");
    assertThat(pairs(x, FactType.ACQUISITION)).containsExactly("مجموعة الرواد → النيل باي للمدفوعات الرقمية");
    Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
    assertThat(x.facts()).filteredOn(f -> f.type() == FactType.NO_COMMENT)
        .extracting(f -> names.get((String) f.roles().get("subject"))).containsExactly("النيل باي للمدفوعات الرقمية");
  }

  @Test
  void aCountrysAuthorityAwardsTheContractNotTheCountry() {
    Extraction x = extract("Qatar's Coastal Works Authority has awarded a QAR 2.1 billion contract to build a bridge to"
        + " Turkish builder Vossberg Insaat, the authority said on Wednesday. Vossberg, which is majority-owned by"
        + " Istanbul-based Halden Holding, will start in March.\n");
    assertThat(pairs(x, FactType.CONTRACT)).containsExactly("Vossberg Insaat → Coastal Works Authority");
    assertThat(x.facts()).filteredOn(f -> f.type() == FactType.CONTRACT)
        .extracting(f -> f.attribution().kind()).containsExactly("confirmed");
    assertThat(x.entities()).filteredOn(e -> e.name().equals("Qatar")).extracting(Entity::type)
        .containsExactly(org.isnad.fact.EntityType.PLACE);
    assertThat(x.entities()).extracting(Entity::name).contains("Halden Holding");
  }

  @Test
  void sanctionsOnACompanyAndItsOwnerFallOnBothAndMakeHimItsOwner() {
    Extraction x = extract("The U.S. Treasury Department imposed sanctions on Caldor Trading and its owner, Cypriot"
        + " businessman Andreas Vossberg, accusing them of moving funds.\n");
    assertThat(pairs(x, FactType.SANCTION)).containsExactlyInAnyOrder("U.S. Treasury Department → Caldor Trading",
        "U.S. Treasury Department → Andreas Vossberg");
    assertThat(pairs(x, FactType.OWNERSHIP)).containsExactly("Andreas Vossberg → Caldor Trading");
  }

  @Test
  void buyingAStakeInACompanyIsAnAcquisitionOfThatCompany() {
    Extraction x = extract("أعلنت مجموعة الصقر القابضة، أمس الأحد، استحواذها على حصة تبلغ 60 في المئة من شركة نخيل"
        + " للأغذية مقابل 1.2 مليار ريال.\n");
    assertThat(pairs(x, FactType.ACQUISITION)).containsExactly("مجموعة الصقر القابضة → نخيل للأغذية");
  }

  @Test
  void aBlockedSaleOfOneCompanyToAnotherIsAnAcquisitionThatDidNotHappen() {
    Extraction x = extract("The government blocked the sale of drone maker Kestrel Dynamics to Singapore-based Orion"
        + " Holdings. Orion, which is 30% owned by the state investor Meridian Capital, was disappointed.\n");
    assertThat(pairs(x, FactType.ACQUISITION)).containsExactly("Orion Holdings → Kestrel Dynamics");
    assertThat(x.facts()).filteredOn(f -> f.type() == FactType.ACQUISITION).extracting(f -> f.status())
        .containsExactly("not_occurred");
    assertThat(pairs(x, FactType.OWNERSHIP)).containsExactly("Meridian Capital → Orion Holdings");
    assertThat(pairs(x, FactType.INVESTMENT)).isEmpty();
  }

  @Test
  void aCourtFiningThreeListedCompaniesSanctionsEachOfThem() {
    Extraction x = extract("قضت المحكمة الاقتصادية بالقاهرة، الاثنين، بتغريم ثلاث شركات للأسمنت، هي «أسمنت الوادي» و«الصخرة"
        + " البيضاء» و«سيناء المتحدة للأسمنت»، مبلغ 150 مليون جنيه لكل منها.\n");
    assertThat(pairs(x, FactType.SANCTION)).containsExactlyInAnyOrder("المحكمة الاقتصادية → أسمنت الوادي",
        "المحكمة الاقتصادية → الصخرة البيضاء", "المحكمة الاقتصادية → سيناء المتحدة للأسمنت");
  }

  @Test
  void sanctionsOnABusinessmanDescribedByHisNationality() {
    Extraction x = extract("فرضت وزارة الخزانة الأميركية، الخميس، عقوبات على رجل الأعمال اللبناني رامي الزين بتهمة تهريب الوقود.\n");
    assertThat(pairs(x, FactType.SANCTION)).containsExactly("وزارة الخزانة الأميركية → رامي الزين");
  }

  @Test
  void aCompanyAmongTheRivalsOfTwoCompetesWithEach() {
    Extraction x = extract("وتعد شركة نيوفا من أبرز منافسي شركة زيفرون وشركة ديلتاكس في سوق الألبان.\n");
    assertThat(x.facts()).filteredOn(f -> f.type() == FactType.COMPETITION).hasSize(2);
  }

  @Test
  void aBribeReceivedFromACompanyIsItsPaymentToTheOfficial() {
    Extraction x = extract("أدانت المحكمة المدير السابق رامي الزين بتلقي رشوة قيمتها 750 مليون دينار من شركة الفرات الذهبي"
        + " للمقاولات. وقال رئيس شركة رمسيس للتنمية السياحية إن رمسيس لن تعلق.\n");
    assertThat(pairs(x, FactType.PAYMENT)).containsExactly("الفرات الذهبي للمقاولات → رامي الزين");
    assertThat(x.entities()).extracting(Entity::name).contains("رمسيس للتنمية السياحية").doesNotContain("رمسيس");
  }

  @Test
  void aShareOfACompanysStockOrCapitalIsOfThatCompany() {
    Extraction x = extract("ويملك صندوق الروابي للاستثمار حصة تبلغ 35% من أسهم شركة الكثبان الذهبية.\n"
        + "وتملك هيئة الاستثمار الكويتية 20% من رأس مال شركة الساحل للتأمين.\n");
    assertThat(pairs(x, FactType.OWNERSHIP)).containsExactlyInAnyOrder("صندوق الروابي للاستثمار → الكثبان الذهبية",
        "هيئة الاستثمار الكويتية → الساحل للتأمين");
  }

  @Test
  void aFractionIsAShareAsAPercentageIs() {
    Extraction x = extract("وتسيطر مجموعة «فالدهايم» الألمانية على نحو ثلثي شركة الأطلس المتحدة.\n"
        + "وأعلنت شركة الواحة للتأمين نتائجها، في حين يملك رجل الأعمال خالد منصور الربيعي نحو ربع أسهمها.\n");
    assertThat(pairs(x, FactType.OWNERSHIP)).containsExactlyInAnyOrder("فالدهايم → الأطلس المتحدة",
        "خالد منصور الربيعي → الواحة للتأمين");
  }

  @Test
  void aCompanyThatBelongsToSomeoneIsTheirs() {
    Extraction x = extract("وتعود ملكية شركة النجم للمقاولات إلى رجل الأعمال سعيد كاظم العبيدي، بحسب السجلات.\n");
    assertThat(pairs(x, FactType.OWNERSHIP)).containsExactly("سعيد كاظم العبيدي → النجم للمقاولات");
  }

  @Test
  void aFamilysInvestmentArmIsOwnedByTheFamilyAndInvestsInNothing() {
    Extraction x = extract("وأعلنت شركة البحر للاستثمار، الذراع الاستثمارية لعائلة الشامسي، عن نتائجها السنوية.\n");
    assertThat(pairs(x, FactType.OWNERSHIP)).hasSize(1).allMatch(p -> p.endsWith("→ البحر للاستثمار"));
    assertThat(pairs(x, FactType.INVESTMENT)).isEmpty();
  }

  @Test
  void aManAndHisCompanyNamedInQuotesAreOwnerAndOwned() {
    Extraction x = extract("وفرضت الوزارة عقوبات على رجل الأعمال وليد حمدان وشركته «حمدان للصرافة».\n");
    assertThat(pairs(x, FactType.OWNERSHIP)).containsExactly("وليد حمدان → حمدان للصرافة");
    assertThat(x.entities()).anySatisfy(e -> {
      assertThat(e.name()).isEqualTo("حمدان للصرافة");
      assertThat(e.type()).isEqualTo(org.isnad.fact.EntityType.ORGANIZATION);
    });
  }

  @Test
  void aQuotedNameTheTaggerSplitStaysOneName() {
    Extraction x = extract("وكانت «المنار للسيارات»، المملوكة لمجموعة سلامة إخوان، قد طعنت في القرار.\n");
    assertThat(pairs(x, FactType.OWNERSHIP)).containsExactly("مجموعة سلامة إخوان → المنار للسيارات");
  }

  @Test
  void aMinistrySigningWithACompanyIsItsClient() {
    Extraction x = extract("وقعت وزارة الطاقة والمياه عقداً بقيمة 40 مليون دينار مع شركة الريان للمقاولات لصيانة المحطات.\n");
    assertThat(pairs(x, FactType.CONTRACT)).containsExactly("الريان للمقاولات → وزارة الطاقة والمياه");
  }

  @Test
  void aContractAssignedToACompanyIsItsWhateverWordsStandBetween() {
    Extraction x = extract("أسندت وزارة الإسكان والمرافق، أمس الثلاثاء، عقد توسعة محطة معالجة الصرف الصحي بمدينة الرحاب"
        + " إلى شركة الصرح للمقاولات، بقيمة 3.2 مليار جنيه.\n");
    assertThat(pairs(x, FactType.CONTRACT)).containsExactly("الصرح للمقاولات → وزارة الإسكان والمرافق");
  }

  @Test
  void eachMemberOfAConsortiumWinsTheTenderAwardedByTheOneAfterMinQibal() {
    Extraction x = extract("تمت ترسية مناقصة ازدواجية طريق الساحل على تحالف يضم شركة «الجبل الأخضر للمقاولات» العمانية"
        + " و«مجموعة المحرق للإنشاءات» البحرينية، بقيمة 64 مليون ريال عماني، وذلك من قبل وزارة النقل.\n");
    assertThat(pairs(x, FactType.CONTRACT)).containsExactlyInAnyOrder("الجبل الأخضر للمقاولات → وزارة النقل",
        "مجموعة المحرق للإنشاءات → وزارة النقل");
  }

  @Test
  void aFirmContractedByACompanyIsItsContractor() {
    Extraction x = extract("كما تم التعاقد مع شركة ثانية، وهي \"بالدوين ستراتيجيز\"، من قبل شركة واحة السماء في شهر مايو.\n");
    assertThat(pairs(x, FactType.CONTRACT)).containsExactly("بالدوين ستراتيجيز → واحة السماء");
  }

  @Test
  void aMinistryAccusedOfReferringAContractKeepsItsNameShort() {
    Extraction x = extract("واتهم النائب مصطفى كاظم الزيدي وزارة الكهرباء بإحالة عقد صيانة ثلاث محطات توليد إلى شركة"
        + " «أناضول إنرجي» التركية بمبلغ 180 مليار دينار.\n");
    assertThat(pairs(x, FactType.CONTRACT)).containsExactly("أناضول إنرجي → وزارة الكهرباء");
  }

  @Test
  void aFundThatRaisedItsHoldingOwnsAndInvestsAndItsShareIsNoGift() {
    Extraction x = extract("نفت شركة «ألبان الساحل» تلقي أي عرض. وكان صندوق «قرطاج للاستثمار» قد رفع الشهر الماضي مساهمته في"
        + " «ألبان الساحل» إلى 11 بالمائة، عبر اقتناء أسهم بقيمة 18,5 مليون دينار.\n");
    assertThat(pairs(x, FactType.OWNERSHIP)).containsExactly("قرطاج للاستثمار → ألبان الساحل");
    assertThat(pairs(x, FactType.INVESTMENT)).containsExactly("قرطاج للاستثمار → ألبان الساحل");
    assertThat(pairs(x, FactType.DONATION)).isEmpty();
  }

  @Test
  void aShareOfTheCompanyDescribedByItsCountryIsOfTheCompanyTheArticleIsAbout() {
    Extraction x = extract("نفت شركة «ألبان الساحل» دخولها في مفاوضات. وكانت صحيفة «لو كورييه» قد أفادت بأن مجموعة «فالمون»"
        + " تعتزم الاستحواذ على 51 بالمائة من الشركة التونسية. وقالت «ألبان الساحل» إنها لم تتلق عرضاً.\n");
    assertThat(pairs(x, FactType.ACQUISITION)).containsExactly("فالمون → ألبان الساحل");
  }

  @Test
  void aContractsAmountIsTheOneWrittenFirstNotItsConversionAndTheMinistryKeepsAllItsPortfolios() {
    Extraction x = extract("Kuwait's Ministry of Electricity, Water and Renewable Energy has awarded a KD96 million ($312 million)"
        + " contract to build a solar plant to Bayan Contracting, the ministry said on Wednesday.\n");
    assertThat(pairs(x, FactType.CONTRACT)).containsExactly(
        "Bayan Contracting → Kuwait's Ministry of Electricity, Water and Renewable Energy");
    assertThat(x.facts()).filteredOn(f -> f.type() == FactType.CONTRACT)
        .allSatisfy(f -> assertThat(f.amount().currency()).isEqualTo("KWD"));
  }

  @Test
  void anInvestmentFirmThatGivesInvestsInNothing() {
    Extraction x = extract("The Southwest Building Trades Council and the investment firm Mesa Verde Capital gave $2 million"
        + " each to Copper State Promise.\n");
    assertThat(pairs(x, FactType.INVESTMENT)).isEmpty();
  }

  @Test
  void aLobbyingFirmNamedAfterItsDescriptionIsPaidAndAFeeInAContractsSentenceIsTheClients() {
    Extraction x = extract("قامت شركة \"واحة السماء للطيران\" بدفع مبلغ 1.4 مليون دولار إلى شركة الضغط \"كرانفيلد آند هيوز\""
        + " خلال الربع الثاني.\nكما تم التعاقد مع شركة ثانية، وهي \"بالدوين ستراتيجيز\"، من قبل شركة واحة السماء للطيران"
        + " في شهر مايو، مقابل رسوم شهرية تصل إلى 60 ألف دولار.\n");
    assertThat(pairs(x, FactType.PAYMENT)).containsExactlyInAnyOrder("واحة السماء للطيران → كرانفيلد آند هيوز",
        "واحة السماء للطيران → بالدوين ستراتيجيز");
  }

  @Test
  void aSettlementIsPaidToThePartySettledWithOnce() {
    Extraction x = extract("توصلت شركة أبراج الخور للتطوير العقاري إلى تسوية ودية مع المقاول الهندي «نيلكانث للإنشاءات»، تدفع"
        + " بموجبها ربع مليار درهم على ثلاث دفعات.\n");
    assertThat(pairs(x, FactType.PAYMENT)).hasSize(1).allMatch(p -> p.startsWith("أبراج الخور")
        && p.endsWith("→ نيلكانث للإنشاءات"));
  }
}
