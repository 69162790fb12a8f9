package org.isnad.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.isnad.fact.EntityType;
import org.isnad.recognize.Mention;
import org.isnad.text.Document;
import org.isnad.text.Span;

/**
 * Groups the mentions of one document into entities, one per referent: the same name, a
 * person's surname or given name alone after the full name (سام ألتمان → ألتمان), an
 * organization's short name (ميتا بلاتفورمز → ميتا). Thread-safe; state lives per call.
 */
public final class EntityResolver {

  /** An entity being built: its mentions in text order and the keys of its names. */
  public static final class Cluster {
    final List<Mention> mentions = new ArrayList<>();
    final Set<String> keys = new LinkedHashSet<>();
    EntityType type;
    String subtype;

    public List<Mention> mentions() {
      return mentions;
    }

    public EntityType type() {
      return type;
    }

    public String subtype() {
      return subtype;
    }

    public Set<String> keys() {
      return keys;
    }

    /** An organization named after a person's event (an inauguration fund, a campaign). */
    public boolean isEvent() {
      return !mentions.isEmpty() && mentions.get(0).source().equals("event");
    }

    /** The fullest name: the longest mention, first seen on ties. */
    public Mention best() {
      return mentions.stream().filter(m -> !m.source().equals("coref"))
          .max(Comparator.comparingInt((Mention m) -> NameKey.words(NameKey.of(m.name())).length)
          .thenComparingInt(m -> -m.span().start())).orElse(mentions.get(0));
    }
  }

  /** One-word organization names that stand for the last organization ending with them. */
  private static final Set<String> GENERIC_TAILS = Set.of("pac", "fund", "committee", "foundation", "campaign",
      "company", "group", "bank", "ministry", "department", "agency", "commission", "council");

  /** Words that may follow an organization's short name in its full name without making it another one. */
  private static final Set<String> ORG_SUFFIXES = Set.of("inc", "corp", "corporation", "co", "company", "group",
      "platforms", "holdings", "holding", "llc", "ltd", "plc", "sa", "ag", "limited", "international", "بلاتفورمز",
      "جروب", "غروب", "قابضه", "للاستثمار", "انك", "كوربوريشن", "العالميه", "الدوليه", "com", "دوت", "كوم", "energy",
      "technologies", "technology", "systems", "labs", "motors", "media", "pharmaceuticals", "airlines", "foods",
      "partners", "capital", "ventures", "analytics", "networks", "solutions", "industries", "للطاقه", "للتجاره",
      "developers", "development", "contracting", "construction", "logistics", "properties", "realty",
      "shipping", "engineering", "mining", "resources", "petroleum", "telecom", "communications", "insurance",
      "financial", "investments", "enterprises", "consulting", "strategies", "payments", "therapeutics", "aerospace",
      "فنتشرز", "كابيتال", "بارتنرز", "هولدينغ", "هولدنغ", "انفستمنتس", "تكنولوجيز", "سيستمز", "لابز", "ميديا",
      "للتقنيه", "للمدفوعات", "للمقاولات", "للتطوير", "العقاريه", "للاتصالات", "القابضه");

  public List<Cluster> resolve(Document doc, List<Mention> mentions) {
    List<Mention> sorted = new ArrayList<>(dedupe(mentions));
    sorted.sort(Comparator.comparing(Mention::span));
    List<Cluster> clusters = new ArrayList<>();
    for (Mention m : sorted) {
      String key = NameKey.of(m.name());
      if (key.isEmpty()) {
        continue;
      }
      // a one-word organization, or a company's short name spread over the text, may be its owner's surname
      boolean surname = m.source().equals("spread") || m.type() != EntityType.PERSON && !m.source().equals("heads")
          && key.indexOf(' ') < 0;
      Cluster c = m.source().equals("event") ? exact(clusters, key)
          : !surname ? null
          : founderBySurname(clusters, m.source().equals("spread") ? NameKey.of(doc.slice(m.span())) : key);
      if (c == null && !m.source().equals("event")) {
        c = find(clusters, key, m.type());
      }
      if (c == null) {
        c = new Cluster();
        c.type = m.type();
        c.subtype = m.subtype();
        clusters.add(c);
      } else if (c.type == EntityType.OTHER && m.type() != EntityType.OTHER) {
        c.type = m.type();
        c.subtype = m.subtype();
      }
      c.mentions.add(m);
      c.keys.add(key);
    }
    for (Cluster c : clusters) {
      // The type the most confident mention gives: a head noun (شركة ميتا) outweighs the tagger.
      Mention top = c.mentions.stream().filter(x -> x.type() != EntityType.OTHER)
          .max(Comparator.comparingDouble(Mention::score)).orElse(null);
      if (top != null) {
        c.type = top.type();
        c.subtype = top.subtype();
      }
      if (c.type != EntityType.ORGANIZATION && c.type != EntityType.PLACE && businessName(c)) {
        c.type = EntityType.ORGANIZATION; // "Erie Harbor Developers": a name that ends in its line of business
        c.subtype = "company";
      }
    }
    return clusters;
  }

