package org.isnad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST API in-process, on a store filled by posting the example articles. */
class ApiTest {
  @TempDir
  static Path dir;
  static TestServer t;

  @BeforeAll
  static void start() {
    t = TestServer.withExamples(dir, null);
  }

  @AfterAll
  static void stop() {
    if (t != null) {
      t.close();
    }
  }

  static JsonNode json(HttpResponse<String> r) {
    try {
      return Json.MAPPER.readTree(r.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + r.body(), e);
    }
  }

  static JsonNode ok(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    return json(r);
  }

  static List<String> texts(JsonNode array, String field) {
    return StreamSupport.stream(array.spliterator(), false).map(n -> n.path(field).asText()).toList();
  }

  static long entityId(String name) {
    JsonNode found = ok(t.get("/api/entities?q=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(found.get("entities")).as("entities named %s", name).isNotEmpty();
    return found.get("entities").get(0).get("id").asLong();
  }

  static String slice(String text, JsonNode span) {
    int[] cps = text.codePoints().toArray();
    return new String(cps, span.get(0).asInt(), span.get(1).asInt() - span.get(0).asInt());
  }

  @Test
  void searchFindsEntitiesByPartOfANameInEitherScript() {
    assertThat(texts(ok(t.get("/api/entities?q=Riverton")).get("entities"), "name")).contains("Riverton Energy");
    assertThat(texts(ok(t.get("/api/entities?q=%D8%A7%D9%84%D9%83%D8%B9%D8%A8%D9%8A")).get("entities"), "name"))
        .contains("سعيد الكعبي");
    assertThat(ok(t.get("/api/entities?q=Riverton&limit=1")).get("entities")).hasSize(1);
  }

  @Test
  void anEntityComesWithItsFactsAndTheirEvidence() {
    JsonNode e = ok(t.get("/api/entities/" + entityId("Riverton Energy")));
    assertThat(e.get("entity").get("name").asText()).isEqualTo("Riverton Energy");
    JsonNode payment = StreamSupport.stream(e.get("facts").spliterator(), false)
        .filter(f -> f.get("type").asText().equals("payment")).findFirst().orElseThrow();
    assertThat(payment.get("amount").get("value").asDouble()).isEqualTo(12_000_000);
    assertThat(payment.get("amount").get("currency").asText()).isEqualTo("USD");
    assertThat(payment.get("evidence").get(0).get("doc").asText()).isEqualTo("en-lobbying");
    assertThat(payment.get("summary").asText()).contains("Riverton Energy", "12,000,000 USD");
  }

  @Test
  void anEntitysBriefHasMoneyTotalsInTheAskedLanguage() {
    long id = entityId("Riverton Energy");
    JsonNode brief = ok(t.get("/api/entities/" + id + "/brief?lang=en"));
    JsonNode out = brief.get("groups").get("money_out");
    assertThat(texts(out.get("totals"), "currency")).contains("USD");
    assertThat(out.get("count").asInt()).isGreaterThanOrEqualTo(1);
    HttpResponse<String> text = t.get("/api/entities/" + id + "/brief?lang=ar&format=text");
    assertThat(text.statusCode()).isEqualTo(200);
    assertThat(text.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    assertThat(text.body()).contains("أموال صادرة");
  }

  @Test
  void theGraphLinksTheEntityToItsNeighboursByFactType() {
    long id = entityId("Meta");
    JsonNode g = ok(t.get("/api/entities/" + id + "/graph"));
    assertThat(g.get("center").asLong()).isEqualTo(id);
    assertThat(g.get("nodes").get(0).get("id").asLong()).isEqualTo(id);
    List<Long> nodes = StreamSupport.stream(g.get("nodes").spliterator(), false).map(n -> n.get("id").asLong()).toList();
    assertThat(g.get("edges")).isNotEmpty().allSatisfy(e -> {
      assertThat(nodes).contains(e.get("source").asLong(), e.get("target").asLong());
      assertThat(e.get("type").asText()).isNotEmpty();
    });
    assertThat(texts(g.get("edges"), "type")).contains("ownership");
  }

  @Test
  void factsAreFilteredByTypeEntityAndDate() {
    JsonNode donations = ok(t.get("/api/facts?type=donation")).get("facts");
    assertThat(donations).isNotEmpty();
    assertThat(texts(donations, "type")).containsOnly("donation");
    JsonNode riverton = ok(t.get("/api/facts?entity=Riverton%20Energy")).get("facts");
    assertThat(riverton).isNotEmpty().allSatisfy(f -> assertThat(f.get("roles").toString()).contains("Riverton Energy"));
    JsonNode early = ok(t.get("/api/facts?to=2000-01-01")).get("facts");
    JsonNode all = ok(t.get("/api/facts?limit=1000")).get("facts");
    assertThat(early.size()).isLessThan(all.size());
    assertThat(texts(ok(t.get("/api/facts?from=2026-02-01&to=2026-02-28")).get("facts"), "date"))
        .isNotEmpty().allSatisfy(d -> assertThat(d).startsWith("2026-02"));
  }

  @Test
  void aDocumentComesWithItsTextAndAnnotatedSpans() {
    JsonNode d = ok(t.get("/api/documents/en-lobbying"));
    String text = d.get("text").asText();
    assertThat(d.get("title").asText()).startsWith("Riverton Energy pays");
    JsonNode payment = StreamSupport.stream(d.get("facts").spliterator(), false)
        .filter(f -> f.get("type").asText().equals("payment")).findFirst().orElseThrow();
    assertThat(slice(text, payment.get("evidence").get(0))).contains("$12 million");
    assertThat(payment.get("fact").asLong()).isPositive();
    for (JsonNode e : d.get("entities")) {
      for (JsonNode m : e.get("mentions")) {
        assertThat(slice(text, m)).isNotBlank();
      }
    }
    assertThat(texts(ok(t.get("/api/documents")).get("documents"), "id")).contains("en-lobbying", "seed-ar");
  }

  @Test
  void aPostedArticleIsIngestedOnceAndThenServed() {
    String article = "title: Harbor fund\ndate: 2026-03-02\n\nThe Meridian Shipping Group donated $3 million to the"
        + " Tidewater Harbor Trust on Friday, the trust said.\n";
    HttpResponse<String> r = t.post("/api/documents?id=posted-1", article, "text/plain; charset=utf-8", List.of());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    assertThat(json(r).get("lang").asText()).isEqualTo("en");
    assertThat(r.headers().firstValue("Location")).hasValue("/api/documents/posted-1");
    assertThat(json(t.post("/api/documents?id=posted-1", article, "text/plain", List.of())).get("outcome").asText())
        .isEqualTo("unchanged");
    assertThat(ok(t.get("/api/documents/posted-1")).get("title").asText()).isEqualTo("Harbor fund");
    assertThat(texts(ok(t.get("/api/entities?q=Tidewater")).get("entities"), "name")).isNotEmpty();
    HttpResponse<String> clash = t.post("/api/documents?id=posted-1", article + "More.\n", "text/plain", List.of());
    assertThat(clash.statusCode()).isEqualTo(409);
  }

  @Test
  void postedCopiesOfOneWireStoryShareItsStoryAndCountAsOneReport() {
    // An invented agency story; the second outlet runs it under its own headline with a credit line.
    String wire = "The Cedar Bay Trust said on Monday that it had donated four million dollars to the Northgate"
        + " Children's Hospital in the port city of Alder, and the trust said in a statement that the money would pay"
        + " for a new cancer ward and its equipment. The head of the trust, Laila Haddad, said it hoped other"
        + " charities in the region would follow with gifts of their own over the next year.\n";
    HttpResponse<String> first = t.post("/api/documents?id=wire-bay-1",
        "outlet: Harbour Wire\ndate: 2026-02-09\ntitle: Trust gives to hospital\n\n" + wire, "text/plain", List.of());
    HttpResponse<String> copy = t.post("/api/documents?id=wire-bay-2",
        "outlet: Alder Evening News\ndate: 2026-02-10\ntitle: Millions for a cancer ward\n\n" + wire
            + "\nSource: Harbour Wire\n", "text/plain", List.of());
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(copy.statusCode()).as(copy.body()).isEqualTo(201);

    JsonNode facts = ok(t.get("/api/facts?type=donation&entity=" + entityId("Cedar Bay Trust"))).get("facts");
    assertThat(facts).hasSize(1);
    JsonNode donation = facts.get(0);
    assertThat(donation.get("evidences").asInt()).isEqualTo(2);
    assertThat(donation.get("reports").asInt()).as("two outlets, one story").isEqualTo(1);
    assertThat(texts(donation.get("evidence"), "outlet")).containsExactlyInAnyOrder("Harbour Wire", "Alder Evening News");
    assertThat(texts(donation.get("evidence"), "story")).as("one story for both copies").hasSize(2).containsOnly(
        donation.get("evidence").get(0).get("story").asText());
  }

  @Test
  void articlesArePostedAsJsonOrHtml() {
    String json = "{\"id\": \"posted-json\", \"title\": \"Grant\", \"date\": \"2026-01-05\", \"text\":"
        + " \"The Corvale Foundation gave $40,000 to the Linden Arts Council, the council said.\"}";
    HttpResponse<String> r = t.post("/api/documents", json, "application/json", List.of());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    assertThat(ok(t.get("/api/documents/posted-json")).get("text").asText()).contains("Corvale Foundation");
    String html = "<html><head><title>Port deal</title></head><body><nav>Home | World</nav><article><p>The Seaborne"
        + " Logistics Company paid $8 million to the city of Marrowport for the old harbor, officials said.</p></article>"
        + "</body></html>";
    HttpResponse<String> h = t.post("/api/documents?id=posted-html", html, "text/html", List.of());
    assertThat(h.statusCode()).as(h.body()).isEqualTo(201);
    JsonNode d = ok(t.get("/api/documents/posted-html"));
    assertThat(d.get("text").asText()).contains("Seaborne Logistics").doesNotContain("<p>", "Home | World");
  }

  @Test
  void writesFromAnotherSitesPagesAreRefusedWithoutAToken() {
    HttpResponse<String> r = t.post("/api/documents?id=csrf", "The Sorrel Group paid $1 million to Vane Ltd.",
        "text/plain", List.of("Origin", "http://elsewhere.example"));
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(json(r).get("error").asText()).contains("own pages");
    assertThat(t.get("/api/documents/csrf").statusCode()).isEqualTo(404);
  }

  @Test
  void bodiesOverTheLimitAreRefused() {
    byte[] big = new byte[Server.Options.of("x").maxBodyBytes() + 10];
    java.util.Arrays.fill(big, (byte) 'a');
    try {
      HttpResponse<String> r = t.post("/api/documents?id=too-big", big, "text/plain", List.of());
      assertThat(r.statusCode()).isEqualTo(413);
      assertThat(json(r).get("status").asInt()).isEqualTo(413);
    } catch (java.io.UncheckedIOException e) {
      // The server answers 413 from the declared length without reading the body and then closes the
      // connection; a client still sending the body may see the close before the answer. Either
      // way the body is refused:
      assertThat(e).hasRootCauseInstanceOf(IOException.class);
    }
    assertThat(t.get("/api/documents/too-big").statusCode()).isEqualTo(404);
  }

  @Test
  void errorsAreJsonWithAStatusAndAMessage() {
    List<Object[]> cases = List.of(
        new Object[] {t.get("/api/nothing-here"), 404},
        new Object[] {t.get("/api/entities/abc"), 400},
        new Object[] {t.get("/api/entities/999999"), 404},
        new Object[] {t.get("/api/entities"), 400},
        new Object[] {t.get("/api/facts?type=bribe"), 400},
        new Object[] {t.get("/api/facts?from=yesterday"), 400},
        new Object[] {t.get("/api/facts?limit=0"), 400},
        new Object[] {t.get("/api/documents/no-such-article"), 404},
        new Object[] {t.get("/api/entities/1/brief?lang=fr"), 400},
        new Object[] {t.post("/api/documents", "x", "image/png", List.of()), 415},
        new Object[] {t.post("/api/documents", "{\"text\": ", "application/json", List.of()), 400},
        new Object[] {t.post("/api/documents", "", "text/plain", List.of()), 400},
        new Object[] {t.post("/api/documents?id=" + "%3Cb%3E", "The Arden Trust paid $2 to Bo.", "text/plain", List.of()), 400});
    List<String> seen = new ArrayList<>();
    for (Object[] c : cases) {
      @SuppressWarnings("unchecked")
      HttpResponse<String> r = (HttpResponse<String>) c[0];
      seen.add(r.request().uri().getRawPath() + " " + r.statusCode());
      assertThat(r.statusCode()).as(r.request().uri() + ": " + r.body()).isEqualTo(c[1]);
      assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
      JsonNode e = json(r);
      assertThat(e.get("status").asInt()).isEqualTo(c[1]);
      assertThat(e.get("error").asText()).isNotBlank();
    }
    assertThat(seen).hasSize(cases.size());
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() {
    for (String path : List.of("/", "/app.js", "/style.css", "/api/entities?q=Riverton", "/api/nothing-here")) {
      HttpResponse<String> r = t.get(path);
      assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).hasValue(Server.CSP);
      assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(r.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
    }
    assertThat(Server.CSP).doesNotContain("unsafe-inline", "unsafe-eval", "*");
    assertThat(t.get("/app.js").headers().firstValue("Content-Type").orElse("")).contains("javascript");
    assertThat(t.get("/").body()).contains("<script type=\"module\" src=\"/app.js\"></script>").doesNotContain("style=");
  }
}
