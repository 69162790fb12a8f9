package org.isnad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.isnad.fact.Extraction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every store must do, SQLite or PostgreSQL: each subclass opens a fresh, empty store. */
abstract class StoreContract {
  Store store;

  abstract Store openFresh() throws Exception;

  @BeforeEach
  void open() throws Exception {
    store = openFresh();
  }

  @AfterEach
  void close() {
    if (store != null) {
      store.close();
    }
  }

  static Extraction amazonDonation(String id, String lang, String outlet, double amount, String status) {
    Articles a = Articles.article(id, lang, outlet, "2024-12-13");
    String amazon = lang.equals("ar") ? a.entity("organization", "أمازون", "Amazon", "شركة أمازون")
        : a.entity("organization", "Amazon", null);
    String fund = lang.equals("ar") ? a.entity("organization", "صندوق تنصيب ترامب", "Trump inaugural fund")
        : a.entity("organization", "Trump inaugural fund", null);
    return a.fact("donation", amazon, fund, amount, status, "2024-12", "donation sentence of " + id).build();
  }

  private long only(String name) {
    List<EntityRef> found = store.findEntities(name);
    assertThat(found).as("entities named %s", name).hasSize(1);
    return found.get(0).id();
  }

  @Test
  void ingestingTheSameTextAgainChangesNothing() {
    Extraction x = amazonDonation("a1", "ar", "Reuters", 1e6, "planned");
    assertThat(store.put(x, "a1.txt")).isEqualTo(Store.Outcome.ADDED);
    String before = store.canonicalDump();
    assertThat(store.put(x, "elsewhere/a1.txt")).isEqualTo(Store.Outcome.UNCHANGED);
    assertThat(store.canonicalDump()).isEqualTo(before);
    assertThat(store.documentCount()).isEqualTo(1);
  }

  @Test
  void resolvesArabicAndEnglishNamesToOneEntity() {
    store.put(amazonDonation("a1", "ar", "الشرق الأوسط", 1e6, "planned"), null);
    store.put(amazonDonation("a2", "en", "Reuters", 1e6, "planned"), null);
    assertThat(only("أمازون")).isEqualTo(only("Amazon")).isEqualTo(only("امازون"));
    EntityRef amazon = store.findEntities("Amazon").get(0);
    assertThat(amazon.name()).isEqualTo("أمازون");
    assertThat(amazon.nameEn()).isEqualTo("Amazon");
    assertThat(amazon.aliases()).contains("شركة أمازون", "Amazon");
    assertThat(amazon.documents()).isEqualTo(2);
  }

  @Test
  void resolvesSpellingVariantsAcrossScripts() {
    for (String[] v : new String[][] {{"z1", "ar", "مارك زوكربيرج"}, {"z2", "ar", "مارك زوكربيرغ"}, {"z3", "en", "Mark Zuckerberg"}}) {
      Articles a = Articles.article(v[0], v[1], "Reuters", null);
      String p = a.entity("person", v[2], null);
      String meta = a.entity("organization", v[1].equals("ar") ? "ميتا" : "Meta", null);
      store.put(a.fact("role", p, meta, null, null, null, "role of " + v[0]).build(), null);
    }
    assertThat(only("مارك زوكربيرج")).isEqualTo(only("Mark Zuckerberg")).isEqualTo(only("مارك زوكربيرغ"));
  }

  @Test
  void keepsEntitiesOfIncompatibleTypesApart() {
    Articles a = Articles.article("w1", "ar", null, null);
    String george = a.entity("person", "جورج واشنطن", "George Washington");
    String usa = a.entity("organization", "الولايات المتحدة", null);
    store.put(a.fact("role", george, usa, null, null, null, "first president").build(), null);
    Articles b = Articles.article("w2", "ar", null, null);
    String city = b.entity("place", "واشنطن", "Washington");
    String tr = b.entity("person", "ترامب", null);
    store.put(b.fact("meeting", tr, city, null, null, null, "met in washington").build(), null);
    assertThat(store.findEntities("واشنطن")).extracting(EntityRef::type).containsExactly("place");
    assertThat(store.findEntities("George Washington")).extracting(EntityRef::type).containsExactly("person");
  }

