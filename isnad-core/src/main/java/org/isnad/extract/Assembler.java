package org.isnad.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.isnad.fact.Amount;
import org.isnad.fact.Attribution;
import org.isnad.fact.Entity;
import org.isnad.fact.Extraction;
import org.isnad.fact.Fact;
import org.isnad.fact.TimeValue;
import org.isnad.link.EntityResolver.Cluster;
import org.isnad.recognize.Mention;
import org.isnad.recognize.Money;
import org.isnad.text.Span;

/**
 * Turns drafts into the document's facts: one fact per event (drafts with the same type and
 * parties merge, their evidence joined; a draft missing a party merges into a fuller one with
 * the same agent), entities numbered in order of first mention.
 */
final class Assembler {
  private Assembler() {}

  static Extraction assemble(DocContext c, List<Draft> drafts) {
    List<Draft> merged = merge(drafts);
    List<Entity> entities = new ArrayList<>();
    String[] ids = new String[c.entities.size()];
    for (int e = 0; e < c.entities.size(); e++) {
      ids[e] = "E" + (e + 1);
      entities.add(entity(c, c.entities.get(e), ids[e]));
    }
    List<Fact> facts = new ArrayList<>();
    for (Draft d : merged) {
      facts.add(fact(d, "F" + (facts.size() + 1), ids, c));
    }
    return new Extraction(c.doc, entities, facts);
  }

  private static Entity entity(DocContext c, Cluster cl, String id) {
    Mention best = cl.best();
    String name = c.doc.slice(best.span()).strip();
    Set<String> aliases = new LinkedHashSet<>();
    String nameEn = null;
    List<Span> mentions = new ArrayList<>();
    for (Mention m : cl.mentions()) {
      String surface = c.doc.slice(m.span()).strip();
      if (!surface.equals(name) && !m.source().equals("coref")) {
        aliases.add(surface);
      }
      if (nameEn == null && isLatin(surface)) {
        nameEn = surface;
      }
      mentions.add(m.span());
    }
    if (isLatin(name)) {
      nameEn = name;
    }
    mentions.sort(null);
    return new Entity(id, cl.type(), name, nameEn, new ArrayList<>(aliases), mentions);
  }

  private static boolean isLatin(String s) {
    int latin = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch >= 0x0600 && ch <= 0x06FF) {
        return false;
      }
      if (Character.isLetter(ch)) {
        latin++;
      }
    }
    return latin > 0;
  }

  private static Fact fact(Draft d, String id, String[] ids, DocContext c) {
    Map<String, Object> roles = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, Object> r : d.roles.entrySet()) {
      if (r.getValue() instanceof List<?> l) {
        List<String> names = new ArrayList<>();
        for (Object o : l) {
          names.add(ids[(Integer) o]);
        }
        roles.put(r.getKey(), names);
      } else {
        roles.put(r.getKey(), ids[(Integer) r.getValue()]);
      }
    }
    Map<String, Object> fields = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, Object> f : d.fields.entrySet()) {
      Object v = f.getValue();
      fields.put(f.getKey(), (f.getKey().equals("place") || f.getKey().equals("venue")) && v instanceof Integer i
          ? ids[i] : v);
    }
    Amount amount = null;
    if (d.amount != null && !Double.isNaN(d.amount.value())) {
      Money m = d.amount;
      amount = new Amount(m.value(), m.currency(), m.bound().name().toLowerCase(java.util.Locale.ROOT), m.text());
    }
    TimeValue time = d.time == null ? null : new TimeValue(d.time.text(), d.time.value());
    Attribution attribution = new Attribution(d.attributionKind, d.attributionSource >= 0 ? ids[d.attributionSource]
        : null, d.attributionCue);
    List<Span> evidence = new ArrayList<>(new LinkedHashSet<>(d.evidence));
    evidence.sort(null);
    return new Fact(id, d.type, roles, amount, time, d.status, attribution, evidence, d.confidence, fields);
  }

  static List<Draft> merge(List<Draft> drafts) {
    List<Draft> out = new ArrayList<>();
    for (Draft d : drafts) {
      Draft same = null;
      for (Draft o : out) {
        if (o.type == d.type && sameParties(o, d)) {
          same = o;
          break;
        }
      }
      if (same == null) {
        for (Draft o : out) {
          if (o.type == d.type && subsumes(o, d) && compatibleAmounts(o, d)) {
            same = o;
            break;
          }
        }
      }
      if (same == null || (same.type == org.isnad.fact.FactType.STATEMENT && !sameText(same, d))) {
        out.add(d);
        continue;
      }
      for (Span s : d.evidence) {
        if (!same.evidence.contains(s)) {
          same.evidence.add(s);
        }
      }
      if (same.amount == null) {
        same.amount = d.amount;
      }
      if (same.time == null) {
        same.time = d.time;
      }
      same.confidence = Math.min(0.95, Math.max(same.confidence, d.confidence) + 0.05);
      for (Map.Entry<String, Object> f : d.fields.entrySet()) {
        same.fields.putIfAbsent(f.getKey(), f.getValue());
      }
    }
    return out;
  }

  private static boolean sameText(Draft a, Draft b) {
    return Objects.equals(a.fields.get("quote"), b.fields.get("quote"))
        && Objects.equals(a.fields.get("content"), b.fields.get("content"));
  }

  private static boolean compatibleAmounts(Draft a, Draft b) {
    return a.amount == null || b.amount == null || a.amount.value() == b.amount.value();
  }

  private static boolean sameParties(Draft a, Draft b) {
    if (!a.roles.keySet().equals(b.roles.keySet())) {
      return false;
    }
    for (String k : a.roles.keySet()) {
      Object x = a.roles.get(k);
      Object y = b.roles.get(k);
      if (x instanceof List<?> lx && y instanceof List<?> ly) {
        if (!new HashSet<>(lx).equals(new HashSet<>(ly))) {
          return false;
        }
      } else if (!Objects.equals(x, y)) {
        return false;
      }
    }
    return compatibleAmounts(a, b);
  }

  /** {@code big} has every role {@code small} has, with the same fillers, and more. */
  private static boolean subsumes(Draft big, Draft small) {
    if (small.roles.size() >= big.roles.size()) {
      return false;
    }
    for (Map.Entry<String, Object> r : small.roles.entrySet()) {
      if (!Objects.equals(big.roles.get(r.getKey()), r.getValue())) {
        return false;
      }
    }
    return true;
  }
}
