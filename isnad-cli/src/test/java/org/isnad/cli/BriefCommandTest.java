package org.isnad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.fact.Amount;
import org.isnad.fact.Attribution;
import org.isnad.fact.Entity;
import org.isnad.fact.EntityType;
import org.isnad.fact.Extraction;
import org.isnad.fact.Fact;
import org.isnad.fact.FactType;
import org.isnad.store.Store;
import org.isnad.text.Document;
import org.isnad.text.Metadata;
import org.isnad.text.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefCommandTest {
  @TempDir
  Path dir;
  String db;

  /** One article: Amazon (in the article's script) gives to the fund; optionally a payment in and a statement. */
  static Extraction article(String id, String lang, String outlet, double amount, String status, boolean more) {
    boolean ar = lang.equals("ar");
    StringBuilder text = new StringBuilder(id + ".\n");
    List<Entity> es = new ArrayList<>();
    es.add(new Entity("E1", EntityType.ORGANIZATION, ar ? "أمازون" : "Amazon", ar ? "Amazon" : null, List.of(), List.of()));
    es.add(new Entity("E2", EntityType.ORGANIZATION, ar ? "صندوق تنصيب ترامب" : "Trump inaugural fund",
        ar ? "Trump inaugural fund" : null, List.of(), List.of()));
    es.add(new Entity("E3", EntityType.ORGANIZATION, ar ? "وزارة الدفاع" : "Pentagon", ar ? "Pentagon" : null, List.of(), List.of()));
    List<Fact> fs = new ArrayList<>();
    fs.add(fact(text, "F1", FactType.DONATION, "E1", "E2", amount, status, "Amazon gave to the fund in " + id, Map.of()));
    if (more) {
      fs.add(fact(text, "F2", FactType.PAYMENT, "E3", "E1", 5e6, "occurred", "The Pentagon paid Amazon.", Map.of()));
      fs.add(fact(text, "F3", FactType.STATEMENT, "E1", null, null, null, "Amazon said it looks forward to working with him.",
          Map.of("quote", "we look forward to working with him")));
    }
    Metadata meta = new Metadata(null, outlet, "title " + id, LocalDate.parse("2024-12-13"), Map.of(), 0);
    return new Extraction(new Document(id, text.toString(), meta, lang), es, fs);
  }

  private static Fact fact(StringBuilder text, String id, FactType t, String a, String b, Double amount, String status,
      String sentence, Map<String, Object> fields) {
    Map<String, Object> roles = new LinkedHashMap<>();
    roles.put(t.firstRole(), a);
    if (b != null) {
      roles.put(t.secondRole(), b);
    }
    int at = text.length();
    text.append(sentence).append('\n');
    return new Fact(id, t, roles, amount == null ? null : new Amount(amount, "USD", "exact", "$"), null, status,
        Attribution.ASSERTED, List.of(new Span(at, at + sentence.length())), 0.9, fields);
  }

  @BeforeEach
  void fill() {
    db = dir.resolve("isnad.db").toString();
    try (Store s = Store.open(db)) {
      s.put(article("wsj-1", "en", "Wall Street Journal", 1e6, "planned", true), null);
      s.put(article("awsat-1", "ar", "الشرق الأوسط", 1e6, "planned", false), null);
      s.put(article("rt-1", "en", "Reuters", 2e6, "occurred", false), null);
    }
  }

  @Test
  void groupsMoneyInAndOutWithTotalsCitingEveryArticle() {
    CliRun r = CliRun.of("brief", "Amazon", "--db", db);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("== Money out ==", "== Money in ==", "== Statements ==")
        .contains("Amazon donated 1,000,000 USD to Trump inaugural fund")
        .contains("Totals: 5,000,000 USD (occurred)")
        .contains("reported by Wall Street Journal")
        .contains("[wsj-1, Wall Street Journal: title wsj-1] «Amazon gave to the fund in wsj-1»")
        .contains("[awsat-1, الشرق الأوسط", "[rt-1, Reuters")
        .contains("amounts differ: 1,000,000 USD (wsj-1)", "2,000,000 USD (rt-1)")
        .contains("Amazon said: “we look forward to working with him”");
    assertThat(r.out().indexOf("Money out")).isLessThan(r.out().indexOf("Statements"));
  }

  @Test
  void speaksArabicForAnArabicName() {
    CliRun r = CliRun.of("brief", "أمازون", "--db", db);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("أمازون (مؤسسة، 3 مقالات)")
        .contains("== أموال صادرة ==", "تبرع أمازون لـصندوق تنصيب ترامب")
        .contains("بحسب الشرق الأوسط")
        .contains("مخطط له؛");
    assertThat(CliRun.of("brief", "أمازون", "--lang", "en", "--db", db).out()).contains("== Money out ==");
  }

  @Test
  void withKeepsOnlyFactsSharedWithTheOtherEntity() {
    CliRun r = CliRun.of("brief", "Amazon", "--with", "وزارة الدفاع", "--db", db);
    assertThat(r.out()).contains("Money in").doesNotContain("Money out").doesNotContain("Statements");
  }

  @Test
  void printsJsonWithEvidenceAndTotals() throws Exception {
    CliRun r = CliRun.of("brief", "Amazon", "--format", "json", "--db", db);
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.at("/entities/0/name_en").asText()).isEqualTo("Amazon");
    JsonNode out = j.at("/groups/money_out/facts/0");
    assertThat(out.get("evidence")).hasSize(3);
    assertThat(out.get("amount_conflict").asBoolean()).isTrue();
    assertThat(j.at("/groups/money_in/totals/0/value").asDouble()).isEqualTo(5e6);
  }

  @Test
  void anUnknownNameExitsOneWithAHint() {
    CliRun r = CliRun.of("brief", "Nobody Known", "--db", db);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("no entity named");
  }

  @Test
  void queryFiltersByTypeAsCsv() {
    CliRun r = CliRun.of("query", "--entity", "امازون", "--type", "payment", "--format", "csv", "--db", db);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.lines()).hasSize(2);
    assertThat(r.lines()[1]).contains("payment", ",5000000,", "USD", "wsj-1");
    assertThat(CliRun.of("query", "--type", "donation", "--to", "2024-01-01", "--db", db).lines()).hasSize(1);
  }

  @Test
  void entityMergeIsKeptInTheStore() {
    assertThat(CliRun.of("entity", "merge", "Pentagon", "Trump inaugural fund", "--db", db).exit()).isZero();
    assertThat(CliRun.of("entity", "show", "Pentagon", "--db", db).lines()).hasSize(1);
    assertThat(CliRun.of("brief", "Pentagon", "--db", db).out()).contains("Money out", "Money in");
  }
}