  @Test
  void genericNamesNeverJoinEntities() {
    for (String id : new String[] {"g1", "g2"}) {
      Articles a = Articles.article(id, "ar", null, null);
      String company = a.entity("organization", "الشركة", null);
      String fund = a.entity("organization", "صندوق الخليج للبنية التحتية", null);
      store.put(a.fact("investment", fund, company, 1e6, "occurred", null, "استثمار في " + id).build(), null);
    }
    assertThat(store.findEntities("الشركة")).isEmpty();
    assertThat(store.facts(new Store.Query(List.of(only("صندوق الخليج للبنية التحتية")), null, null, null, 0))).hasSize(2);
  }

  @Test
  void mergesTheSameDonationAcrossArticlesKeepingEveryEvidence() {
    store.put(amazonDonation("d1", "ar", "الشرق الأوسط", 1e6, "planned"), null);
    store.put(amazonDonation("d2", "en", "Wall Street Journal", 1_005_000.0, "planned"), null);
    store.put(amazonDonation("d3", "en", "Reuters", 1e6, "planned"), null);
    List<GlobalFact> facts = store.facts(new Store.Query(List.of(only("Amazon")), null, null, null, 0));
    assertThat(facts).hasSize(1);
    GlobalFact f = facts.get(0);
    assertThat(f.type()).isEqualTo("donation");
    assertThat(f.amount()).isEqualTo(1e6);
    assertThat(f.amountConflict()).as("amounts within 1%% agree").isFalse();
    assertThat(f.statusConflict()).isFalse();
    assertThat(f.evidence()).extracting(GlobalFact.Evidence::outlet)
        .containsExactlyInAnyOrder("الشرق الأوسط", "Wall Street Journal", "Reuters");
    assertThat(f.evidence()).extracting(GlobalFact.Evidence::sentence).contains("donation sentence of d2");
    assertThat(f.role("donor")).extracting(EntityRef::nameEn).containsExactly("Amazon");
  }

  @Test
  void keepsAndFlagsConflictingAmountsAndStatuses() {
    store.put(amazonDonation("c1", "ar", "الشرق الأوسط", 1e6, "planned"), null);
    store.put(amazonDonation("c2", "en", "Reuters", 2e6, "occurred"), null);
    List<GlobalFact> facts = store.facts(new Store.Query(List.of(only("Amazon")), "donation", null, null, 0));
    assertThat(facts).hasSize(1);
    GlobalFact f = facts.get(0);
    assertThat(f.amountConflict()).isTrue();
    assertThat(f.statusConflict()).isTrue();
    assertThat(f.evidence()).extracting(GlobalFact.Evidence::amount).containsExactlyInAnyOrder(1e6, 2e6);
    assertThat(f.evidence()).extracting(GlobalFact.Evidence::status).containsExactlyInAnyOrder("planned", "occurred");
  }

  @Test
  void keepsDonationsOfDifferentYearsApart() {
    Articles a = Articles.article("y1", "en", null, null);
    String x = a.entity("organization", "Acme Holdings", null);
    String y = a.entity("organization", "Blue Party", null);
    a.fact("donation", x, y, 5e5, "occurred", "2019", "gave in 2019");
    a.fact("donation", x, y, 7e5, "occurred", "2023", "gave in 2023");
    store.put(a.build(), null);
    assertThat(store.facts(new Store.Query(List.of(only("Acme Holdings")), null, null, null, 0))).hasSize(2);
  }

  @Test
  void aUsersMergeSurvivesRebuildAndAppliesToLaterArticles() {
    Articles a = Articles.article("m1", "en", null, null);
    a.fact("ownership", a.entity("organization", "Meta Platforms", null), a.entity("organization", "Instagram", null),
        null, null, null, "meta owns instagram");
    store.put(a.build(), null);
    Articles b = Articles.article("m2", "en", null, null);
    b.fact("ownership", b.entity("organization", "Facebook", null), b.entity("organization", "Instagram", null),
        null, null, null, "facebook owns instagram");
    store.put(b.build(), null);
    assertThat(only("Meta Platforms")).isNotEqualTo(only("Facebook"));

    store.merge("Meta Platforms", "Facebook");
    assertThat(only("Facebook")).isEqualTo(only("Meta Platforms"));
    assertThat(store.facts(new Store.Query(List.of(only("Facebook")), null, null, null, 0))).hasSize(1)
        .allSatisfy(f -> assertThat(f.evidence()).hasSize(2));
    store.rebuild();
    assertThat(only("Facebook")).isEqualTo(only("Meta Platforms"));

    Articles c = Articles.article("m3", "ar", null, null);
    c.fact("ownership", c.entity("organization", "فيسبوك", "Facebook"), c.entity("organization", "انستغرام", "Instagram"),
        null, null, null, "فيسبوك تملك انستغرام");
    store.put(c.build(), null);
    assertThat(only("فيسبوك")).isEqualTo(only("Meta Platforms"));
  }

