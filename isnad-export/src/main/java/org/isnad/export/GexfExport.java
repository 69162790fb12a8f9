package org.isnad.export;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.isnad.fact.FactType;
import org.isnad.store.EntityRef;
import org.isnad.store.GlobalFact;
import org.isnad.store.Store;

/**
 * GEXF 1.3 for Gephi. Nodes are entities ({@code e12}) with their type, English name, article
 * count and aliases. Edges are facts, from the first role to the second (donor to recipient,
 * owner to owned), one edge per pair of parties, undirected between the parties of a meeting,
 * dispute or rivalry; the edge's {@code kind} and {@code label} are the fact type, its weight
 * the number of independent reports, and its attributes the fact id, amount, currency, status,
 * time, evidences and reports. A fact with one party (a statement to no one) has no edge.
 */
final class GexfExport {
  static final String NS = "http://gexf.net/1.3";
  private final XMLStreamWriter xml;
  private final Tally tally = new Tally();

  private GexfExport(XMLStreamWriter xml) {
    this.xml = xml;
  }

  static Counts write(Selection s, OutputStream out) throws java.io.IOException {
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      GexfExport x = new GexfExport(w);
      x.document(s);
      w.flush();
      return x.tally.counts();
    } catch (XMLStreamException e) {
      throw new java.io.IOException("cannot write GEXF: " + e.getMessage(), e);
    } catch (Failure e) {
      throw new java.io.IOException("cannot write GEXF: " + e.getCause().getMessage(), e.getCause());
    }
  }

  private void document(Selection s) throws XMLStreamException {
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeStartElement("gexf");
    xml.writeDefaultNamespace(NS);
    xml.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
    xml.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation", NS + " http://gexf.net/1.3/gexf.xsd");
    xml.writeAttribute("version", "1.3");
    xml.writeStartElement("meta");
    xml.writeAttribute("lastmodifieddate", LocalDate.now(java.time.ZoneOffset.UTC).toString());
    element("creator", "isnad");
    element("description", "Entities and the facts of money and influence between them, from news articles");
    xml.writeEndElement();
    xml.writeStartElement("graph");
    xml.writeAttribute("mode", "static");
    xml.writeAttribute("defaultedgetype", "directed");
    attributes("node", new String[][] {{"type", "string"}, {"name_en", "string"}, {"documents", "integer"},
        {"aliases", "string"}});
    attributes("edge", new String[][] {{"fact", "long"}, {"type", "string"}, {"amount", "double"}, {"currency", "string"},
        {"status", "string"}, {"time", "string"}, {"evidences", "integer"}, {"reports", "integer"}});
    xml.writeStartElement("nodes");
    xml.writeCharacters("\n");
    s.entities(this::node);
    xml.writeEndElement();
    xml.writeStartElement("edges");
    xml.writeCharacters("\n");
    s.facts(this::edges);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
  }

  private void attributes(String kind, String[][] columns) throws XMLStreamException {
    xml.writeStartElement("attributes");
    xml.writeAttribute("class", kind);
    for (String[] c : columns) {
      xml.writeEmptyElement("attribute");
      xml.writeAttribute("id", c[0]);
      xml.writeAttribute("title", c[0]);
      xml.writeAttribute("type", c[1]);
    }
    xml.writeEndElement();
  }

  private void node(Store.ExportEntity x) {
    EntityRef e = x.entity();
    try {
      xml.writeStartElement("node");
      xml.writeAttribute("id", "e" + e.id());
      xml.writeAttribute("label", attr(e.name()));
      xml.writeStartElement("attvalues");
      value("type", e.type());
      value("name_en", e.nameEn());
      value("documents", String.valueOf(e.documents()));
      value("aliases", e.aliases().isEmpty() ? null : String.join("; ", e.aliases()));
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeCharacters("\n");
      tally.entities++;
    } catch (XMLStreamException ex) {
      throw new Failure(ex);
    }
  }

  private void edges(GlobalFact f) {
    FactType t = FactType.fromJson(f.type());
    List<long[]> pairs = new ArrayList<>();
    if (t.hasListRole()) {
      List<EntityRef> all = f.role(t.firstRole());
      for (int i = 0; i < all.size(); i++) {
        for (int j = i + 1; j < all.size(); j++) {
          pairs.add(new long[] {all.get(i).id(), all.get(j).id()});
        }
      }
    } else if (t.secondRole() != null) {
      for (EntityRef a : f.role(t.firstRole())) {
        for (EntityRef b : f.role(t.secondRole())) {
          pairs.add(new long[] {a.id(), b.id()});
        }
      }
    }
    try {
      for (int i = 0; i < pairs.size(); i++) {
        xml.writeStartElement("edge");
        xml.writeAttribute("id", "f" + f.id() + (pairs.size() > 1 ? "-" + (i + 1) : ""));
        xml.writeAttribute("source", "e" + pairs.get(i)[0]);
        xml.writeAttribute("target", "e" + pairs.get(i)[1]);
        if (t.hasListRole()) {
          xml.writeAttribute("type", "undirected");
        }
        xml.writeAttribute("kind", f.type());
        xml.writeAttribute("label", f.type());
        xml.writeAttribute("weight", String.valueOf(Math.max(1, f.reports())));
        xml.writeStartElement("attvalues");
        value("fact", String.valueOf(f.id()));
        value("type", f.type());
        value("amount", f.amount() == null ? null : String.valueOf(f.amount()));
        value("currency", f.currency());
        value("status", f.status());
        value("time", f.time());
        value("evidences", String.valueOf(f.evidences()));
        value("reports", String.valueOf(f.reports()));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeCharacters("\n");
      }
    } catch (XMLStreamException ex) {
      throw new Failure(ex);
    }
    if (pairs.isEmpty()) {
      tally.left++;
      return;
    }
    f.evidence().forEach(e -> tally.firstCite(e.document()));
    tally.evidences += f.evidence().size();
    tally.facts++;
  }

  private void value(String column, String v) throws XMLStreamException {
    if (v == null) {
      return;
    }
    xml.writeEmptyElement("attvalue");
    xml.writeAttribute("for", column);
    xml.writeAttribute("value", attr(v));
  }

  /** Attribute text: a reader folds line breaks in attributes to spaces, so they are written as spaces. */
  static String attr(String v) {
    return Text.clean(v).replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
  }

  private void element(String name, String text) throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  /** An XML error inside a store callback, carried out of it. */
  private static final class Failure extends RuntimeException {
    Failure(XMLStreamException cause) {
      super(cause);
    }
  }
}
