package org.isnad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
  static final String P1 = "أعلنت مؤسسة الخير الخيرية يوم الثلاثاء عن تبرع بمبلغ خمسة ملايين دولار لصالح مستشفى الملك"
      + " في مدينة الرياض، في خطوة قالت إنها تهدف إلى توسيع قسم علاج الأطفال وشراء أجهزة حديثة للتشخيص.";
  static final String P2 = "وقال رئيس مجلس إدارة المؤسسة سامي الحربي في بيان صحفي إن التبرع يأتي ضمن برنامج يمتد"
      + " ثلاث سنوات لدعم القطاع الصحي، وإن المؤسسة ستقدم منحة إضافية العام المقبل إذا نجحت المرحلة الأولى.";
  static final String P3 = "من جهته، شكر مدير المستشفى المؤسسة على مبادرتها، وأوضح أن الأجهزة الجديدة ستصل خلال"
      + " الأشهر الستة المقبلة، وأن القسم سيستقبل نحو ألفي طفل سنويا بعد اكتمال التوسعة.";
  static final String STORY = "مؤسسة الخير تتبرع بخمسة ملايين دولار\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3;

  /** Same topic, many of the same words, but another story. */
  static final String OTHER = "تبرع رجل الأعمال خالد العتيبي بمبلغ ثلاثة ملايين ريال لجامعة الملك في جدة، وقالت"
      + " الجامعة في بيان إن المبلغ سيخصص لمنح دراسية لطلاب الهندسة من الأسر محدودة الدخل، على أن تبدأ الدفعة"
      + " الأولى في الفصل المقبل. وأضاف البيان أن العتيبي سبق أن دعم مكتبة الجامعة قبل عامين بمبلغ مماثل.";
  static final String FRESH = "وفي سياق منفصل، افتتحت وزارة النقل طريقا سريعا جديدا يربط العاصمة بالمدن الساحلية، وقال"
      + " الوزير إن المشروع كلف نحو ملياري ريال واستغرق بناؤه أربع سنوات، وإنه سيختصر زمن الرحلة إلى النصف تقريبا"
      + " ويخفف الازدحام على الطرق القديمة التي تعاني من حوادث متكررة خلال مواسم الإجازات.";
  static final String ENGLISH = "The Gulf Fund said on Monday it had paid two hundred million dollars for a stake in"
      + " a port operator in Oman, the largest deal of its kind this year, and that its board had approved a"
      + " further investment in logistics firms across the region before the end of the next quarter.";

  private static Article a(String id, String text) {
    return new Article(id, text, null, null, null, null, null, null, "test", "test:" + id);
  }

  @Test
  void linksCopiesWithEditedHeadlineReorderedParagraphAndFooter() {
    List<Article> in = List.of(
        a("wire", STORY),
        a("headline", "الخير تمنح مستشفى الملك خمسة ملايين دولار لقسم الأطفال\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3),
        a("reordered", "مؤسسة الخير تتبرع بخمسة ملايين دولار\n\n" + P1 + "\n\n" + P3 + "\n\n" + P2),
        a("footer", STORY + "\n\nجميع الحقوق محفوظة لصحيفة الخليج ٢٠٢٤. تابعونا على وسائل التواصل الاجتماعي"
            + " للحصول على آخر الأخبار."),
        a("other", OTHER),
        a("english", ENGLISH));
    List<NearDuplicates.Cluster> clusters = NearDuplicates.standard().cluster(in);
    assertThat(clusters).singleElement().satisfies(c -> {
      assertThat(c.id()).isEqualTo("wire");
      assertThat(c.members()).containsExactly("wire", "headline", "reordered", "footer");
    });
  }

  @Test
  void foldsSpellingVariantsBeforeComparing() {
    String variant = STORY.replace("إ", "ا").replace("ة ", "ه ").replace("ى ", "ي ");
    assertThat(NearDuplicates.standard().cluster(List.of(a("x", STORY), a("y", variant)))).hasSize(1);
  }

  @Test
  void differentStoriesStayApart() {
    List<Article> in = new ArrayList<>();
    in.add(a("s", STORY));
    in.add(a("o", OTHER));
    in.add(a("e", ENGLISH));
    in.add(a("half", P1 + "\n\n" + FRESH)); // shares one paragraph of the story's three: not a copy
    assertThat(NearDuplicates.standard().cluster(in)).isEmpty();
  }

  @Test
  void shortTextsAreNeverLinked() {
    assertThat(NearDuplicates.standard().cluster(List.of(a("a", "تبرع بمليون دولار"), a("b", "تبرع بمليون دولار"))))
        .isEmpty();
  }

  @Test
  void indexGivesClusterIdsAsArticlesArrive() {
    NearDuplicates.Index index = NearDuplicates.standard().index();
    assertThat(index.add("first", STORY)).isEqualTo("first");
    assertThat(index.add("other", OTHER)).isEqualTo("other");
    assertThat(index.add("copy", STORY + "\n\nالمصدر: وكالة الأنباء")).isEqualTo("first");
    assertThat(index.clusterOf(2)).isEqualTo("first");
    assertThat(index.clusters()).extracting(NearDuplicates.Cluster::members).containsExactly(List.of("first", "copy"));
  }

  @Test
  void anIndexRebuiltFromKeptSignaturesLinksALaterCopy() {
    NearDuplicates nd = NearDuplicates.standard();
    String kept = NearDuplicates.encode(nd.signature(STORY));
    assertThat(NearDuplicates.decode(kept)).isEqualTo(nd.signature(STORY));
    NearDuplicates.Index later = nd.index();
    later.seed("stored-first", "stored-first", NearDuplicates.decode(kept));
    later.seed("stored-other", null, NearDuplicates.decode(NearDuplicates.encode(nd.signature(OTHER))));
    later.seed("stored-copy", "stored-first", nd.signature(STORY + "\n\nنقلاً عن وكالة"));
    assertThat(later.add("new-copy", STORY + "\n\nالمصدر: وكالة الأنباء")).isEqualTo("stored-first");
    assertThat(later.add("stored-copy", OTHER)).as("seeded articles keep their cluster").isEqualTo("stored-first");
    assertThat(later.add("new-other", OTHER + " ")).isEqualTo("stored-other");
    assertThat(later.clusters()).extracting(NearDuplicates.Cluster::members)
        .containsExactly(List.of("stored-first", "stored-copy", "new-copy"), List.of("stored-other", "new-other"));
  }

  @Test
  void seededAndAddedArticlesClusterAsIfAllWereAdded() {
    // The same articles, all added in one run or the first half seeded from a store: same clusters.
    NearDuplicates nd = NearDuplicates.standard();
    String[] texts = {STORY, OTHER, STORY + "\n\nالمصدر: وكالة الأنباء", ENGLISH, OTHER + "\nاقرأ أيضاً", STORY + " انتهى"};
    NearDuplicates.Index once = nd.index();
    String[] clusters = new String[texts.length];
    for (int i = 0; i < texts.length; i++) {
      clusters[i] = once.add("a" + i, texts[i]);
    }
    NearDuplicates.Index split = nd.index();
    for (int i = 0; i < 3; i++) {
      split.seed("a" + i, clusters[i], nd.signature(texts[i]));
    }
    for (int i = 3; i < texts.length; i++) {
      assertThat(split.add("a" + i, texts[i])).isEqualTo(clusters[i]);
    }
    assertThat(split.clusters()).isEqualTo(once.clusters());
  }

  @Test
  void addingAnArticleAgainKeepsItsCluster() {
    NearDuplicates.Index index = NearDuplicates.standard().index();
    index.add("first", STORY);
    index.add("copy", STORY + "\n\nالمصدر: وكالة الأنباء");
    assertThat(index.add("copy", OTHER)).isEqualTo("first");
    assertThat(index.size()).isEqualTo(2);
  }

  @Test
  void signaturesOfAnotherSizeOrNotBase64AreNotSignatures() {
    assertThat(NearDuplicates.decode("not base64 !")).isNull();
    assertThat(NearDuplicates.decode(java.util.Base64.getEncoder().encodeToString(new byte[12]))).isNull();
    assertThat(NearDuplicates.encode(null)).isNull();
  }

  @Test
  void signatureSimilarityEstimatesJaccard() {
    NearDuplicates nd = NearDuplicates.standard();
    assertThat(NearDuplicates.similarity(nd.signature(STORY), nd.signature(STORY))).isEqualTo(1.0);
    assertThat(NearDuplicates.similarity(nd.signature(STORY), nd.signature(OTHER))).isLessThan(0.2);
  }
}
