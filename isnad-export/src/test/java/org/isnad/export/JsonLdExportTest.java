package org.isnad.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON-LD parses, every node has an id and a schema.org type, and every reference resolves. */
class JsonLdExportTest {
  @TempDir Path dir;
  Store store;
  JsonNode doc;

  @BeforeEach
  void export() throws IOException {
    store = Sample.open(dir);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Export.write(Selection.all(store), Format.JSONLD, null, out);
    doc = new ObjectMapper().readTree(out.toByteArray());
  }

  @AfterEach
  void close() {
    store.close();
  }

  /** Every node with properties, at any depth, by id. */
  private static void nodes(JsonNode n, Map<String, JsonNode> into) {
    if (n.isObject()) {
      if (n.size() > 1 || !n.has("@id")) {
        assertThat(n.has("@id") && n.has("@type")).as("node %s has @id and @type", n).isTrue();
        into.put(n.get("@id").asText(), n);
      }
      n.fields().forEachRemaining(e -> nodes(e.getValue(), into));
    } else if (n.isArray()) {
      n.forEach(x -> nodes(x, into));
    }
  }

  private static void references(JsonNode n, Map<String, JsonNode> nodes) {
    if (n.isObject() && n.size() == 1 && n.has("@id")) {
      assertThat(nodes).as("reference %s resolves", n.get("@id")).containsKey(n.get("@id").asText());
    } else if (n.isContainerNode()) {
      n.forEach(x -> references(x, nodes));
    }
  }

  @Test
  void everyNodeIsTypedAndEveryReferenceResolves() {
    assertThat(doc.at("/@context/@vocab").asText()).isEqualTo("https://schema.org/");
    Map<String, JsonNode> nodes = new HashMap<>();
    doc.get("@graph").forEach(n -> nodes(n, nodes));
    references(doc.get("@graph"), nodes);
    assertThat(nodes.values()).extracting(n -> n.get("@type").asText())
        .contains("Person", "Organization", "GovernmentOrganization", "DonateAction", "PayAction", "BuyAction",
            "InvestOrDepositAction", "Event", "Action", "NewsArticle", "Claim");
  }

  @Test
  void aDonationIsADonateActionWithItsAmountAndEveryReport() {
    Map<String, JsonNode> nodes = new HashMap<>();
    doc.get("@graph").forEach(n -> nodes(n, nodes));
    JsonNode donation = nodes.get("urn:isnad:fact:1");
    assertThat(donation.get("@type").asText()).isEqualTo("DonateAction");
    assertThat(donation.get("price").asDouble()).isEqualTo(3e6);
    assertThat(donation.get("priceCurrency").asText()).isEqualTo("USD");
    assertThat(donation.get("actionStatus").asText()).isEqualTo("CompletedActionStatus");
    JsonNode donor = nodes.get(donation.at("/agent/0/@id").asText());
    assertThat(donor.get("name").asText()).isEqualTo(Sample.NOUR);
    assertThat(donor.get("alternateName").toString()).contains("Nour, Foundation");
    assertThat(nodes.get(donation.at("/recipient/0/@id").asText()).get("name").asText()).isEqualTo("جمعية الأمل");
    List<JsonNode> claims = new java.util.ArrayList<>();
    donation.get("subjectOf").forEach(c -> claims.add(nodes.get(c.get("@id").asText())));
    assertThat(claims).hasSize(3).extracting(c -> c.get("text").asText()).contains(Sample.DONATION_SENTENCE);
    assertThat(claims).extracting(c -> nodes.get(c.at("/appearance/@id").asText()).at("/publisher/name").asText())
        .containsExactlyInAnyOrder("وكالة \"الخليج\", للأنباء", "Outlet A", "Outlet B");
  }
}
