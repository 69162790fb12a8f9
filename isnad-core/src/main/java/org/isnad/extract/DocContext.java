package org.isnad.extract;

import java.util.ArrayList;
import java.util.List;
import org.isnad.fact.EntityType;
import org.isnad.link.EntityResolver.Cluster;
import org.isnad.recognize.Mention;
import org.isnad.recognize.Money;
import org.isnad.recognize.Quote;
import org.isnad.recognize.TimeExpr;
import org.isnad.text.Document;
import org.isnad.text.Sentence;
import org.isnad.text.Span;
import org.isnad.text.Token;

/**
 * Everything the fact readers see of one document: tokens, entities and where they are
 * mentioned, money, times and quotes. Built once per document; not shared across threads.
 */
final class DocContext {
  final Document doc;
  final List<Token> tokens;
  final List<Cluster> entities;
  final List<Money> money;
  final List<TimeExpr> times;
  final List<Quote> quotes;
  /** The speaker of each quote statements have read, by the quote's start: "I" inside it is that speaker. */
  final java.util.Map<Integer, Integer> quoteSpeakers = new java.util.HashMap<>();
  /** How often each organization is named right after a word of giving: see {@link #donationTarget}. */
  private final java.util.Map<Integer, Integer> givenTo = new java.util.LinkedHashMap<>();
  /** For each token, the outermost mention covering it, or null. */
  final EntityMention[] byToken;
  final List<EntityMention> mentions = new ArrayList<>();

  DocContext(Document doc, List<Cluster> entities, List<Money> money, List<TimeExpr> times, List<Quote> quotes) {
    this.doc = doc;
    this.tokens = doc.tokens();
    this.entities = new ArrayList<>(entities);
    this.money = money;
    this.times = times;
    this.quotes = quotes;
    this.byToken = new EntityMention[tokens.size()];
    for (int e = 0; e < entities.size(); e++) {
      for (Mention m : entities.get(e).mentions()) {
        addMention(m, e);
      }
    }
    mentions.sort((a, b) -> a.mention().span().compareTo(b.mention().span()));
    for (Sentence s : doc.sentences()) {
      int end = datelineEnd(s);
      for (int k = s.firstToken(); k < end; k++) {
        byToken[k] = null; // "NEW YORK (AP) —": where the story was filed, not who acts in it
      }
    }
  }

  /**
   * The end of a dateline opening a paragraph ("NEW YORK (AP) —", "واشنطن - (رويترز) -"): a
   * short run of capitalized words, an agency in brackets, then a dash; or the sentence's first
   * token when there is none.
   */
  private int datelineEnd(Sentence s) {
    boolean paragraphStart = s.index() == 0 || doc.sentences().get(s.index() - 1).paragraph() != s.paragraph();
    if (!paragraphStart) {
      return s.firstToken();
    }
    int limit = Math.min(s.endToken(), s.firstToken() + 8);
    boolean brackets = false;
    for (int k = s.firstToken(); k < limit; k++) {
      Token t = tokens.get(k);
      String n = t.norm();
      if (n.equals("—") || n.equals("–") || n.equals("-") && k > s.firstToken()) {
        boolean shape = brackets || doc.isArabic() && k - s.firstToken() <= 2;
        if (!doc.isArabic()) {
          shape = true;
          for (int j = s.firstToken(); j < k; j++) {
            Token w = tokens.get(j);
            shape &= w.kind() != Token.Kind.LATIN || Character.isUpperCase(w.norm().charAt(0));
          }
        }
        return shape ? k + 1 : s.firstToken();
      }
      brackets |= n.equals("(");
      if (t.kind() == Token.Kind.PUNCT && !n.equals("(") && !n.equals(")") && !n.equals(",") && !n.equals("،")) {
        return s.firstToken();
      }
    }
    return s.firstToken();
  }

  void addMention(Mention m, int entity) {
    int first = tokenAt(m.span().start());
    int end = tokenAt(m.span().end() - 1) + 1;
    if (first < 0 || end <= first) {
      return;
    }
    EntityMention em = new EntityMention(m, entity, first, end);
    mentions.add(em);
    for (int k = first; k < end; k++) {
      EntityMention old = byToken[k];
      if (old == null || (old.end() - old.first()) < (end - first)) {
        byToken[k] = em;
      }
    }
  }

