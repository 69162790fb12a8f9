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
import org.isnad.recognize.EventOrgs;
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
    defaultRecipients(c, drafts);
    drafts.removeIf(d -> !complete(d));
    dropAttributionStatements(drafts);
    List<Draft> merged = merge(drafts);
    List<Entity> entities = new ArrayList<>();
    String[] ids = new String[c.entities.size()];
    java.util.Set<Integer> inFacts = new java.util.HashSet<>();
    for (Draft d : merged) {
      d.roles.values().forEach(v -> {
        if (v instanceof Integer i) {
          inFacts.add(i);
        } else if (v instanceof List<?> l) {
          l.forEach(x -> inFacts.add((Integer) x));
        }
      });
      if (d.attributionSource >= 0) {
        inFacts.add(d.attributionSource);
      }
    }
    for (int e = 0; e < c.entities.size(); e++) {
      ids[e] = "E" + (e + 1);
      entities.add(entity(c, c.entities.get(e), ids[e], inFacts.contains(e)));
    }
    List<Fact> facts = new ArrayList<>();
    for (Draft d : merged) {
      facts.add(fact(d, "F" + (facts.size() + 1), ids, c));
    }
    return new Extraction(c.doc, entities, facts);
  }

  /**
   * An entity of the output. {@code transliterate}: give an Arabic-only name an English one by
   * transliteration (done for the parties of facts only; the beam search costs more than the
   * rest of the pipeline, and an entity no fact names needs no English name to be matched).
   */
  private static Entity entity(DocContext c, Cluster cl, String id, boolean transliterate) {
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
    for (Mention m : cl.mentions()) {
      if (m.source().equals("possessed") && !m.name().equals(name)) {
        aliases.add(m.name()); // "Reed's presidential foundation": the owner's name the span leaves out
      }
    }
    if (cl.isEvent()) {
      List<String> canonical = new ArrayList<>(EventOrgs.aliases(best.name(), personName(c, best.name(), false),
          personName(c, best.name(), true)));
      if (!c.doc.isArabic()) {
        canonical.sort(java.util.Comparator.comparing(a -> !isLatin(a))); // the document's own script first
      }
      if (!canonical.isEmpty()) {
        aliases.add(name);
        name = canonical.get(0);
        aliases.remove(name);
        aliases.addAll(canonical.subList(1, canonical.size()));
        nameEn = canonical.stream().filter(Assembler::isLatin).findFirst().orElse(nameEn);
      }
    }
    mentions.sort(null);
    if (nameEn == null && (transliterate || cl.type() == org.isnad.fact.EntityType.PLACE)) {
      nameEn = englishName(cl.type(), name);
    }
    return new Entity(id, cl.type(), name, nameEn, new ArrayList<>(aliases), mentions);
  }

  /**
   * The person an event organization is named after, as the document writes the surname:
   * in Arabic script or Latin script, or null when the document has no such form.
   */
  private static String personName(DocContext c, String eventKey, boolean latin) {
    String surname = eventKey.split(":")[1];
    for (Cluster p : c.entities) {
      if (p.type() != org.isnad.fact.EntityType.PERSON) {
        continue;
      }
      boolean hit = false;
      for (String k : p.keys()) {
        String[] w = org.isnad.link.NameKey.words(k);
        hit |= w.length > 0 && w[w.length - 1].equals(surname);
      }
      if (!hit) {
        continue;
      }
      for (Mention m : p.mentions()) {
        String surface = c.doc.slice(m.span()).strip();
        if (isLatin(surface) == latin) {
          String[] w = surface.split("\\s+");
          return w[w.length - 1];
        }
      }
    }
    boolean keyLatin = isLatin(surname);
    if (keyLatin == latin) {
      return latin ? Character.toUpperCase(surname.charAt(0)) + surname.substring(1) : surname;
    }
    // The other script, when the article never writes it: transliterated.
    String other = latin ? org.isnad.link.Transliterator.standard().toLatin(surname)
        : org.isnad.link.Transliterator.standard().toArabic(surname);
    return other == null || other.isBlank() ? null : other;
  }

  /** Transliterations already made: a name recurs across articles, and the beam search is costly. */
  private static final java.util.Map<String, String> LATIN = new java.util.concurrent.ConcurrentHashMap<>();

  /** The English name of an Arabic one: a place from the gazetteer, anything else transliterated. */
  static String englishName(org.isnad.fact.EntityType type, String arabic) {
    if (type == org.isnad.fact.EntityType.PLACE) {
      java.util.Optional<String> place = org.isnad.link.Gazetteer.standard().english(arabic);
      if (place.isPresent()) {
        return place.get();
      }
    }
    String latin = LATIN.get(arabic);
    if (latin == null) {
      latin = org.isnad.link.Transliterator.standard().toLatin(arabic);
      if (LATIN.size() < 100_000) {
        LATIN.put(arabic, latin == null ? "" : latin);
      }
    }
    return latin == null || latin.isBlank() ? null : latin;
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

  /**
   * A donation whose sentence names no recipient ("X said it would give $2 million") goes to
   * the recipient the article is about: of the funds and campaigns it names and the non-person
   * recipients its other donations name, one its sentence mentions, else the one the article
   * names first. A fund mentioned later in passing ("dwarfed the $107 million raised for the
   * first inauguration") does not take the donations of the rest of the article.
   */
  static void defaultRecipients(DocContext c, List<Draft> drafts) {
    Set<Integer> candidates = new HashSet<>();
    int named = 0;
    for (Draft d : drafts) {
      Integer r = d.entity("recipient");
      // Only a fund, campaign or cause stands in for an unnamed recipient, never a person.
      if (d.type == org.isnad.fact.FactType.DONATION && r != null
          && c.typeOf(r) != org.isnad.fact.EntityType.PERSON) {
        candidates.add(r);
        named++;
      }
    }
    for (int e = 0; e < c.entities.size(); e++) {
      if (c.entities.get(e).isEvent()) {
        candidates.add(e);
      }
    }
    int rebuilt = rebuiltPlace(c);
    if (rebuilt >= 0) {
      candidates.add(rebuilt); // "مؤتمر المانحين لدعم إعادة إعمار اليمن": pledges go to the country rebuilt
    }
    int target = c.donationTarget();
    if (target >= 0) {
      candidates.add(target); // "قامت العديد من الشركات بتقديم تبرعات إلى لجنة التنصيب": the fund given to
    }
    // One donation to X says little about the others; two or more, or a fund the article is about, do.
    boolean anyEvent = rebuilt >= 0 || target >= 0 || candidates.stream().anyMatch(e -> c.entities.get(e).isEvent());
    if (candidates.isEmpty() || named < 2 && !anyEvent) {
      return;
    }
    for (Draft d : drafts) {
      if (d.type == org.isnad.fact.FactType.DONATION && d.entity("recipient") == null
          && d.entity("donor") != null) {
        int best = inSentenceOrFirst(c, candidates, d.evidence.get(0), d.entity("donor"));
        if (best >= 0) {
          d.role("recipient", best);
          d.confidence = Math.max(0.3, d.confidence - 0.2);
        }
      }
    }
  }

  /** The place an article's donors rebuild or relieve: named after إعمار / reconstruction of / relief for, or -1. */
  private static int rebuiltPlace(DocContext c) {
    for (int k = 0; k + 1 < c.tokens.size(); k++) {
      String w = org.isnad.text.ar.Proclitics.strip(c.tokens.get(k).norm()).toLowerCase(java.util.Locale.ROOT);
      int at = w.equals("اعمار") ? k + 1 : w.equals("reconstruction") && k + 2 < c.tokens.size()
          && c.tokens.get(k + 1).norm().equals("of") ? k + 2 : -1;
      if (at >= 0 && c.byToken[at] != null && c.typeOf(c.byToken[at].entity()) == org.isnad.fact.EntityType.PLACE) {
        return c.byToken[at].entity();
      }
    }
    return -1;
  }

  /** Of the candidate entities, one mentioned inside {@code sentence}, else the one mentioned first. */
  private static int inSentenceOrFirst(DocContext c, Set<Integer> candidates, Span sentence, int exclude) {
    int first = -1;
    int firstAt = Integer.MAX_VALUE;
    for (int e : candidates) {
      if (e == exclude) {
        continue;
      }
      for (Mention m : c.entities.get(e).mentions()) {
        if (sentence.contains(m.span())) {
          return e;
        }
        if (m.span().start() < firstAt) {
          firstAt = m.span().start();
          first = e;
        }
      }
    }
    return first;
  }

  /**
   * "أكدت OpenAI أن رئيسها سيتبرع" reports a donation, and the cue is its attribution: the
   * reported-speech statement around another fact of the same sentence is not a fact of its own
   * when the cue confirms, reports or denies it. Plain speech ("قال X إن ...", "X said") stays a
   * statement as well as the claim it carries, and so does the announcement of a measure ("أعلن
   * أنه كلّف ..."), which is both what was said and what was done.
   */
  static void dropAttributionStatements(List<Draft> drafts) {
    drafts.removeIf(st -> st.type == org.isnad.fact.FactType.STATEMENT && !st.fields.containsKey("quote")
        && drafts.stream().anyMatch(o -> o.type != org.isnad.fact.FactType.STATEMENT
            && o.type != org.isnad.fact.FactType.POLICY && o.evidence.get(0).equals(st.evidence.get(0)) && !"asserted".equals(o.attributionKind)
            && !"claimed".equals(o.attributionKind)));
  }

  /** Whether a draft names every party its type needs (payee, addressee and target are optional). */
  static boolean complete(Draft d) {
    org.isnad.fact.FactType t = d.type;
    if (!d.roles.containsKey(t.firstRole())) {
      return false;
    }
    return switch (t) {
      case PAYMENT, STATEMENT, POLICY, NO_COMMENT -> true;
      case MEETING, DISPUTE, COMPETITION -> d.roles.get(t.firstRole()) instanceof List<?> l && l.size() >= 2;
      default -> d.roles.containsKey(t.secondRole());
    };
  }

  static List<Draft> merge(List<Draft> drafts) {
    List<Draft> out = new ArrayList<>();
    for (Draft d : drafts) {
      Draft same = null;
      for (Draft o : out) {
        if (o.type == d.type && sameParties(o, d) && Objects.equals(o.fields.get("purpose"), d.fields.get("purpose"))) {
          same = o; // an in-kind gift beside money of the same amount is a second gift
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
      if (same == null || (same.type == org.isnad.fact.FactType.STATEMENT && !sameText(same, d))
          || same.type == org.isnad.fact.FactType.POLICY && !similarContent(same, d)) {
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

  /**
   * Two measures by one actor are one when told in one sentence or in words that mostly overlap
   * (word Jaccard at least 0.3): "كلّف فلان بمراجعة النفقات" and "أقال مئات الموظفين" are two.
   */
  private static boolean similarContent(Draft a, Draft b) {
    if (a.evidence.get(0).equals(b.evidence.get(0))) {
      return true;
    }
    Set<String> x = words(a.fields.get("content"));
    Set<String> y = words(b.fields.get("content"));
    if (x.isEmpty() || y.isEmpty()) {
      return true;
    }
    Set<String> both = new HashSet<>(x);
    both.retainAll(y);
    Set<String> either = new HashSet<>(x);
    either.addAll(y);
    return both.size() >= 0.3 * either.size();
  }

  private static Set<String> words(Object text) {
    Set<String> out = new HashSet<>();
    if (text != null) {
      for (String w : org.isnad.text.ar.ArabicNormalizer.normalize(text.toString()).toLowerCase(java.util.Locale.ROOT)
          .split("[\\s\\p{P}]+")) {
        if (!w.isEmpty()) {
          out.add(w);
        }
      }
    }
    return out;
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
