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
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Token t = tokens.get(mid);
      if (i < t.start()) {
        hi = mid - 1;
      } else if (i >= t.end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return lo < tokens.size() ? lo : -1;
  }

  Sentence sentenceOf(int token) {
    return doc.sentenceAt(tokens.get(token).start());
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
