package org.isnad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isnad.extract.ReadFacts.extract;
import static org.isnad.extract.ReadFacts.pairs;

import org.isnad.fact.Entity;
import org.isnad.fact.EntityType;
import org.isnad.fact.Extraction;
import org.isnad.fact.FactType;
import org.junit.jupiter.api.Test;

/** Who met whom and who puts money in what, on short articles written for these tests (invented names). */
class MeetingsAndInvestorsTest {

  @Test
  void aFundNamedInQuotesAfterItsHeadNounIsTheOneThatInvests() {
    Extraction x = extract("أعلن صندوق «الرمانة» أنه سيستثمر 40 مليون دولار في شركة «قمرة للبرمجيات».\n");
    assertThat(pairs(x, FactType.INVESTMENT)).containsExactly("الرمانة → قمرة للبرمجيات");
  }

  @Test
  void aProjectDescribedByWhatItIsForIsNoNameSoTheCountryReceivesTheInvestment() {
    Extraction x = extract("أعلنت شركة «سهيل» عزمها استثمار 200 مليون دولار في مشروع لتحلية المياه جنوب الأردن.\n");
    assertThat(x.entities()).extracting(Entity::name).doesNotContain("مشروع لتحلية المياه");
    assertThat(pairs(x, FactType.INVESTMENT)).containsExactly("سهيل → الأردن");
  }

  @Test
  void aBareSurnameIsTheOwnerNotTheCompanyNamedAfterHim() {
    Extraction x = extract("اتهمت الجمعية رجل الأعمال سليم نبيل حدّاد، صاحب شركة «حدّاد للمقاولات»، بتقديم رشاوى.\n"
        + "ويشير التقرير إلى أن حدّاد التقى النائب رامز فؤاد خوري مرتين.\n");
    assertThat(pairs(x, FactType.MEETING)).containsExactly("سليم نبيل حدّاد + رامز فؤاد خوري");
    Entity company = x.entities().stream().filter(e -> e.name().equals("حدّاد للمقاولات")).findFirst().orElseThrow();
    assertThat(company.mentions()).hasSize(1);
  }

  @Test
  void theHolderOfATitleAfterACompanysNameIsTheOneMet() {
    Extraction x = extract("Treasurer Ada Whitlock met Brightwave's founder, Colin Farrow, twice in March.\n");
    assertThat(pairs(x, FactType.MEETING)).containsExactly("Ada Whitlock + Colin Farrow");
  }

  @Test
  void theHolderOfATitleAfterACompanysNameIsTheOneWhoMeets() {
    Extraction x = extract("Brightwave's chief executive, Colin Farrow, met Governor Ada Whitlock in Boise in May.\n");
    assertThat(pairs(x, FactType.MEETING)).containsExactly("Colin Farrow + Ada Whitlock");
  }

  @Test
  void aMeetingBetweenTwoPeopleMeetsThemNotTheBodyOfTheSecondOnesTitle() {
    Extraction x = extract("تم عقد اجتماع بين الوزير سمير عادل الشريف ورئيس اتحاد الصيادين، نزار سامي العلي، في"
        + " صور يوم الإثنين.\n");
    assertThat(pairs(x, FactType.MEETING)).containsExactly("سمير عادل الشريف + نزار سامي العلي");
    assertThat(x.entities()).filteredOn(e -> e.type() == EntityType.PERSON).hasSize(2);
  }

  @Test
  void theSubjectBetweenKanaAndQadReceivesTheNameAfterTheVerb() {
    Extraction x = extract("وكان وزير النقل، الدكتور هشام رفيق النجار، قد استقبل وليد سعيد القاضي يوم الأحد الماضي"
        + " بمقر الوزارة.\n");
    assertThat(pairs(x, FactType.MEETING)).containsExactly("هشام رفيق النجار + وليد سعيد القاضي");
  }

  @Test
  void aTitleHolderSetOffByCommasAfterTheVerbIsItsSubjectNotTheBodyOfTheTitle() {
    Extraction x = extract("استقبل رئيس الهيئة العامة للموانئ، مازن عادل الصافي، يوم الأحد، وفدا من شركة «مرسى"
        + " القابضة» برئاسة رئيسها التنفيذي جمال حسن العطار.\n");
    assertThat(pairs(x, FactType.MEETING)).containsExactly("مازن عادل الصافي + جمال حسن العطار");
  }

  @Test
  void thePersonReceivedMayComeAfterTheTimeAndPlaceOfTheVisit() {
    Extraction x = extract("استقبل وزير الطاقة، السيد رشيد عمر البناني، أمس الخميس بمقر الوزارة بالرباط، رئيس"
        + " مجموعة «سانتو» البرتغالية، السيد باولو مارتينز.\n");
    assertThat(pairs(x, FactType.MEETING)).containsExactly("رشيد عمر البناني + باولو مارتينز");
  }

