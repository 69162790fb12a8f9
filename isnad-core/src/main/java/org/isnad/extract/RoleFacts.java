package org.isnad.extract;

import java.util.List;
import org.isnad.fact.EntityType;
import org.isnad.fact.FactType;
import org.isnad.text.Sentence;
import org.isnad.text.Token;

/**
 * Who runs, speaks for or founded what: a title (الرئيس التنفيذي، المتحدث باسم، مؤسس، CEO,
 * spokesperson) between or beside a person and an organization, in the orders news uses:
 * "X، الرئيس التنفيذي لشركة Y", "الرئيس التنفيذي لشركة Y، X", "رئيسها التنفيذي، X", "Y CEO X".
 */
final class RoleFacts {
  static final Phrases TITLES = new Phrases()
      .add("title", "الرئيس التنفيذي", "رئيس تنفيذي", "رئيسها التنفيذي", "رئيسه التنفيذي", "المدير التنفيذي",
          "مديرها التنفيذي", "المتحدث باسم", "المتحدثه باسم", "متحدث باسم", "متحدثه باسم", "المتحدث الرسمي باسم",
          "مؤسس", "المؤسس", "مؤسسها", "موسس", "الموسس", "موسسها", "الشريك المؤسس", "شريك مؤسس", "رئيس مجلس اداره",
          "رئيس مجلس الاداره", "رئيسه مجلس اداره", "المدير المالي", "الرئيس التشغيلي", "مدير العمليات", "نائب رئيس",
          "نائب الرئيس", "رئيس تحرير", "مالك", "المالك", "مالكها", "مستشار", "كبير مستشاري", "وزير", "وزيره",
          "مدير", "مديره", "رئيس", "رئيسه", "ceo", "chief executive", "chief executive officer", "founder", "co-founder",
          "cofounder", "chairman", "chairwoman", "chair", "president", "spokesperson", "spokesman", "spokeswoman",
          "director", "executive chairman", "owner", "minister", "secretary", "cfo", "coo", "cto",
          "vice president", "managing director", "partner", "adviser", "advisor", "head of", "editor", "publisher");

  private RoleFacts() {}

  static void read(DocContext c, Sentence s, List<Draft> out) {
    for (Phrases.Hit h : TITLES.find(c.tokens, s.firstToken(), s.endToken())) {
      String title = c.text(h.first(), h.end());
      int org = orgAfter(c, s, h);
      int orgBefore = -1;
      if (org < 0 && possessive(c, h)) {
        org = Clauses.sentenceSubject(c, s, EntityType.ORGANIZATION);
        if (org < 0) {
          org = lastOrgBefore(c, h.first());
        }
      }
      if (org < 0 && !c.doc.isArabic()) {
        orgBefore = adjacentBefore(c, s, h.first(), EntityType.ORGANIZATION);
        org = orgBefore;
      }
      if (org < 0) {
        continue;
      }
      int person = personAround(c, s, h, org);
      if (person < 0 || person == org) {
        continue;
      }
      Draft d = new Draft(FactType.ROLE, s.span());
      d.role("person", person).role("organization", org);
      d.field("title", title.replaceFirst("^[وف](?=ال)", ""));
      d.confidence = 0.6;
      Attributions.apply(c, s, h.first(), d, person, "ongoing");
      if (!"planned".equals(d.status)) {
        d.status = null;
      }
      out.add(d);
    }
  }

  /** رئيسها، مؤسسها: the title carries a pronoun pointing to an organization named earlier. */
  private static boolean possessive(DocContext c, Phrases.Hit h) {
    String first = h.phrase().split(" ")[0];
    return first.endsWith("ها") || first.equals("رئيسه") && h.phrase().contains("التنفيذي");
  }

  private static int orgAfter(DocContext c, Sentence s, Phrases.Hit h) {
    for (EntityMention m : c.mentionsIn(h.end(), Math.min(s.endToken(), h.end() + 3))) {
      if (c.typeOf(m.entity()) == EntityType.ORGANIZATION || c.typeOf(m.entity()) == EntityType.OTHER) {
        return m.entity();
      }
      break;
    }
    return -1;
  }

  private static int lastOrgBefore(DocContext c, int token) {
    for (int k = token - 1; k >= 0; k--) {
      EntityMention m = c.byToken[k];
      if (m != null && c.typeOf(m.entity()) == EntityType.ORGANIZATION) {
        return m.entity();
      }
    }
    return -1;
  }

  /** A person named right after the organization (or the title), or right before the title. */
  private static int personAround(DocContext c, Sentence s, Phrases.Hit h, int org) {
    int from = h.end();
    for (EntityMention m : c.mentionsIn(h.end(), Math.min(s.endToken(), h.end() + 3))) {
      if (m.entity() == org) {
        from = m.end();
      }
      break;
    }
    for (EntityMention m : c.mentionsIn(from, Math.min(s.endToken(), from + 3))) {
      if (isPerson(c, m.entity())) {
        return m.entity();
      }
      break;
    }
    return adjacentBefore(c, s, h.first(), EntityType.PERSON);
  }

  private static int adjacentBefore(DocContext c, Sentence s, int token, EntityType type) {
    List<EntityMention> before = c.mentionsIn(Math.max(s.firstToken(), token - 3), token);
    if (before.isEmpty()) {
      return -1;
    }
    EntityMention m = before.get(before.size() - 1);
    for (int k = m.end(); k < token; k++) {
      Token t = c.tokens.get(k);
      if (t.isWord() && !t.norm().equalsIgnoreCase("the") && !t.norm().equals("'s") && !t.norm().equals("s")) {
        return -1;
      }
    }
    EntityType t = c.typeOf(m.entity());
    return t == type || t == EntityType.OTHER ? m.entity() : -1;
  }

  private static boolean isPerson(DocContext c, int e) {
    EntityType t = c.typeOf(e);
    return t == EntityType.PERSON || t == EntityType.OTHER;
  }
}
