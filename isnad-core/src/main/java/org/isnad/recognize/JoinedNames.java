package org.isnad.recognize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.fact.EntityType;
import org.isnad.text.Document;
import org.isnad.text.Token;

/**
 * Two names the tagger ran together: "اتهم الزين نيوفا" gives one span "الزين نيوفا". Where
 * the article writes each part on its own elsewhere and never the pair again, the span is two
 * names, each typed as the article types it alone.
 */
public final class JoinedNames {
  private JoinedNames() {}

  public static List<Mention> split(Document doc, List<Mention> mentions) {
    if (!doc.isArabic()) {
      return mentions;
    }
    Map<String, List<Mention>> alone = new HashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Mention m : mentions) {
      alone.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(m);
      seen.merge(m.name(), 1, Integer::sum);
    }
    List<Token> tokens = doc.tokens();
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      List<Mention> parts = m.source().equals("ner") && seen.get(m.name()) == 1 ? parts(doc, tokens, m, alone)
          : List.of();
      if (parts.isEmpty()) {
        out.add(m);
      } else {
        out.addAll(parts);
      }
    }
    return out;
  }

  private static List<Mention> parts(Document doc, List<Token> tokens, Mention m, Map<String, List<Mention>> alone) {
    List<Integer> idx = new ArrayList<>();
    int from = doc.tokenAt(m.span().start());
    for (int k = from < 0 ? tokens.size() : from; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (t.start() >= m.span().end()) {
        break;
      }
      idx.add(t.index());
    }
    if (idx.size() < 2 || idx.size() > 4) {
      return List.of();
    }
    for (int cut = 1; cut < idx.size(); cut++) {
      int first = idx.get(0);
      int mid = idx.get(cut);
      int end = idx.get(idx.size() - 1) + 1;
      Mention a = NameRules.mention(doc, tokens, first, mid, m.type(), m.subtype(), m.score());
      Mention b = NameRules.mention(doc, tokens, mid, end, m.type(), m.subtype(), m.score());
      Mention knownA = elsewhere(alone, a.name(), m);
      Mention knownB = elsewhere(alone, b.name(), m);
      // Both parts stand alone elsewhere, and the pair only here.
      if (knownA != null && knownB != null) {
        return List.of(a.withType(knownA.type(), knownA.subtype()), b.withType(knownB.type(), knownB.subtype()));
      }
    }
    return List.of();
  }

  /**
   * A mention of {@code name} other than {@code m}: another finder's shorter reading of the same
   * words from the same start ("ناصر فهد" inside "ناصر فهد المطيري") is no sign that the part
   * stands alone; a reading of its end is ("شو تشيو" in "لتيك توك شو تشيو").
   */
  private static Mention elsewhere(Map<String, List<Mention>> alone, String name, Mention m) {
    for (Mention k : alone.getOrDefault(name, List.of())) {
      if (k != m && (!m.span().contains(k.span()) || k.span().start() != m.span().start())) {
        return k;
      }
    }
    return null;
  }

  /**
   * "منى خالد الدوسري" read as "منى خالد" by the name lists and "خالد الدوسري" by the tagger: two
   * person readings that cross are one person, over both spans.
   */
  public static List<Mention> crossingPersons(Document doc, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions);
    List<Mention> persons = mentions.stream().filter(m -> m.type() == EntityType.PERSON).toList();
    for (Mention a : persons) {
      for (Mention b : persons) {
        if (a.span().start() >= b.span().start() || a.span().end() <= b.span().start()
            || a.span().end() >= b.span().end()) {
          continue; // a starts first and ends inside b
        }
        int first = doc.tokenAt(a.span().start());
        int last = doc.tokenAt(b.span().end() - 1);
        if (first < 0 || last < first || last - first > 4) {
          continue;
        }
        out.remove(a);
        out.remove(b);
        out.add(NameRules.mention(doc, doc.tokens(), first, last + 1,
            EntityType.PERSON, "person", Math.max(a.score(), b.score())));
      }
    }
    return out;
  }
}