  @Test
  void theOneMetAfterBIsNotTheSubjectsOwnTitle() {
    Extraction x = extract("وعلى هامش القمة، التقى وزير المالية البحريني، فيصل جاسم المناعي، بالسفير ليام"
        + " أوكونور، وبحثا سبل التعاون.\n");
    assertThat(pairs(x, FactType.MEETING)).containsExactly("فيصل جاسم المناعي + ليام أوكونور");
  }

  @Test
  void aSuitBroughtBeforeACourtIsBetweenTheOneWhoBringsItAndTheOneItIsAgainst() {
    Extraction x = extract("رفعت شركة «بيدر للمقاولات» دعوى قضائية أمام محكمة البداءة ضد وزارة الأشغال العامة، تطالب"
        + " فيها بمستحقات متأخرة.\n");
    assertThat(pairs(x, FactType.DISPUTE)).containsExactly("بيدر للمقاولات + وزارة الأشغال العامة");
  }

  @Test
  void aSuitFiledBySomeoneInThePassiveIsTheirs() {
    Extraction x = extract("تم رفع دعوى من قبل المهندس زياد كامل الحسن أمام المحكمة التجارية ضد شركة «نخلة».\n");
    assertThat(pairs(x, FactType.DISPUTE)).containsExactly("زياد كامل الحسن + نخلة");
  }

  @Test
  void anArbitrationWithACompanyIsADisputeWithItNotWithTheArbitrator() {
    Extraction x = extract("تخوض شركة «سدير» تحكيماً تجارياً أمام مركز التحكيم الخليجي مع شركة «ورد للأنظمة».\n");
    assertThat(pairs(x, FactType.DISPUTE)).containsExactly("سدير + ورد للأنظمة");
  }

  @Test
  void theBodyAComplaintIsFiledWithIsNoPartyToIt() {
    Extraction x = extract("أقامت شركة «النخبة» طعنا أمام لجنة مراجعة العطاءات.\n"
        + "Kettle Foods filed a complaint with the Trade Commission on Monday.\n");
    assertThat(pairs(x, FactType.DISPUTE)).isEmpty();
  }

  @Test
  void aDecreeOrAnImportBanTakenByAGoverningBodyIsAPolicy() {
    Extraction x = extract("صادق مجلس الوزراء يوم الأربعاء على مشروع مرسوم يقضي بإعفاء الألواح الشمسية من الرسوم.\n"
        + "وقررت وزارة الاقتصاد تعليق استيراد الإسمنت لمدة ثلاثة أشهر.\n");
    assertThat(ReadFacts.role(x, FactType.POLICY, "actor")).containsExactly("مجلس الوزراء", "وزارة الاقتصاد");
  }

  @Test
  void aCompanysOwnDecisionAndABillItLobbiesOnAreNoPolicy() {
    Extraction x = extract("Harlow Mills decided to suspend its Ohio plant.\n"
        + "واتهم النائب شركة «سرايا» بمحاولة التأثير على مشروع قانون يفرض رسوماً على الواردات.\n");
    assertThat(pairs(x, FactType.POLICY)).isEmpty();
  }

  @Test
  void theLeadAndEveryParticipantOfAFundingRoundInvestInTheCompanyThatRaises() {
    Extraction x = extract("Kelpware closed a $12 million seed round led by Arbor Ventures, with participation from"
        + " Nimbus Capital and Ferro Partners.\n");
    assertThat(pairs(x, FactType.INVESTMENT)).containsExactly("Arbor Ventures → Kelpware", "Nimbus Capital → Kelpware",
        "Ferro Partners → Kelpware");
    assertThat(pairs(x, FactType.DONATION)).isEmpty();
    assertThat(x.facts()).filteredOn(f -> f.type() == FactType.INVESTMENT && f.amount() != null).hasSize(1);
  }

  @Test
  void anArabicRoundLedByAFundWithABankTakingPart() {
    Extraction x = extract("جمعت شركة «تمرة» الناشئة 20 مليون دولار في جولة تمويلية بقيادة صندوق «أفق» وبمشاركة بنك"
        + " «سنام».\n"
        + "وقادت شركة «غيمة» جولة تمويلية بقيمة 8 ملايين دولار في شركة «ندى للبرمجيات».\n");
    assertThat(pairs(x, FactType.INVESTMENT)).containsExactly("أفق → تمرة", "سنام → تمرة", "غيمة → ندى للبرمجيات");
  }

  @Test
  void aGiftOfferedToAnMpIsHisNotThePlaceOfHisSeatOrOfTheTrip() {
    Extraction x = extract("اتهمت الجمعية رجل الأعمال سليم نبيل حدّاد بتقديم هدايا تزيد قيمتها على 40 ألف دولار إلى النائب"
        + " عن صيدا رامز فؤاد خوري، بينها رحلة إلى روما.\n");
    assertThat(pairs(x, FactType.GIFT)).containsExactly("سليم نبيل حدّاد → رامز فؤاد خوري");
    assertThat(pairs(x, FactType.DONATION)).isEmpty();
  }

