package org.isnad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.isnad.fact.EntityType;
import org.isnad.fact.FactType;
import org.isnad.recognize.Money;
import org.isnad.recognize.TimeExpr;
import org.isnad.text.Sentence;
import org.isnad.text.Token;

/**
 * Funding rounds: "Orbitwell raised $60 million in a Series B round led by Fenwick Ridge, with
 * participation from Halvard Growth and Tamsin Capital", "قادت شركة نخلة جولة تمويلية بقيمة 45
 * مليون دولار في شركة رفد، بمشاركة صندوق الجود وبنك ثريا". The lead and every participant invest in
 * the company that raises; the round's sum goes with the lead, the participants' own shares are
 * not told. A donation read from the same words ("raised ... from") gives way to them.
 */
final class FundingRounds {
  private FundingRounds() {}

  /** Folded words that, after جولة / round, make it a round of funding. */
  private static final Set<String> AR_ROUND_KINDS = Set.of("تمويليه", "تمويل", "استثماريه", "استثمار", "التمويل");
  private static final Set<String> EN_ROUND_KINDS = Set.of("series", "seed", "funding", "financing", "investment",
      "pre-seed", "growth", "venture");
  /** Folded words that open the list of those who took part. */
  private static final Set<String> AR_WITH = Set.of("بمشاركه", "وبمشاركه", "شارك", "وشارك", "شاركت", "وشاركت");
  private static final Set<String> AR_LED = Set.of("بقياده", "قادتها", "قادها", "تقودها", "يقودها");
  private static final Set<String> AR_LEADING = Set.of("قادت", "قاد", "تقود", "يقود", "ستقود", "سيقود");

  static void read(DocContext c, Sentence s, List<Draft> out) {
    int round = roundAt(c, s);
    if (round < 0) {
      return;
    }
    int lead = -1;
    List<Integer> joined = new ArrayList<>();
    boolean ar = c.doc.isArabic();
    for (int k = s.firstToken(); k < s.endToken(); k++) {
      Token t = c.tokens.get(k);
      String w = Clauses.bareWord(t);
      String n = t.norm().toLowerCase(Locale.ROOT);
      if (ar && AR_LEADING.contains(w) && lead < 0) {
        lead = Clauses.agent(c, s, k, EntityType.ORGANIZATION, EntityType.PERSON); // "قادت شركة نخلة جولة"
      } else if (ar && (AR_LED.contains(w) || AR_LED.contains(t.norm())) || n.equals("led") && k + 1 < s.endToken()
          && c.tokens.get(k + 1).norm().equalsIgnoreCase("by")) {
        var m = RoleFacts.nameAfterDescription(c, s, n.equals("led") ? k + 2 : k + 1, 5); // "led by X", "بقيادة X"
        if (m != null) {
          lead = m.entity();
        }
      } else if (ar && (AR_WITH.contains(w) || AR_WITH.contains(t.norm())) || participation(c, s, k)) {
        joined.addAll(RelationFacts.chainAfter(c, s, k + 1, -1, false)); // "بمشاركة X وY", "with participation from X and Y"
      }
    }
    int investee;
    if (ar) {
      investee = investeeAfter(c, s, round); // "جولة تمويلية ... في شركة رفد"
      if (investee < 0) {
        investee = Clauses.agent(c, s, round, EntityType.ORGANIZATION); // "جمعت شركة رفد ... في جولة"
      }
    } else {
      investee = raiser(c, s, round);
    }
    if (investee < 0 || lead == investee) {
      return;
    }
    Money sum = sumOf(c, s);
    List<Integer> investors = new ArrayList<>();
    if (lead >= 0) {
      investors.add(lead);
    }
    for (int j : joined) {
      if (j != investee && !investors.contains(j) && c.typeOf(j) != EntityType.PLACE) {
        investors.add(j);
      }
    }
    if (investors.isEmpty()) {
      return;
    }
    // "raised $60 million ... with participation from Halvard": the donation reader's "raised from"
    // reading of the same words is the round's
    Integer raising = investee;
    out.removeIf(d -> d.type == FactType.DONATION && d.evidence.get(0).equals(s.span())
        && raising.equals(d.entity("recipient")));
    TimeExpr time = MoneyFacts.nearestTime(c, s, new Phrases.Hit(round, round + 1, "investment", "round"));
    for (int who : investors) {
      Draft d = new Draft(FactType.INVESTMENT, s.span()).role("investor", who).role("investee", investee);
      if (who == lead) {
        d.amount = sum;
      }
      d.time = time;
      d.confidence = 0.55;
      Attributions.apply(c, s, round, d, investee, "occurred");
      out.add(d);
    }
  }

  /** The token of جولة / round in a round of funding, or -1. */
  private static int roundAt(DocContext c, Sentence s) {
    for (int k = s.firstToken(); k < s.endToken(); k++) {
      Token t = c.tokens.get(k);
      if (!t.norm().endsWith("جوله") && !t.norm().equalsIgnoreCase("round")) {
        continue;
      }
      String w = Clauses.bareWord(t);
      if ((w.equals("جوله") || w.equals("الجوله")) && k + 1 < s.endToken()
          && AR_ROUND_KINDS.contains(Clauses.bareWord(c.tokens.get(k + 1)))) {
        return k;
      }
      if (t.norm().equalsIgnoreCase("round")) {
        for (int j = Math.max(s.firstToken(), k - 3); j < k; j++) {
          if (EN_ROUND_KINDS.contains(c.tokens.get(j).norm().toLowerCase(Locale.ROOT))) {
            return k;
          }
        }
      }
    }
    return -1;
  }

  /** "with participation from", "with participation of", "joined by". */
  private static boolean participation(DocContext c, Sentence s, int k) {
    String n = c.tokens.get(k).norm().toLowerCase(Locale.ROOT);
    String next = k + 1 < s.endToken() ? c.tokens.get(k + 1).norm().toLowerCase(Locale.ROOT) : "";
    return n.equals("participation") && (next.equals("from") || next.equals("of"))
        || n.equals("joined") && next.equals("by");
  }

  /** The company after في that the round is in, within a few words of the round. */
  private static int investeeAfter(DocContext c, Sentence s, int round) {
    for (int k = round + 1; k < Math.min(s.endToken(), round + 14); k++) {
      if (c.tokens.get(k).norm().equals("في")) {
        var m = RoleFacts.nameAfterDescription(c, s, k + 1, 3);
        if (m != null && c.typeOf(m.entity()) != EntityType.PLACE) {
          return m.entity();
        }
      }
    }
    return -1;
  }

  /** "Orbitwell ... has raised $60 million in a Series B round": the subject of raised / closed / secured. */
  private static int raiser(DocContext c, Sentence s, int round) {
    for (int k = round - 1; k >= s.firstToken(); k--) {
      String n = c.tokens.get(k).norm().toLowerCase(Locale.ROOT);
      if (n.equals("raised") || n.equals("raises") || n.equals("closed") || n.equals("secured") || n.equals("raise")) {
        return Clauses.agent(c, s, k, EntityType.ORGANIZATION);
      }
    }
    return -1;
  }

  /** The first sum of money in the sentence: the round's size. */
  private static Money sumOf(DocContext c, Sentence s) {
    for (Money m : c.moneyIn(s.span())) {
      if (!Double.isNaN(m.value())) {
        return m;
      }
    }
    return null;
  }
}
