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

/** Accusations, charges and the quotes around them; articles written for these tests. */
class ChargesAndAccusationsTest {
  private static final Extractor EXTRACTOR = Extractor.standard();

  private static Extraction extract(String text) {
    return EXTRACTOR.extract("t", text, "auto", LocalDate.of(2025, 1, 10));
  }

  /** "type: first role → second role" of every fact. */
  private static List<String> facts(Extraction x) {
    Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
    return x.facts().stream().map(f -> f.type().json() + ": " + f.roles().values().stream()
        .map(v -> v instanceof String id ? names.get(id)
            : ((List<?>) v).stream().map(id -> names.get((String) id)).collect(Collectors.joining(" & ")))
        .collect(Collectors.joining(" → ")))
        .toList();
  }

  @Test
  void chargesBroughtByProsecutorsAreAnAccusationAndASanction() {
    Extraction x = extract("وجه المدعون الأميركيون اتهامات إلى رامي الزين بالمشاركة في مخطط للاحتيال.\n");
    assertThat(facts(x)).contains("accusation: المدعون الأميركيون → رامي الزين",
        "sanction: المدعون الأميركيون → رامي الزين");
  }

  @Test
  void theAnchorAnOrganizationNamesIsTheOneAccused() {
    Extraction x = extract("Reed had accused Nyova News anchor Dara Vossberg of acting \"with actual malice,\" after"
        + " Vossberg said that Reed had lied.\n");
    assertThat(facts(x)).contains("accusation: Reed → Dara Vossberg");
    assertThat(x.facts()).noneMatch(f -> f.type() == FactType.STATEMENT
        && "with actual malice,".equals(f.fields().get("quote")));
  }

  @Test
  void aStatementQuotedFromSomeoneByANounOfSayingIsTheirs() {
    Extraction x = extract("ونقل البيان عن رامي الزين قوله لرئيس الوزراء \"إن مركز الشركة سيبقى في عمان\".\n");
    assertThat(facts(x)).contains("statement: رامي الزين");
  }

  @Test
  void sanctionsOnSeveralCompaniesListedAfterHiFallOnEach() {
    Extraction x = extract("فرضت وزارة الخزانة الأمريكية، يوم الخميس، عقوبات على ثلاث شركات شحن مقرها عمان، هي \"نجمة"
        + " الشمال للملاحة\" و\"بلو ريدج لوجستيكس\" و\"الواحة الذهبية للتجارة\"، بتهمة نقل نفط خاضع للعقوبات.\n");
    assertThat(facts(x)).contains("sanction: وزارة الخزانة الأمريكية → نجمة الشمال للملاحة",
        "sanction: وزارة الخزانة الأمريكية → بلو ريدج لوجستيكس",
        "sanction: وزارة الخزانة الأمريكية → الواحة الذهبية للتجارة");
  }

  @Test
  void theMinistryAloneSpeaksForTheMinistryNamedBefore() {
    Extraction x = extract("فرضت وزارة المالية الأردنية عقوبات على شركة نيوفا.\n"
        + "وشملت العقوبات رجل الأعمال رامي الزين، الذي تقول الوزارة إنه المالك الفعلي لشركة نيوفا.\n");
    assertThat(facts(x)).contains("statement: وزارة المالية الأردنية");
  }

  @Test
  void aTakeoverNamedAsANounTakesItsBuyerFromTheGenitiveOrThePronoun() {
    Extraction x = extract("رفض جهاز حماية المنافسة صفقة استحواذ مجموعة الرواد القابضة على شركة نيوفا للمدفوعات.\n"
        + "وأتمت مجموعة \"سحاب\" للاتصالات استحواذها على شركة \"زيتون داتا\" مقابل 210 ملايين دولار.\n");
    assertThat(facts(x)).contains("acquisition: مجموعة الرواد القابضة → نيوفا للمدفوعات",
        "acquisition: سحاب → زيتون داتا");
  }