  @Test
  void aGiftMadeInThePassiveByOneToAnother() {
    Extraction x = extract("كما تم إهداء ساعة ذهبية من قبل رجل الأعمال ماجد سالم الكعبي إلى مدرب الفريق، البرازيلي"
        + " ماركوس سيلفا.\n");
    assertThat(pairs(x, FactType.GIFT)).containsExactly("ماجد سالم الكعبي → ماركوس سيلفا");
  }

  @Test
  void aTownAfterMadinaAndAMarketNamedByItsCountryReceiveInvestments() {
    Extraction x = extract("أعلنت شركة «هانول» عن استثمار 600 مليون دولار في وحدة لإنتاج البطاريات بمدينة القنيطرة.\n"
        + "وقالت شركة «بيان» إنها تعتزم ضخ نحو 60 مليون ريال في التوسع بالسوق المصرية.\n");
    assertThat(pairs(x, FactType.INVESTMENT)).containsExactly("هانول → القنيطرة", "بيان → السوق المصرية");
  }

  @Test
  void aWatchdogAccusesTheOneNamedAfterItsReportAndASuitAllegingAccusesTheOneSued() {
    Extraction ar = extract("اتهم «مرصد الشفافية المالية»، في تقرير نشره أمس الأحد، رجل الأعمال وليد سعيد القاضي"
        + " بتقديم رشاوى.\n");
    assertThat(pairs(ar, FactType.ACCUSATION)).containsExactly("مرصد الشفافية المالية → وليد سعيد القاضي");
    Extraction en = extract("Brookfold Labs sued Tessaline in federal court in Ohio, alleging that two engineers took"
        + " its code.\n");
    assertThat(pairs(en, FactType.ACCUSATION)).containsExactly("Brookfold Labs → Tessaline");
  }

  @Test
  void aStateTreasurerIsAPersonsTitleNotAnOrganizationCalledState() {
    Extraction x = extract("A watchdog group accused State Treasurer Lydia Ferrand of accepting gifts.\n");
    assertThat(x.entities()).extracting(Entity::name).containsExactly("Lydia Ferrand");
  }

  @Test
  void theHolderSetOffByACommaAfterTheOrganizationAndItsDescriptionHoldsTheTitle() {
    Extraction x = extract("كشف الرئيس المدير العام لمجمع وهران للصناعات المعدنية، السيد كريم بلعيد، عن الصفقة.\n"
        + "واستقبل الوزير رئيس مجموعة «هوا تشن» الصينية، السيد لي وي، أمس.\n"
        + "والتقى رئيس اتحاد الخليج للتنس، ماجد سالم الكعبي، بالوفد.\n");
    assertThat(pairs(x, FactType.ROLE)).contains("كريم بلعيد → مجمع وهران للصناعات المعدنية", "لي وي → هوا تشن",
        "ماجد سالم الكعبي → اتحاد الخليج للتنس");
  }

  @Test
  void aPersonDescribedAsTheLeaderOfACouncilHoldsThatRole() {
    Extraction x = extract("Ian Prescott hosted Martin Oduya, the leader of Halton City Council, on Monday.\n");
    assertThat(pairs(x, FactType.ROLE)).containsExactly("Martin Oduya → Halton City Council");
  }

  @Test
  void noCommentFromTheOneASpokesmanSpeaksForOrTheOneTheOutletCouldNotReach() {
    Extraction x = extract("قالت شركة «نوار» إنها ستطعن في القرار.\n"
        + "ولم يرد متحدث باسم «نوار» على أسئلة الصحيفة.\n"
        + "ولم يتسنَّ لـ«الصباح الجديد» الحصول على تعليق من وزارة المالية.\n"
        + "ولم يقم المهندس سامر فؤاد العلي بالرد على طلب للتعليق.\n");
    assertThat(ReadFacts.role(x, FactType.NO_COMMENT, "subject")).containsExactly("نوار", "وزارة المالية",
        "سامر فؤاد العلي");
  }

  @Test
  void everyoneNamedBeforeDidNotRespondHasNoComment() {
    Extraction x = extract("Priya Venn and Oliver Tarrant did not respond to requests for comment.\n");
    assertThat(ReadFacts.role(x, FactType.NO_COMMENT, "subject")).containsExactly("Priya Venn", "Oliver Tarrant");
  }

  @Test
  void aParticleTheTaggerTookIntoANameIsNoPartOfIt() {
    Extraction x = extract("وأعلنت الهيئة توقيف وليد سالم الرشيدي. ووفق الوثائق، فإن الرشيدي هو من سلّم الساعات.\n");
    assertThat(x.entities()).extracting(Entity::name).noneMatch(n -> n.startsWith("فإن"));
  }

