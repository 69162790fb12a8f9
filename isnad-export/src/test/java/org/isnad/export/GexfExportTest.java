package org.isnad.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.isnad.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The GEXF file is valid GEXF 1.3 (the part isnad writes) and parses back to the store's graph. */
class GexfExportTest {
  @TempDir Path dir;
  Store store;
  byte[] gexf;
  Counts counts;

  @BeforeEach
  void export() throws IOException {
    store = Sample.open(dir);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    counts = Export.write(Selection.all(store), Format.GEXF, null, out);
    gexf = out.toByteArray();
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void validatesAgainstTheGexfSchema() throws Exception {
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    f.newSchema(getClass().getResource("gexf-1.3-subset.xsd")).newValidator()
        .validate(new StreamSource(new ByteArrayInputStream(gexf)));
  }

  @Test
  void parsesBackToEntitiesAndTypedFactEdges() throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(gexf));
    assertThat(d.getDocumentElement().getNamespaceURI()).isEqualTo("http://gexf.net/1.3");
    assertThat(d.getDocumentElement().getAttribute("version")).isEqualTo("1.3");

    Set<String> declared = new HashSet<>();
    NodeList attrs = d.getElementsByTagNameNS(GexfExport.NS, "attribute");
    for (int i = 0; i < attrs.getLength(); i++) {
      Element a = (Element) attrs.item(i);
      declared.add(((Element) a.getParentNode()).getAttribute("class") + ":" + a.getAttribute("id"));
    }
    Map<String, String> labels = new HashMap<>();
    NodeList nodes = d.getElementsByTagNameNS(GexfExport.NS, "node");
    for (int i = 0; i < nodes.getLength(); i++) {
      Element n = (Element) nodes.item(i);
      assertThat(labels.put(n.getAttribute("id"), n.getAttribute("label"))).as("node ids are unique").isNull();
      values(n).keySet().forEach(k -> assertThat(declared).contains("node:" + k));
    }
    assertThat(nodes.getLength()).isEqualTo(counts.entities());
    long nour = store.findEntities(Sample.NOUR).get(0).id();
    assertThat(labels.get("e" + nour)).isEqualTo(Sample.NOUR);

    NodeList edges = d.getElementsByTagNameNS(GexfExport.NS, "edge");
    Set<String> kinds = new HashSet<>();
    Element donation = null;
    for (int i = 0; i < edges.getLength(); i++) {
      Element e = (Element) edges.item(i);
      assertThat(labels).containsKeys(e.getAttribute("source"), e.getAttribute("target"));
      values(e).keySet().forEach(k -> assertThat(declared).contains("edge:" + k));
      kinds.add(e.getAttribute("kind"));
      if (e.getAttribute("id").equals("f1")) {
        donation = e;
      }
    }
    // a meeting of three is three undirected edges; a statement to no one has none
    assertThat(kinds).contains("donation", "meeting", "role", "sanction", "dispute").doesNotContain("no_comment");
    assertThat(donation).isNotNull();
    assertThat(donation.getAttribute("source")).isEqualTo("e" + nour);
    assertThat(values(donation)).containsEntry("amount", "3000000.0").containsEntry("currency", "USD")
        .containsEntry("evidences", "3").containsEntry("reports", "2");
    assertThat(donation.getAttribute("weight")).isEqualTo("2");
    assertThat(d.getElementsByTagNameNS(GexfExport.NS, "edge")).satisfies(all -> {
      int meeting = 0;
      for (int i = 0; i < all.getLength(); i++) {
        Element e = (Element) all.item(i);
        if (e.getAttribute("kind").equals("meeting")) {
          meeting++;
          assertThat(e.getAttribute("type")).isEqualTo("undirected");
        }
      }
      assertThat(meeting).isEqualTo(3);
    });
  }

  private static Map<String, String> values(Element owner) {
    Map<String, String> out = new HashMap<>();
    NodeList vs = owner.getElementsByTagNameNS(GexfExport.NS, "attvalue");
    for (int i = 0; i < vs.getLength(); i++) {
      Element v = (Element) vs.item(i);
      out.put(v.getAttribute("for"), v.getAttribute("value"));
    }
    return out;
  }
}