  /** Whether a Latin name of the cluster has two words or more and ends in a business word (Developers, Contracting). */
  private static boolean businessName(Cluster c) {
    for (String key : c.keys) {
      String[] words = NameKey.words(key);
      if (words.length >= 2 && !words[0].isEmpty() && words[0].charAt(0) < 0x0600
          && ORG_SUFFIXES.contains(words[words.length - 1])) {
        return true;
      }
    }
    return false;
  }

  /**
   * "جورج طنّوس، صاحب شركة «طنّوس للأشغال البحرية» ... التقى طنّوس": a bare surname that also opens the
   * name of a company named after its owner is the person, whatever type the tagger gave it; null
   * when the word is no such surname.
   */
  private static Cluster founderBySurname(List<Cluster> clusters, String key) {
    String[] words = NameKey.words(key);
    if (words.length != 1) {
      return null;
    }
    Cluster person = null;
    boolean company = false;
    for (Cluster c : clusters) {
      for (String ck : c.keys) {
        String[] w = NameKey.words(ck);
        if (w.length < 2) {
          continue;
        }
        if (c.type == EntityType.PERSON && w[w.length - 1].equals(words[0])) {
          person = person == null || person == c ? c : null;
        } else if (c.type == EntityType.ORGANIZATION && w[0].equals(words[0])) {
          company = true;
        }
      }
    }
    return company ? person : null;
  }

  private static Cluster exact(List<Cluster> clusters, String key) {
    for (Cluster c : clusters) {
      if (c.keys.contains(key)) {
        return c;
      }
    }
    return null;
  }

  private static Cluster find(List<Cluster> clusters, String key, EntityType type) {
    for (Cluster c : clusters) {
      if (c.keys.contains(key)) {
        return c;
      }
    }
    String[] words = NameKey.words(key);
    if (type == EntityType.PERSON && words.length == 1 && org.isnad.recognize.PersonNames.get().count(words[0]) == 0) {
      type = EntityType.OTHER; // a brand tagged as a person: one word no name list knows may be a company
    }
    // "للسنبوك" after "مجموعة السنبوك المالية": a one-word place no gazetteer knows may be a word of
    // an organization's name that the tagger read as a place
    boolean unknownPlace = type == EntityType.PLACE && words.length == 1
        && Gazetteer.standard().places(words[0]).isEmpty() && Gazetteer.standard().places("ال" + words[0]).isEmpty();
    Cluster hit = null;
    int hits = 0;
    for (int k = clusters.size() - 1; k >= 0; k--) {
      Cluster c = clusters.get(k);
      boolean orgWord = unknownPlace && c.type == EntityType.ORGANIZATION;
      if (!compatible(c.type, type) && !orgWord || c.isEvent() || otherFullName(c, words)) {
        continue;
      }
      for (String ck : c.keys) {
        if (partOf(words, NameKey.words(ck), c.type) || partOf(NameKey.words(ck), words, c.type)) {
          if (hit != c) {
            hits++;
          }
          hit = c;
          break;
        }
      }
    }
    if (hits == 1) {
      return hit;
    }
    // Meta and ميتا, Zuckerberg and زوكربيرغ: the same name in the other script.
    String skeleton = MatchKey.of(key);
    // Two consonants are too few to match on, except for a one-word organization (Meta, Uber).
    if (skeleton.length() >= 3 || skeleton.length() == 2 && words.length == 1) {
      for (Cluster c : clusters) {
        // Across scripts the tagger's type is weak (a one-word brand read as a person): an organization
        // written in Latin letters takes its Arabic spelling whatever the tagger said.
        boolean crossType = c.type == EntityType.ORGANIZATION || type == EntityType.ORGANIZATION;
        boolean shortOk = skeleton.length() >= 3 || crossType;
        if (!c.isEvent() && shortOk && (compatible(c.type, type) || crossType && words.length == 1)) {
          for (String ck : c.keys) {
            if (latin(ck) != latin(key) && NameKey.words(ck).length == words.length && MatchKey.of(ck).equals(skeleton)) {
              return c;
            }
          }
        }
      }
    }
    return null;
  }

  /**
   * Whether a cluster already holds another full name of a person that this one is no part of:
   * "Hannah Lindqvist" after "Derek Lindqvist" and "Lindqvist" is his wife, not him.
   */
  private static boolean otherFullName(Cluster c, String[] words) {
    if (words.length < 2 || c.type != EntityType.PERSON) {
      return false;
    }
    for (String ck : c.keys) {
      String[] other = NameKey.words(ck);
      if (other.length >= 2 && !java.util.Arrays.equals(other, words) && !partOf(other, words, c.type)
          && !partOf(words, other, c.type)) {
        return true;
      }
    }
    return false;
  }