  @Test
  void anOrganizationControlledBySomeoneIsOwnedByThem() {
    Extraction x = extract("Harrowgate Capital, the family office controlled by shipping heir Edwin Harrowgate, sued two"
        + " partners.\n");
    assertThat(pairs(x, FactType.OWNERSHIP)).containsExactly("Edwin Harrowgate → Harrowgate Capital");
  }

  @Test
  void theOwnerOfAClubIsAPersonAndTheClubIsWhatTheClubRefersTo() {
    Extraction x = extract("قام رجل الأعمال سالم راشد الكتبي، مالك نادي الوحدة الرياضي، بإهداء اللاعبين سيارات.\n"
        + "وأعلن النادي بإتمام الصفقة أمس.\n");
    Entity club = x.entities().stream().filter(e -> e.name().equals("نادي الوحدة الرياضي")).findFirst().orElseThrow();
    assertThat(club.mentions()).hasSize(2);
    assertThat(x.entities()).extracting(Entity::name).doesNotContain("مالك نادي", "بإتمام");
  }

  @Test
  void thingsGivenWithTheirValueAreGiftsFromTheCountryNotFromItsGovernmentWord() {
    Extraction x = extract("Norland's government presented Peru with a restored telescope.\n"
        + "Treasurer Ada Whitlock received a silk carpet worth $41,000 from the government of Norland.\n"
        + "Norland also donated 200 ambulances to Chile, valued at roughly $16 million.\n"
        + "The Halden Group presented its plan to Congress on Monday.\n");
    assertThat(pairs(x, FactType.GIFT)).containsExactly("Norland → Peru", "Norland → Ada Whitlock", "Norland → Chile");
    assertThat(pairs(x, FactType.DONATION)).isEmpty();
  }

  @Test
  void aCompanyThatAssignsWorksToAnotherGivesItAContract() {
    Extraction x = extract("وكانت شركة «السديم» قد أسندت إلى شركة «الركن» في مارس ٢٠٢٣ تنفيذ المشروع بقيمة ١٫٢ مليار جنيه.\n"
        + "وكان المدير قد أسند إلى سامر فؤاد العلي إدارة الملف.\n");
    assertThat(pairs(x, FactType.CONTRACT)).containsExactly("الركن → السديم");
  }

  @Test
  void aSumDemandedInASuitIsNoPaymentAndTheCourtIsNoSide() {
    Extraction ar = extract("أقامت شركة «السديم» دعوى أمام المحكمة الاقتصادية ضد شركة «الركن»، تطالبها فيها بتعويض قدره"
        + " 350 مليون جنيه.\nوناقش الطرفان ملف الدعوى أمس.\n");
    assertThat(pairs(ar, FactType.PAYMENT)).isEmpty();
    assertThat(pairs(ar, FactType.DISPUTE)).containsExactly("السديم + الركن");
    Extraction en = extract("Harrowgate Capital is suing Delmont Partners in the High Court.\n");
    assertThat(pairs(en, FactType.DISPUTE)).containsExactly("Harrowgate Capital + Delmont Partners");
  }

  @Test
  void aNameInQuotationMarksIsNoStatement() {
    Extraction x = extract("وقال الرئيس التنفيذي لـ«السديم»، كريم سالم الحداد، إن الشركة ستتوسع في مصر.\n");
    assertThat(x.facts()).filteredOn(f -> f.type() == FactType.STATEMENT)
        .allSatisfy(f -> assertThat(f.fields().get("quote")).isNotEqualTo("السديم"));
    assertThat(ReadFacts.role(x, FactType.STATEMENT, "speaker")).containsExactly("كريم سالم الحداد");
  }

  @Test
  void aStakeWrittenInWordsOfAQuotedCompanyIsOwnedAndAShortNameIsTheCompany() {
    Extraction x = extract("قادت شركة نوفا فنتشرز جولة تمويلية بقيمة 5 ملايين دولار في شركة سهم للبرمجيات.\n"
        + "وتملك «نوفا» بعد الجولة حصة تقارب 18 في المئة من «سهم».\n");
    assertThat(pairs(x, FactType.OWNERSHIP)).containsExactly("نوفا فنتشرز → سهم للبرمجيات");
  }

  @Test
  void itsTitleHolderBelongsToTheBodyNamedBeforeNotToAProjectNamedAfter() {
    Extraction x = extract("استقبل الوزير وفدا من مجموعة «جسور» القابضة برئاسة رئيسها التنفيذي ماجد سالم الكعبي، وبحث"
        + " معه مشروع «مدينة الواحة».\n");
    assertThat(pairs(x, FactType.ROLE)).containsExactly("ماجد سالم الكعبي → جسور");
  }
}