  @Test
  void aCompanyAcquiredByAnotherIsTheOneBought() {
    Extraction x = extract("The Harbor City Herald, which was acquired by Wexford Newspapers for $140 million in 2023,"
        + " competes with the Tribune.\n");
    assertThat(facts(x)).contains("acquisition: Wexford Newspapers → Harbor City Herald");
  }

  @Test
  void aCompanyThatSomeoneOwnsIsOwnedByHim() {
    Extraction x = extract("وأضافت الصحيفة أن شركة \"الواحة القابضة\"، التي يملكها رجل الأعمال رامي الزين، تبرعت بمليون"
        + " دولار.\n");
    assertThat(facts(x)).contains("ownership: رامي الزين → الواحة القابضة");
  }

  @Test
  void aCountryOwningACompanyIsNotItsRival() {
    Extraction x = extract("Veltrix, which competes with Germany's Kessel Halbleiter, said it would pursue a standalone"
        + " strategy.\n");
    assertThat(facts(x)).contains("competition: Veltrix & Kessel Halbleiter")
        .noneMatch(f -> f.startsWith("competition") && f.contains("Germany"));
  }

  @Test
  void aPrisonSentenceFallsOnThePersonNotOnTheCompanyOfHisTitle() {
    Extraction x = extract("أصدرت محكمة جنايات مكافحة الفساد في البصرة، اليوم الأحد، حكماً بالسجن سبع سنوات على"
        + " المدير العام السابق لشركة الموانئ العامة، سالم جبار الكعبي، بعد إدانته بتلقي رشوة.\n");
    assertThat(facts(x)).contains("sanction: محكمة جنايات مكافحة الفساد → سالم جبار الكعبي")
        .noneMatch(f -> f.startsWith("sanction:") && f.endsWith("الموانئ العامة"));
  }

  @Test
  void aReferralToProsecutorsIsASanctionOnEveryoneReferred() {
    Extraction x = extract("قالت مصادر إن شركة نجوم للاتصالات أهدت وزير المواصلات السابق مشعل فهد العنزي ساعات فاخرة.\n"
        + "وأكدت هيئة مكافحة الفساد أنها فتحت تحقيقاً، وقررت إحالة العنزي والمدير التجاري للشركة، وليد سالم"
        + " الرشيدي، إلى النيابة العامة بتهمة التربح.\n");
    assertThat(facts(x)).contains("sanction: هيئة مكافحة الفساد → مشعل فهد العنزي",
        "sanction: هيئة مكافحة الفساد → وليد سالم الرشيدي");
    assertThat(x.facts()).filteredOn(f -> f.type() == FactType.SANCTION).allMatch(f -> f.status().equals("occurred"));
  }

  @Test
  void aTenderReferredToACompanyIsNoSanction() {
    Extraction x = extract("وكانت وزارة النقل قد أحالت العطاء على شركة البترا للنقل بقيمة 42 مليون دينار.\n");
    assertThat(facts(x)).noneMatch(f -> f.startsWith("sanction:"));
  }

  @Test
  void aLawyerInAppositionIsNamedWithHisGivenNameAndTheClientIsNoPartOfIt() {
    Extraction x = extract("ونفى محامي الكعبي، علي حسن الزبيدي، التهم الموجهة إلى موكله.\n");
    assertThat(x.entities()).extracting(Entity::name).contains("علي حسن الزبيدي").doesNotContain("محامي الكعبي");
  }

  @Test
  void listingOnASanctionsListSanctionsAndAccusesOfTheCharge() {
    Extraction x = extract("أدرجت وزارة الخزانة الأمريكية، يوم الخميس، رجل الأعمال اللبناني سمير جورج حداد على قائمة"
        + " العقوبات، بتهمة تمويل شبكة تهريب.\n");
    assertThat(facts(x)).contains("sanction: وزارة الخزانة الأمريكية → سمير جورج حداد",
        "accusation: وزارة الخزانة الأمريكية → سمير جورج حداد");
  }