  @Test
  void aUsersSplitSurvivesRebuild() {
    store.put(amazonDonation("s1", "en", "Reuters", 1e6, "planned"), null);
    store.put(amazonDonation("s2", "en", "Reuters", 3e6, "planned"), null);
    assertThat(only("Amazon")).isPositive();
    store.split("s2", "E1");
    assertThat(store.findEntities("Amazon")).hasSize(2);
    store.rebuild();
    List<EntityRef> amazons = store.findEntities("Amazon");
    assertThat(amazons).hasSize(2);
    for (EntityRef e : amazons) {
      assertThat(store.facts(new Store.Query(List.of(e.id()), null, null, null, 0))).hasSize(1)
          .allSatisfy(f -> assertThat(f.amountConflict()).isFalse());
    }
    store.put(amazonDonation("s3", "en", "Reuters", 1e6, "occurred"), null);
    assertThat(store.findEntities("Amazon")).hasSize(2);
  }

  @Test
  void selectsFactsByTypeAndDateRange() {
    Articles a = Articles.article("q1", "en", null, "2024-05-01");
    String x = a.entity("person", "Sam Altman", null);
    String y = a.entity("organization", "OpenAI", null);
    a.fact("role", x, y, null, null, "2019", "altman runs openai");
    a.fact("statement", x, null, null, null, "2024-12-13", "we will donate");
    store.put(a.build(), null);
    long altman = only("Sam Altman");
    assertThat(store.facts(new Store.Query(List.of(altman), "statement", null, null, 0))).hasSize(1);
    assertThat(store.facts(new Store.Query(List.of(altman), null, LocalDate.parse("2024-12-01"), null, 0)))
        .extracting(GlobalFact::type).containsExactly("statement");
    assertThat(store.facts(new Store.Query(List.of(altman), null, null, LocalDate.parse("2019-06-30"), 0)))
        .extracting(GlobalFact::type).containsExactly("role");
    assertThat(store.facts(new Store.Query(null, null, null, null, 0))).hasSize(2);
  }

  @Test
  void copiesOfOneWireStoryAreOneReportWithEveryOutletKept() {
    Extraction wire = amazonDonation("w1", "en", "Reuters", 1e6, "planned");
    store.put(wire, null, new Store.Story(null, "sig-1"));
    String first = Store.key(wire.doc().text());
    store.put(amazonDonation("w2", "en", "Gulf Daily", 1e6, "planned"), null, new Store.Story(first, "sig-2"));
    store.put(amazonDonation("w3", "ar", "الشرق الأوسط", 1e6, "planned"), null, new Store.Story(first, null));
    store.put(amazonDonation("own", "en", "Wall Street Journal", 1e6, "planned"), null, new Store.Story(null, "sig-4"));

    GlobalFact f = store.facts(new Store.Query(List.of(only("Amazon")), null, null, null, 0)).get(0);
    assertThat(f.evidences()).isEqualTo(4);
    assertThat(f.reports()).as("three copies of one story and one report of its own").isEqualTo(2);
    assertThat(f.evidence()).extracting(GlobalFact.Evidence::outlet)
        .containsExactlyInAnyOrder("Reuters", "Gulf Daily", "الشرق الأوسط", "Wall Street Journal");
    assertThat(f.evidence()).filteredOn(e -> !e.docId().equals("own")).extracting(GlobalFact.Evidence::story)
        .containsOnly(f.evidence().get(0).story());
    assertThat(f.evidence()).filteredOn(e -> e.docId().equals("own")).extracting(GlobalFact.Evidence::story)
        .doesNotContain(f.evidence().get(0).story());
    assertThat(store.heads(List.of(only("Amazon")))).extracting(Store.FactHead::reports).containsExactly(2);

    List<Store.Signed> kept = new java.util.ArrayList<>();
    store.forEachSignature(kept::add);
    assertThat(kept).as("signatures in ingest order, none for a text too short").extracting(Store.Signed::minhash)
        .containsExactly("sig-1", "sig-2", "sig-4");
    assertThat(kept).extracting(Store.Signed::firstCopy).containsExactly(first, first, kept.get(2).key());
    List<Store.Signed> later = new java.util.ArrayList<>();
    store.forEachSignature(kept.get(0).id(), later::add);
    assertThat(later).as("those stored after the first").extracting(Store.Signed::minhash).containsExactly("sig-2", "sig-4");
  }