  private static boolean latin(String key) {
    for (int i = 0; i < key.length(); i++) {
      char ch = key.charAt(i);
      if (ch >= 0x0600 && ch <= 0x06FF) {
        return false;
      }
    }
    return true;
  }

  private static boolean compatible(EntityType a, EntityType b) {
    return a == b || a == EntityType.OTHER || b == EntityType.OTHER;
  }

  /**
   * Whether a short name stands for a longer one: a person's last or first word alone, or an
   * organization's leading words.
   */
  static boolean partOf(String[] small, String[] big, EntityType type) {
    if (small.length == 0 || small.length >= big.length) {
      return false;
    }
    if (small.length == 1 && small[0].length() < 3) {
      return false;
    }
    if (type == EntityType.OTHER && big.length > small.length && ORG_SUFFIXES.contains(big[big.length - 1])
        && startsWith(big, small) && small.length >= 2) {
      return true; // "Erie Harbor" and "Erie Harbor Developers": a company's name without its business word
    }
    if (type == EntityType.PERSON || type == EntityType.OTHER) {
      if (small.length == 1) {
        // a given name alone is the person only when we know it is a person (إيلون after إيلون ماسك)
        return small[0].equals(big[big.length - 1]) || type == EntityType.PERSON && small[0].equals(big[0])
            && org.isnad.recognize.PersonNames.get().count(small[0]) > 0; // a given name, not a brand's first word
      }
      return endsWith(big, small);
    }
    if (small.length == 1 && GENERIC_TAILS.contains(small[0])) {
      return small[0].equals(big[big.length - 1]); // "the PAC" after "Liberty PAC"
    }
    // Meta = Meta Platforms, but Amazon is not Amazon Web Services: only a legal or group suffix may follow.
    if (!startsWith(big, small)) {
      return false;
    }
    for (int i = small.length; i < big.length; i++) {
      if (!ORG_SUFFIXES.contains(big[i]) && !arabicDescriptor(big[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * An Arabic word that says what kind of business a name is, not which: a feminine adjective
   * (الماليه، العقاريه): "السنبوك" is "مجموعة السنبوك المالية". A field with لل is not one: the
   * surname in "قبلان للصرافة" stays its owner's.
   */
  private static boolean arabicDescriptor(String w) {
    char c = w.isEmpty() ? 'a' : w.charAt(0);
    return c >= 0x0621 && c <= 0x064A && w.length() >= 5 && w.endsWith("يه");
  }

  private static boolean startsWith(String[] big, String[] small) {
    for (int i = 0; i < small.length; i++) {
      if (!big[i].equals(small[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean endsWith(String[] big, String[] small) {
    int off = big.length - small.length;
    for (int i = 0; i < small.length; i++) {
      if (!big[off + i].equals(small[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * One mention per span, the best-scored one (a typed reading beats OTHER); and where two
   * mentions cross without one holding the other, the better one alone.
   */
  private static List<Mention> dedupe(List<Mention> mentions) {
    List<Mention> bySpan = sameSpan(mentions);
    List<Mention> ranked = new ArrayList<>(bySpan);
    ranked.sort((a, b) -> Double.compare(b.score(), a.score()));
    List<Mention> kept = new ArrayList<>();
    for (Mention m : ranked) {
      boolean crosses = false;
      for (Mention k : kept) {
        crosses |= m.span().overlaps(k.span()) && !m.span().contains(k.span()) && !k.span().contains(m.span());
        // "ناصر فهد" inside "ناصر فهد المطيري": a shorter reading of the same person's name, no second person
        crosses |= m.type() == EntityType.PERSON && k.type() == EntityType.PERSON && k.span().contains(m.span())
            && k.span().start() == m.span().start() && !k.span().equals(m.span());
      }
      if (!crosses) {
        kept.add(m);
      }
    }
    return kept;
  }

  private static List<Mention> sameSpan(List<Mention> mentions) {
    java.util.Map<Span, Mention> bySpan = new java.util.LinkedHashMap<>();
    for (Mention m : mentions) {
      Mention old = bySpan.get(m.span());
      if (old == null || better(m, old)) {
        bySpan.put(m.span(), m);
      }
    }
    return new ArrayList<>(bySpan.values());
  }

  private static boolean better(Mention a, Mention b) {
    if ((a.type() == EntityType.OTHER) != (b.type() == EntityType.OTHER)) {
      return b.type() == EntityType.OTHER;
    }
    return a.score() > b.score();
  }
}
