package org.isnad.extract;

import java.util.List;
import org.isnad.text.Sentence;

/**
 * Status and attribution of a claim from the words of its sentence before (and around) the
 * trigger: plans (يخطط، يعتزم، تعهد، plans to), expectations (من المتوقع، expected),
 * confirmation (أكد، confirmed), denial (نفى، denied), reports (يقال، أفادت تقارير، ذكرت صحيفة،
 * reportedly, according to) and negation (لم، did not).
 */
final class Attributions {
  private static final Phrases STATUS = new Phrases()
      .add("planned", "يخطط*", "تخطط*", "خطط*", "يعتزم*", "تعتزم*", "اعتزم*", "عزم", "عزمه", "عزمها", "بعزم",
          "تعهد*", "يتعهد*", "ينوي", "تنوي", "نيه", "نيتها", "نيته", "سنعلن", "سيعلن", "ستعلن",
          "سيتبرع*", "ستتبرع*", "يسعي", "تسعي", "قرر", "قررت", "وعد", "وعدت", "يعد", "plans", "plan", "planned",
          "planning", "intends", "intend", "pledged", "pledge", "pledges", "will", "would", "promised", "set to", "to donate")
      .add("expected", "من المتوقع", "المتوقع", "يتوقع*", "تتوقع*", "متوقع", "تقترب من", "يقترب من", "على وشك",
          "expected", "expects", "likely", "poised", "nears", "nearing", "close to", "on the verge")
      .add("not_occurred", "لم", "لن", "رفض*", "الغاء", "الغت", "الغي", "تراجع*", "منع*", "عرقل*", "blocked", "abandoned",
          "canceled", "cancelled", "did not", "didn't", "never", "refused", "scrapped", "called off")
      .add("ongoing", "يجري", "تجري", "جار", "جاري", "ongoing", "continues", "underway");
  private static final Phrases ATTRIBUTION = new Phrases()
      .add("reported", "يقال", "قيل", "افادت تقارير", "تقارير", "ذكرت", "ذكر", "نقلا عن", "وفقا ل*", "وفقا", "بحسب",
          "حسب", "افادت", "افاد", "اشارت تقارير", "نقلت", "كشفت", "كشف", "مصادر", "مطلع*", "reportedly", "reported",
          "according to", "reports", "sources", "people familiar", "told", "citing")
      .add("confirmed", "اكد*", "اكدت", "تاكيد", "اعلن*", "اعلنت", "confirmed", "confirms", "announced", "disclosed")
      .add("denied", "نفي", "نفت", "ينفي", "تنفي", "نفي*", "denied", "denies", "deny")
      .add("claimed", "قال", "قالت", "يقول", "تقول", "اضاف", "اضافت", "اشار", "اشارت", "اوضح", "اوضحت", "صرح", "صرحت",
          "زعم*", "ادعي*", "يدعي", "claimed", "claims",
          "said", "says", "added");

  private Attributions() {}

  /** An Arabic imperfect verb with the future prefix س (ستدفع، سيتبرع). */
  static boolean isFuture(org.isnad.text.Token t) {
    if (t.kind() != org.isnad.text.Token.Kind.ARABIC) {
      return false;
    }
    String n = t.norm();
    if (n.startsWith("و") || n.startsWith("ف")) {
      n = n.substring(1);
    }
    return n.length() >= 4 && n.charAt(0) == 'س' && "يتن".indexOf(n.charAt(1)) >= 0;
  }