  @Test
  void aCopyWhoseFirstCopyIsNotStoredIsAStoryOfItsOwn() {
    store.put(amazonDonation("x1", "en", "Reuters", 1e6, "planned"), null, new Store.Story("0".repeat(64), null));
    store.put(amazonDonation("x2", "en", "Reuters", 1e6, "planned"), null);
    assertThat(store.facts(new Store.Query(null, null, null, null, 0)).get(0).reports()).isEqualTo(2);
  }

  @Test
  void streamsEveryEntityAndFactForExportsInIdOrder() {
    Synthetic corpus = new Synthetic(3000, 5);
    for (int i = 0; i < 250; i++) {
      store.put(corpus.article(i), null);
    }
    List<Long> entityIds = new java.util.ArrayList<>();
    store.forEachEntity(null, e -> entityIds.add(e.entity().id()));
    assertThat(entityIds.size()).as("more than one page").isGreaterThan(500);
    assertThat(entityIds).isSorted().doesNotHaveDuplicates().last().isEqualTo((long) entityIds.size());

    List<GlobalFact> all = store.facts(new Store.Query(null, null, null, null, 0));
    List<GlobalFact> streamed = new java.util.ArrayList<>();
    store.forEachFact(null, streamed::add);
    assertThat(streamed).extracting(GlobalFact::id).containsExactlyElementsOf(all.stream().map(GlobalFact::id).toList());
    assertThat(streamed).allSatisfy(f -> assertThat(f.evidence()).hasSize(f.evidences()));

    long popular = store.findEntities(corpus.englishName(0)).get(0).id();
    List<GlobalFact> some = new java.util.ArrayList<>();
    store.forEachFact(List.of(popular), some::add);
    assertThat(some).isNotEmpty().hasSizeLessThan(all.size())
        .allSatisfy(f -> assertThat(f.roles().values().stream().flatMap(List::stream).map(EntityRef::id)).contains(popular));
    List<Store.ExportEntity> one = new java.util.ArrayList<>();
    store.forEachEntity(List.of(popular), one::add);
    assertThat(one).hasSize(1);
    assertThat(one.get(0).roles()).isNotEmpty();
  }

  @Test
  void aFailedArticleLeavesNothingBehind() {
    store.put(amazonDonation("ok", "en", "Reuters", 1e6, "planned"), null);
    String before = store.canonicalDump();
    Articles bad = Articles.article("bad", "en", null, null);
    bad.entity("person", "Jane Roe", null);
    bad.entity("person", "Jane Roe", null);
    Extraction x = bad.build();
    // Two entities with one local id: the second insert violates the key, after the first went in.
    Extraction clash = new Extraction(x.doc(), List.of(x.entities().get(0),
        new org.isnad.fact.Entity("E1", org.isnad.fact.EntityType.PERSON, "John Doe", null, List.of(), List.of())), List.of());
    assertThatThrownBy(() -> store.put(clash, null)).isInstanceOf(StoreException.class);
    assertThat(store.canonicalDump()).isEqualTo(before);
    assertThat(store.put(amazonDonation("ok2", "en", "Reuters", 1e6, "planned"), null)).isEqualTo(Store.Outcome.ADDED);
  }