  @Test
  void whoDeniesTheChargesAccusesNobody() {
    Extraction x = extract("فرضت الهيئة غرامة على شركة الأرز للتجارة. في المقابل، نفى سمير حداد الاتهامات، وكتب في منشور"
        + " على «فيسبوك» أنه بريء.\n");
    assertThat(facts(x)).noneMatch(f -> f.startsWith("accusation: سمير حداد"));
  }

  @Test
  void aManagementThatRefusedToCommentAndAManNobodyCouldReachGiveNoComment() {
    Extraction x = extract("وتعود ملكية الشركة إلى رجل الأعمال قاسم جبار الحلفي.\n"
        + "ولم يتسن لـ«الجريدة» الوصول إلى الحلفي للحصول على تعليق.\n"
        + "ورفضت إدارة «بحر الشام» التعليق على القرار.\n");
    assertThat(facts(x)).contains("no_comment: قاسم جبار الحلفي", "no_comment: بحر الشام");
  }

  @Test
  void aForeignSurnameThatStartsWithLamStaysInTheName() {
    Extraction x = extract("وقالت المتحدثة باسم الوزارة، كارين لوندغرين، إن القرار نهائي.\n");
    assertThat(x.entities()).extracting(Entity::name).contains("كارين لوندغرين");
  }

  @Test
  void aUnionAndADirectorateAccuseInTheirOwnNames() {
    Extraction x = extract("ألغت الحكومة العقد. غير أن نقابة عمال مصافي عدن اتهمت شركة الميناء للنفط بالاحتكار.\n"
        + "وكانت المديرية العامة للجمارك قد رفعت شكوى في مارس 2025، متهمة شركة الونشريس بتحويل 3 ملايين يورو إلى الخارج.\n");
    assertThat(facts(x)).contains("accusation: نقابة عمال مصافي عدن → الميناء للنفط",
        "accusation: المديرية العامة للجمارك → الونشريس");
  }

  @Test
  void defendantsAreNoAccusation() {
    Extraction x = extract("وقالت السلطات إن سامر الزين وسبعة متهمين آخرين وافقوا على دفع رشى.\n");
    assertThat(facts(x)).noneMatch(f -> f.startsWith("accusation:"));
  }

  @Test
  void aLawyerDenyingTheChargesAgainstHisClientAccusesNobody() {
    Extraction x = extract("أصدرت المحكمة حكما على حيدر عبد الكريم الساعدي.\n"
        + "ونفى محامي الساعدي، علي حسين الجبوري، التهم الموجهة إلى موكله، وقال لـ«الرافدين»: \"موكلي ضحية\".\n");
    assertThat(facts(x)).noneMatch(f -> f.startsWith("accusation:"));
  }

  @Test
  void theCompanyIsTheOneTheHeadlineNamesNotTheBuyerNamedInPassing() {
    Extraction x = extract("outlet: جريدة الاختبار\ntitle: «هيئة الأسواق» تغرّم «الواحة الزرقاء» وتحيل رئيسها السابق\n\n"
        + "قررت هيئة أسواق المال فرض غرامة على شركة الواحة الزرقاء القابضة، لتأخرها في الإفصاح عن بيع أرض إلى شركة"
        + " المرقاب العقارية. كما قررت الهيئة إحالة رئيس مجلس إدارة الشركة السابق، بدر يوسف الفضلي، إلى النيابة العامة.\n");
    assertThat(facts(x)).contains("role: بدر يوسف الفضلي → الواحة الزرقاء")
        .noneMatch(f -> f.startsWith("role:") && f.endsWith("المرقاب العقارية"));
  }

  @Test
  void aNationalityBeforeADescriptionIsNotTheOneFined() {
    Extraction x = extract("The European Commission fined Dutch payments group Paxora 1.2 billion euros on Tuesday.\n");
    assertThat(facts(x)).contains("sanction: European Commission → Paxora").noneMatch(f -> f.contains("Dutch"));
  }
}