  /** Sets status and attribution of {@code d} from the sentence. {@code agent} is the party to the fact, or -1. */
  static void apply(DocContext c, Sentence s, int trigger, Draft d, int agent, String defaultStatus) {
    String status = defaultStatus;
    for (Phrases.Hit h : STATUS.find(c.tokens, Math.max(s.firstToken(), trigger - 6), Math.min(s.endToken(), trigger + 2))) {
      if (h.label().equals("not_occurred") && h.end() <= trigger - 4) {
        continue; // a negation far before the trigger negates another verb
      }
      if (h.phrase().startsWith("قرر") && d.type == org.isnad.fact.FactType.SANCTION) {
        continue; // "قررت الهيئة إحالة فلان إلى النيابة": an authority's decision is its act
      }
      if (h.first() <= trigger) {
        status = h.label();
      }
    }
    if (status.equals(defaultStatus) && isFuture(c.tokens.get(trigger))) {
      status = "planned";
    }
    if (status.equals(defaultStatus) && c.tokens.get(trigger).hasPrefix('ك')) {
      // "ستساهم في بث الحفل ... كتبرع عيني": a noun "as a donation" takes its clause's future verb
      for (int k = trigger - 1; k >= Math.max(s.firstToken(), trigger - 10); k--) {
        String n = c.tokens.get(k).norm();
        if (n.equals("،") || n.equals(",") || n.equals(".")) {
          break;
        }
        if (isFuture(c.tokens.get(k))) {
          status = "planned";
          break;
        }
      }
    }
    org.isnad.text.Token tt = c.tokens.get(trigger);
    if (status.equals(defaultStatus) && tt.kind() == org.isnad.text.Token.Kind.ARABIC
        && (tt.prefix().equals("ب") || tt.prefix().equals("ل")) && pledgedBefore(c, s, trigger)) {
      status = "planned"; // "تعهد صندوق X، ذراع قطر السيادية، باستثمار ملياري دولار": the pledge governs the noun
    }
    d.status = status;
    List<Phrases.Hit> cues = ATTRIBUTION.find(c.tokens, s.firstToken(), trigger);
    Phrases.Hit trailing = trailingCue(c, s, trigger);
    if (trailing != null) {
      cues = List.of(trailing);
    }
    if (cues.isEmpty()) {
      int speaker = Clauses.quoteSpeaker(c, trigger);
      if (speaker >= 0) {
        // Said inside someone's quotation marks: that party's claim, not the article's voice.
        d.attributionKind = "claimed";
        d.attributionSource = speaker;
        return;
      }
      d.attributionKind = "asserted";
      return;
    }
    Phrases.Hit cue = cues.get(cues.size() - 1);
    String kind = cue.label();
    int source = sourceNear(c, s, cue);
    if (source >= 0 && "outlet".equals(c.subtypeOf(source))) {
      kind = "reported"; // an outlet that confirms or says a thing reports it
    }
    if (kind.equals("claimed") && source >= 0 && d.type != org.isnad.fact.FactType.ACCUSATION && isParty(d, source)) {
      kind = "confirmed"; // "awarded a contract to X, the authority said": a party tells its own act
    }
    d.attributionKind = kind;
    d.attributionSource = source;
    d.attributionCue = c.text(cue.first(), cue.end());
  }

  /** Whether an entity fills one of the draft's roles. */
  private static boolean isParty(Draft d, int entity) {
    for (Object v : d.roles.values()) {
      if (v instanceof Integer i && i == entity || v instanceof List<?> l && l.contains(entity)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a verb of pledging or planning opens the clause within 15 words before {@code trigger}. */
  private static boolean pledgedBefore(DocContext c, Sentence s, int trigger) {
    int from = Math.max(s.firstToken(), trigger - 15);
    for (Phrases.Hit h : STATUS.find(c.tokens, from, trigger)) {
      if (h.label().equals("planned")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A cue closing the sentence after a comma: "..., the company said", "..., Bloomberg reported",
   * "...، بحسب رويترز". It governs the whole sentence before it.
   */
  private static Phrases.Hit trailingCue(DocContext c, Sentence s, int trigger) {
    int comma = -1;
    for (int k = s.endToken() - 1; k > trigger; k--) {
      String n = c.tokens.get(k).norm();
      if (n.equals(",") || n.equals("،")) {
        comma = k;
        break;
      }
    }
    if (comma < 0 || s.endToken() - comma > 14) {
      return null;
    }
    List<Phrases.Hit> after = ATTRIBUTION.find(c.tokens, comma + 1, s.endToken());
    return after.isEmpty() ? null : after.get(0);
  }

  /** The entity a cue attributes to: the mention right after it (ذكرت صحيفة X) or right before it. */
  private static int sourceNear(DocContext c, Sentence s, Phrases.Hit cue) {
    for (EntityMention m : c.mentionsIn(cue.end(), Math.min(s.endToken(), cue.end() + 4))) {
      return m.entity();
    }
    List<EntityMention> before = c.mentionsIn(Math.max(s.firstToken(), cue.first() - 4), cue.first());
    return before.isEmpty() ? -1 : before.get(before.size() - 1).entity();
  }
}