  @Test
  void searchFindsEntitiesByPartOfAnyNameMostCitedFirst() {
    store.put(amazonDonation("a1", "ar", "Reuters", 1e6, "planned"), null);
    store.put(amazonDonation("a2", "en", "Reuters", 1e6, "planned"), null);
    Articles a = Articles.article("a3", "en", null, null);
    String amazonia = a.entity("organization", "Amazonia Trust", null);
    String other = a.entity("person", "Jane Roe", null);
    store.put(a.fact("payment", amazonia, other, 5.0, "occurred", null, "amazonia paid jane").build(), null);
    assertThat(store.searchEntities("amaz", 10)).extracting(EntityRef::nameEn, EntityRef::name)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Amazon", "أمازون"),
            org.assertj.core.groups.Tuple.tuple("Amazonia Trust", "Amazonia Trust"));
    assertThat(store.searchEntities("أماز", 10)).extracting(EntityRef::nameEn).containsExactly("Amazon");
    assertThat(store.searchEntities("amaz", 1)).hasSize(1);
    assertThat(store.searchEntities("100%_", 10)).isEmpty();
    long id = store.searchEntities("Jane Roe", 10).get(0).id();
    assertThat(store.entity(id).name()).isEqualTo("Jane Roe");
    assertThat(store.entity(9999)).isNull();
  }

  @Test
  void readsAnArticleWithItsEntitiesFactsAndLinks() {
    store.put(amazonDonation("a1", "en", "Reuters", 1e6, "planned"), "a1.txt");
    StoredDocument d = store.document("a1");
    assertThat(d.outlet()).isEqualTo("Reuters");
    assertThat(d.published()).isEqualTo("2024-12-13");
    assertThat(d.text()).contains("donation sentence of a1");
    assertThat(d.entities()).extracting(StoredDocument.Entity::name).containsExactly("Amazon", "Trump inaugural fund");
    assertThat(d.entities().get(0).entityId()).isEqualTo(only("Amazon"));
    StoredDocument.Fact f = d.facts().get(0);
    assertThat(f.type()).isEqualTo("donation");
    assertThat(f.summary()).contains("Amazon", "1,000,000 USD");
    assertThat(f.factId()).isEqualTo(store.facts(new Store.Query(null, null, null, null, 0)).get(0).id());
    StoredDocument.Range span = f.evidence().get(0);
    assertThat(d.text().substring(span.start(), span.end())).isEqualTo("donation sentence of a1");
    assertThat(store.document("nope")).isNull();
    store.put(amazonDonation("a2", "en", "Reuters", 2e6, "planned"), null);
    assertThat(store.recentDocuments(5)).extracting(StoredDocument.Ref::docId).containsExactly("a2", "a1");
    assertThat(store.recentDocuments(5).get(0).facts()).isEqualTo(1);
  }

  /** Articles whose facts merge a lot: statuses change their majority, amounts come late, the same money goes both ways. */
  private void fillForTheBriefIndex(int from, int to) {
    Synthetic corpus = new Synthetic(9, 11);
    for (int i = from; i < to; i++) {
      store.put(corpus.article(i), null);
    }
    // A donation first reported without an amount, then with one; then its status changes majority.
    String[][] reports = {{"n1", null, "planned"}, {"n2", "2500000", "occurred"}, {"n3", "2500000", "occurred"},
        {"n4", "1000000", "planned"}};
    for (String[] r : reports) {
      Articles a = Articles.article(r[0] + "-" + from, "en", "Reuters", "2024-01-0" + r[0].charAt(1));
      String giver = a.entity("organization", "Vossberg Holdings", null);
      String fund = a.entity("organization", "Zefron Fund", null);
      store.put(a.fact("donation", giver, fund, r[1] == null ? null : Double.valueOf(r[1]), r[2], "2023",
          "Vossberg gave to Zefron, says " + r[0] + from).build(), null);
    }
    // The fund pays back: the same two entities, money the other way.
    Articles b = Articles.article("back-" + from, "en", "Reuters", "2024-02-01");
    store.put(b.fact("payment", b.entity("organization", "Zefron Fund", null), b.entity("organization", "Vossberg Holdings", null),
        300000.0, "occurred", "2023", "Zefron paid Vossberg " + from).build(), null);
  }

  /** What a brief of these entities must show, computed from their fact heads. */
  private void briefIndexAgrees(List<Long> ids, int limit) {
    List<Store.FactHead> heads = store.heads(ids);
    java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
    java.util.Map<String, java.util.Map<String, Double>> totals = new java.util.TreeMap<>();
    java.util.Map<String, List<Store.FactHead>> bySection = new java.util.TreeMap<>();
    for (Store.FactHead h : heads) {
      String section = Sections.of(h.type(), h.roles());
      counts.merge(section, 1, Integer::sum);
      bySection.computeIfAbsent(section, k -> new java.util.ArrayList<>()).add(h);
      if (section.startsWith("money_") && h.amount() != null) {
        totals.computeIfAbsent(section, k -> new java.util.LinkedHashMap<>())
            .merge(h.currency() + " " + (h.status() == null ? "unknown" : h.status()), h.amount(), Double::sum);
      }
    }
    Store.BriefSummary got = store.briefSummary(ids, limit);
    assertThat(got.counts()).as("facts per section of %s", ids).isEqualTo(counts);
    assertThat(got.totals()).as("totals of %s", ids).isEqualTo(totals);
    totals.forEach((section, t) -> assertThat(got.totals().get(section).keySet()).as("order of the totals of %s", ids)
        .containsExactlyElementsOf(t.keySet()));
    bySection.forEach((section, hs) -> assertThat(got.top().getOrDefault(section, List.of())).as("best facts of %s in %s", ids, section)
        .containsExactlyElementsOf(hs.stream().sorted(Sections.MOST_REPORTED).limit(limit).map(Store.FactHead::id).toList()));
    assertThat(got.top().keySet()).isEqualTo(limit > 0 ? bySection.keySet() : java.util.Set.of());
  }

  /** Every entity alone, and entities together that share facts, agree with the facts; the index is what one written from scratch is. */
  private void briefIndexIsTheFacts() {
    List<Long> all = new java.util.ArrayList<>();
    store.forEachEntity(null, e -> all.add(e.entity().id()));
    assertThat(all).hasSizeGreaterThan(5);
    for (long id : all) {
      briefIndexAgrees(List.of(id), 3);
    }
    briefIndexAgrees(all, 4);
    briefIndexAgrees(all.subList(0, 3), 2);
    briefIndexAgrees(all.subList(1, 5), 20);
    briefIndexAgrees(all.subList(0, 2), 0);
    briefIndexAgrees(java.util.stream.Stream.concat(store.findEntities("Vossberg Holdings").stream(),
        store.findEntities("Zefron Fund").stream()).map(EntityRef::id).distinct().toList(), 1);
    String kept = store.canonicalDump();
    assertThat(kept).contains("## entity_facts", "## entity_totals");
    ((JdbcStore) store).refillBriefIndex();
    assertThat(store.canonicalDump()).as("the index kept article by article is the one written from the facts").isEqualTo(kept);
  }

  @Test
  void theBriefIndexIsWhatTheFactsGiveAfterIngestMergeSplitAndRebuild() {
    fillForTheBriefIndex(0, 120);
    briefIndexIsTheFacts();
    store.merge("Vossberg Holdings", "Zefron Fund");
    briefIndexIsTheFacts();
    store.split("n2-0", "E1");
    briefIndexIsTheFacts();
    store.rebuild();
    briefIndexIsTheFacts();
    fillForTheBriefIndex(0, 160);
    briefIndexIsTheFacts();
  }

  @Test
  void aBriefFromTheIndexIsTheBriefFromEveryFact() {
    fillForTheBriefIndex(0, 150);
    Synthetic corpus = new Synthetic(9, 11);
    for (int k = 0; k < 9; k++) {
      for (String name : new String[] {corpus.englishName(k), corpus.arabicName(k), "Zefron Fund"}) {
        List<EntityRef> subjects = store.findEntities(name);
        List<EntityRef> related = store.related(subjects);
        for (int limit : new int[] {2, 20}) {
          org.isnad.brief.Briefing fast = org.isnad.brief.Briefing.of(store, subjects, List.of(), true, limit);
          org.isnad.brief.Briefing slow = org.isnad.brief.Briefing.fromHeads(store, subjects, related, List.of(), limit);
          assertThat(fast).as("brief of %s", name).isEqualTo(slow);
          for (String lang : new String[] {"en", "ar"}) {
            assertThat(new org.isnad.brief.BriefText(lang, false, limit).render(fast))
                .isEqualTo(new org.isnad.brief.BriefText(lang, false, limit).render(slow));
          }
          assertThat(org.isnad.brief.BriefText.json(fast, "en")).isEqualTo(org.isnad.brief.BriefText.json(slow, "en"));
        }
      }
    }
  }
}