  /** The index of the token covering UTF-16 index {@code i}, or the next token after it. */
  int tokenAt(int i) {
    return doc.tokenAt(i);
  }

  /** Trigger words of a sentence, leaving out those inside a name ("Public Investment Fund"). */
  List<Phrases.Hit> triggers(Phrases phrases, Sentence s) {
    List<Phrases.Hit> out = new ArrayList<>();
    for (Phrases.Hit h : phrases.find(tokens, s.firstToken(), s.endToken())) {
      EntityMention m = byToken[h.first()];
      if (m == null || m.mention().source().equals("coref")) {
        out.add(h);
      }
    }
    return out;
  }

  /**
   * Notes the organization named right after a word of giving ("تبرعات إلى لجنة التنصيب",
   * "donations to the inaugural committee"), as the money reader meets each such word.
   */
  void noteGiving(Sentence s, Phrases.Hit h) {
    int r = Clauses.recipient(this, s, h.end() - 1, -1);
    if (r >= 0 && typeOf(r) == org.isnad.fact.EntityType.ORGANIZATION
        && names(h.end(), Math.min(s.endToken(), h.end() + 4), r)) {
      givenTo.merge(r, 1, Integer::sum);
    }
  }

  /**
   * The organization the article's donations go to: the one {@link #noteGiving} met most often,
   * the first named on a tie; -1 when the article names none.
   */
  int donationTarget() {
    return givenTo.entrySet().stream().max((a, b) -> Integer.compare(a.getValue(), b.getValue()))
        .map(java.util.Map.Entry::getKey).orElse(-1);
  }

  Sentence sentenceOf(int token) {
    return doc.sentenceAt(tokens.get(token).start());
  }

  /** Whether the entity is named in tokens {@code [from, to)}: one of {@link #mentionsIn} is of it. */
  boolean names(int from, int to, int entity) {
    int k = from;
    while (k < to) {
      EntityMention m = byToken[k];
      if (m != null && m.first() >= from) {
        if (m.entity() == entity) {
          return true;
        }
        k = m.end();
      } else {
        k++;
      }
    }
    return false;
  }

  /** Outermost mentions whose first token lies in {@code [from, to)}, in text order. */
  List<EntityMention> mentionsIn(int from, int to) {
    List<EntityMention> out = new ArrayList<>();
    int k = from;
    while (k < to) {
      EntityMention m = byToken[k];
      if (m != null && m.first() >= from) {
        out.add(m);
        k = m.end();
      } else {
        k++;
      }
    }
    return out;
  }

  EntityType typeOf(int entity) {
    return entities.get(entity).type();
  }

  /** Folded, lower-cased best names, filled as the readers ask: the entities do not change while they read. */
  private String[] foldedNames;

  /** The entity's best name, folded (ArabicNormalizer) and in lower case, computed once per document. */
  String foldedName(int entity) {
    if (foldedNames == null) {
      foldedNames = new String[entities.size()];
    }
    String name = foldedNames[entity];
    if (name == null) {
      name = org.isnad.text.ar.ArabicNormalizer.normalize(entities.get(entity).best().name()).toLowerCase(java.util.Locale.ROOT);
      foldedNames[entity] = name;
    }
    return name;
  }

  String subtypeOf(int entity) {
    return entities.get(entity).subtype();
  }

  List<Money> moneyIn(Span s) {
    List<Money> out = new ArrayList<>();
    for (Money m : money) {
      if (s.contains(m.span())) {
        out.add(m);
      }
    }
    return out;
  }

  List<TimeExpr> timesIn(Span s) {
    List<TimeExpr> out = new ArrayList<>();
    for (TimeExpr t : times) {
      if (s.contains(t.span())) {
        out.add(t);
      }
    }
    return out;
  }

  String text(int firstToken, int endToken) {
    return doc.slice(tokens.get(firstToken).start(), tokens.get(endToken - 1).end());
  }
}
