package org.isnad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.isnad.fact.EntityType;
import org.isnad.fact.FactType;
import org.isnad.text.Sentence;
import org.isnad.text.Token;
import org.isnad.text.ar.ArabicNormalizer;

/**
 * Relations without money: meetings, accusations, disputes, competition, ownership, policy
 * and "did not respond to a request for comment".
 */
final class RelationFacts {
  private RelationFacts() {}

  static void read(DocContext c, Sentence s, List<Draft> out) {
    List<Phrases.Hit> noComment = Triggers.NO_COMMENT.find(c.tokens, s.firstToken(), s.endToken());
    if (noComment.isEmpty()) {
      noCommentApart(c, s, out);
    }
    for (Phrases.Hit h : noComment) {
      if (h.phrase().startsWith("بالرد") && !Clauses.anyWord(c, Math.max(s.firstToken(), h.first() - 6), h.first(),
          NEGATION)) {
        continue; // "قام فلان بالرد على طلب للتعليق": he did answer
      }
      int subject = commentFrom(c, s, h.end());
      if (h.phrase().equals("لم يتسن")) {
        // "لم يتسن لـ«الصحيفة» الوصول إلى فلان"، "... الحصول على تعليق منه": the outlet after ل only
        // tried; the one it could not reach is named after إلى / مع / من, or is the one just named
        subject = subject >= 0 ? subject : reachedFor(c, s, h.end());
        if (subject >= 0) {
          out.add(noComment(c, s, h, subject, 0.7));
        }
        continue;
      }
      if (subject < 0) {
        subject = Clauses.firstAfter(c, s, h.end() - 1, 2);
      }
      if (subject < 0 && c.doc.isArabic() && h.end() < s.endToken()
          && SPOKESMEN.contains(Clauses.bareWord(c.tokens.get(h.end())))) {
        EntityMention m = RoleFacts.nameAfterDescription(c, s, h.end(), 4); // "لم يرد متحدث باسم «ركاز»"
        subject = m == null ? -1 : m.entity();
      }
      List<Integer> subjects = new ArrayList<>();
      if (subject < 0 && !c.doc.isArabic()) {
        subjects.addAll(Clauses.agents(c, s, h.first(), EntityType.PERSON, EntityType.ORGANIZATION)); // "X and Y did not respond"
      }
      if (subject < 0 && subjects.isEmpty()) {
        subject = Clauses.agent(c, s, h.first());
      }
      if (subject < 0 && subjects.isEmpty()) {
        subject = previousSubject(c, s);
      }
      if (subject >= 0) {
        subjects.add(subject);
      }
      for (int who : subjects) {
        out.add(noComment(c, s, h, who, 0.8));
      }
    }
    for (Phrases.Hit h : c.triggers(Triggers.RELATION, s)) {
      switch (h.label()) {
        case "meeting" -> meeting(c, s, h, out);
        case "accusation" -> accusation(c, s, h, out);
        case "dispute" -> {
          if (!lawsuit(c, s, h, out)) {
            pair(c, s, h, FactType.DISPUTE, out);
          }
        }
        case "competition" -> pair(c, s, h, FactType.COMPETITION, out);
        case "ownership" -> {
          if (!stake(c, s, h, out)) {
            ownership(c, s, h, out);
          }
        }
        case "control" -> {
          if (!stake(c, s, h, out)) { // "تسيطر على نحو ثلثي X": a share, not any control
            controlledBy(c, s, h, out);
          }
        }
        case "belongs" -> belongs(c, s, h, out);
        case "holding" -> holding(c, s, h, out);
        case "arm" -> arm(c, s, h, out);
        case "his_company" -> hisCompany(c, s, h, out);
        case "policy" -> policy(c, s, h, out);
        case "measure" -> {
          if (governing(c, s, h)) {
            policy(c, s, h, out);
          }
        }
        default -> { }
      }
    }
  }

  private static final Set<String> REFUSING = Set.of("رفض", "رفضت", "رفضا", "رفضوا", "يرفض", "ترفض", "امتنع",
      "امتنعت", "امتنعوا");
  private static final Set<String> REACHING = Set.of("الوصول", "التواصل", "الاتصال");

  /**
   * No comment where other words stand inside the phrase: "رفضت إدارة «X» التعليق" (the one who
   * refused stands between), "لم يتسن لـ«الصحيفة» الوصول إلى X للحصول على تعليق" (the one not reached).
   */
  private static void noCommentApart(DocContext c, Sentence s, List<Draft> out) {
    for (int k = s.firstToken(); k < s.endToken(); k++) {
      String n = c.tokens.get(k).norm();
      if (!n.contains("رفض") && !n.contains("امتنع") && !n.contains("يتسن")) {
        continue; // every sentence without a no-comment phrase comes here: look only at the words that matter
      }
      String w = Clauses.bareWord(c.tokens.get(k));
      int subject = -1;
      if (REFUSING.contains(w) && Clauses.anyWord(c, k + 1, Math.min(s.endToken(), k + 7), Set.of("التعليق"))) {
        EntityMention after = RoleFacts.nextName(c, s, k + 1);
        subject = after != null ? after.entity() : Clauses.agent(c, s, k);
      } else if (w.equals("يتسن") && k > s.firstToken() && c.tokens.get(k - 1).norm().matches("[وف]?لم")) {
        for (int j = k + 1; j < Math.min(s.endToken(), k + 7); j++) {
          if (REACHING.contains(Clauses.bareWord(c.tokens.get(j)))
              && Clauses.anyWord(c, j, Math.min(s.endToken(), j + 9), Set.of("تعليق", "التعليق", "تعليقه", "تعليقها"))) {
            EntityMention m = RoleFacts.nextName(c, s, j + 2);
            subject = m == null ? -1 : m.entity();
            break;
          }
        }
      }
      if (subject >= 0) {
        Draft d = new Draft(FactType.NO_COMMENT, s.span()).role("subject", subject);
        d.confidence = 0.7;
        out.add(d);
        return;
      }
    }
  }

  /** "تعليق من إدارة نيوفا", "comment from Acme's spokesman": the one asked, named after من / from. */
  private static int commentFrom(DocContext c, Sentence s, int from) {
    if (from >= s.endToken()) {
      return -1;
    }
    String n = c.tokens.get(from).norm().toLowerCase(Locale.ROOT);
    if (!n.equals("من") && !n.equals("from")) {
      // "لم يتسن لـ«الصحيفة» الحصول على تعليق من وزارة الإسكان": the comment sought from whom
      for (int k = from; k + 1 < Math.min(s.endToken(), from + 10); k++) {
        String w = Clauses.bareWord(c.tokens.get(k));
        if ((w.equals("تعليق") || w.equals("comment")) && (c.tokens.get(k + 1).norm().equals("من")
            || c.tokens.get(k + 1).norm().equalsIgnoreCase("from"))) {
          return commentFrom(c, s, k + 1);
        }
      }
      return -1;
    }
    for (EntityMention m : c.mentionsIn(from + 1, Math.min(s.endToken(), from + 5))) {
      return m.entity();
    }
    return -1;
  }

  private static final Set<String> NEGATION = Set.of("لم", "ولم");
  /** Folded words of one who speaks for a body: "لم يرد متحدث باسم «ركاز»". */
  private static final Set<String> SPOKESMEN = Set.of("متحدث", "متحدثه", "ممثل", "مسوول");

  private static Draft noComment(DocContext c, Sentence s, Phrases.Hit h, int subject, double confidence) {
    Draft d = new Draft(FactType.NO_COMMENT, s.span()).role("subject", subject);
    d.time = MoneyFacts.nearestTime(c, s, h);
    d.confidence = confidence;
    return d;
  }

  /** The one after إلى / مع / من within the clause ("الوصول إلى الحلفي"), or the previous subject for منه / منها; -1 otherwise. */
  private static int reachedFor(DocContext c, Sentence s, int from) {
    for (int k = from; k < Math.min(s.endToken(), from + 10); k++) {
      String n = c.tokens.get(k).norm();
      if ((n.equals("الي") || n.equals("مع") || n.equals("من")) && k + 1 < s.endToken()) {
        EntityMention m = RoleFacts.nameAfterDescription(c, s, k + 1, 3);
        if (m != null) {
          return m.entity();
        }
      }
      if (n.equals("منه") || n.equals("منها") || n.equals("معه") || n.equals("معها") || n.equals("اليه")
          || n.equals("اليها")) {
        return previousSubject(c, s);
      }
    }
    return -1;
  }

  private static int previousSubject(DocContext c, Sentence s) {
    if (s.index() == 0) {
      return -1;
    }
    Sentence prev = c.doc.sentences().get(s.index() - 1);
    return Clauses.sentenceSubject(c, prev);
  }

  private static void meeting(DocContext c, Sentence s, Phrases.Hit h, List<Draft> out) {
    int a = -1;
    if (h.phrase().contains("مؤتمر") || h.phrase().contains("press conference")) {
      a = quotedSpeakerIn(c, s); // "خلال مؤتمر صحفي مع فلان ... أجاب ترامب: "..."": who answered stood there
    }
    if (a < 0 && (talks(h) || broughtTogether(c, s, h))) {
      int[] pair = talksBetween(c, s, h.end());
      if (pair != null) {
        Draft d = new Draft(FactType.MEETING, s.span()).roles("participants", List.of(pair[0], pair[1]));
        d.time = MoneyFacts.nearestTime(c, s, h);
        d.confidence = 0.5;
        Attributions.apply(c, s, h.first(), d, pair[0], "occurred");
        out.add(d);
        return;
      }
    }
    if (a < 0) {
      List<Integer> met = peopleBetween(c, s, h.end());
      if (met.size() >= 2) {
        Draft d = new Draft(FactType.MEETING, s.span()).roles("participants", met);
        d.time = MoneyFacts.nearestTime(c, s, h);
        d.confidence = 0.55;
        Attributions.apply(c, s, h.first(), d, met.get(0), "occurred");
        out.add(d);
        return;
      }
    }
    if (a < 0) {
      a = Clauses.agent(c, s, h.first(), EntityType.PERSON, EntityType.ORGANIZATION);
      EntityMention titled = a >= 0 && c.typeOf(a) != EntityType.PERSON ? titledBefore(c, s, h.first(), a) : null;
      if (titled != null) {
        a = titled.entity(); // "Voltaris's chief executive, Priya Natarajan, met": the title's holder met
      }
    }
    if (a < 0 && !c.doc.isArabic() && h.first() > s.firstToken()
        && Set.of("after", "before", "while", "when").contains(c.tokens.get(h.first() - 1).norm().toLowerCase(Locale.ROOT))) {
      a = Clauses.firstPerson(c, s); // "..., X announced after meeting Y": the main clause's person met
    }
    int objectFrom = h.end();
    for (EntityMention m : c.mentionsIn(h.end(), Math.min(s.endToken(), h.end() + 12))) {
      if (m.entity() == a) {
        objectFrom = m.end(); // "التقى وزير الخارجية الكويتي، فلان، بفلان": who was met comes after the subject
        break;
      }
      if (c.typeOf(m.entity()) == EntityType.PERSON) {
        break; // "مؤتمر صحفي مع فلان، أجاب فلان": a person named first was met, the subject comes later
      }
    }
    List<Integer> chain = new ArrayList<>(chainAfter(c, s, objectFrom, a, true));
    int led = delegationHead(c, s, h.end());
    if (led >= 0 && led != a) {
      chain = new ArrayList<>(List.of(led)); // "استقبل الوزير وفدا من شركة X برئاسة Y": Y leads it and meets
    }
    if (c.doc.isArabic()) {
      // "استقبل الوزير رئيس مجموعة «X» الصينية، السيد فلان": the holder set off after the body of his title
      for (int i = 0; i < chain.size(); i++) {
        int e = chain.get(i);
        if (c.typeOf(e) != EntityType.PERSON && titleOrganization(c, s, objectFrom, e)) {
          for (EntityMention m : c.mentionsIn(objectFrom, s.endToken())) {
            EntityMention holder = m.entity() == e ? RoleFacts.apposedPerson(c, s, m.end()) : null;
            if (holder != null && !chain.contains(holder.entity()) && holder.entity() != a) {
              chain.set(i, holder.entity());
              break;
            }
          }
        }
      }
    }
    // "التقى X الرئيس التنفيذي لشركة Y، Z": the company of a title is not at the meeting, its holder is
    boolean anyPerson = chain.stream().anyMatch(p -> c.typeOf(p) == EntityType.PERSON);
    chain.removeIf(e -> anyPerson && c.typeOf(e) != EntityType.PERSON && titleOrganization(c, s, h.end(), e));
    chain.removeIf(e -> placePhrase(c, s, h.end(), e)); // "مع فلان في المكتب البيضاوي": where, not who
    List<Integer> others = chain;
    Token last = c.tokens.get(h.end() - 1);
    if (others.isEmpty() && last.kind() == Token.Kind.ARABIC && (last.norm().endsWith("ه") || last.norm().endsWith("ها"))
        && !last.norm().endsWith("اجتماعه")) {
      // "ينوي لقاءه": the pronoun is the one the sentence is about
      int subject = Clauses.sentenceSubject(c, s, EntityType.PERSON);
      if (subject >= 0 && subject != a) {
        others = List.of(subject);
      }
    }
    if (a >= 0 && others.isEmpty() && c.doc.isArabic()) {
      others = receivedAfterSubject(c, s, h.end(), a); // "استقبل الوزير، فلان، أمس بمقر الوزارة، رئيس مجموعة X، فلان"
    }
    if (a < 0 || others.isEmpty()) {
      return;
    }
    List<Integer> parts = new ArrayList<>();
    parts.add(a);
    parts.addAll(others);
    Draft d = new Draft(FactType.MEETING, s.span()).roles("participants", parts);
    for (EntityMention m : c.mentionsIn(h.end(), s.endToken())) {
      if (c.typeOf(m.entity()) == EntityType.PLACE) {
        d.field("place", m.entity());
        break;
      }
    }
    d.time = MoneyFacts.nearestTime(c, s, h);
    d.confidence = 0.6;
    Attributions.apply(c, s, h.first(), d, a, "occurred");
    out.add(d);
  }

  /**
   * With the subject right after the verb, the verb's object may come after its time and place: the
   * first person named after the subject, outside a place phrase. Empty when the subject is not
   * after the verb or no person follows.
   */
  private static List<Integer> receivedAfterSubject(DocContext c, Sentence s, int from, int subject) {
    return receivedAfterSubject(c, s, from, subject, true);
  }

  /** As above; without {@code personsOnly}, an organization may be the object too. */
  private static List<Integer> receivedAfterSubject(DocContext c, Sentence s, int from, int subject, boolean personsOnly) {
    EntityMention subj = null;
    for (EntityMention m : c.mentionsIn(from, Math.min(s.endToken(), from + 12))) {
      if (m.entity() == subject) {
        subj = m;
        break;
      }
    }
    if (subj == null) {
      return List.of();
    }
    for (EntityMention m : c.mentionsIn(subj.end(), Math.min(s.endToken(), subj.end() + 20))) {
      EntityType t = c.typeOf(m.entity());
      if (m.entity() != subject && (t == EntityType.PERSON || !personsOnly && t != EntityType.PLACE)
          && !placePhrase(c, s, subj.end(), m.entity()) && !Clauses.prepositional(c, m)
          && !c.tokens.get(m.first()).hasPrefix('ب') && !c.tokens.get(m.first()).hasPrefix('ل')) {
        return List.of(m.entity());
      }
    }
    return List.of();
  }

  private static final Set<String> SUING = Set.of("sued", "sues", "suing", "sue", "قاضت", "قاضي", "يقاضي", "تقاضي");

  /** The one named right after a verb of suing before {@code trigger} in the sentence ("sued Orbitwell"), or -1. */
  private static int suedBefore(DocContext c, Sentence s, int trigger) {
    for (int k = s.firstToken(); k + 1 < trigger; k++) {
      if (SUING.contains(Clauses.bareWord(c.tokens.get(k)))) {
        EntityMention m = c.byToken[k + 1];
        return m != null && m.first() == k + 1 ? m.entity() : -1;
      }
    }
    return -1;
  }

  /** The mention of the entity before the trigger whose title's holder follows it, or null. */
  private static EntityMention titledBefore(DocContext c, Sentence s, int trigger, int entity) {
    for (EntityMention m : c.mentionsIn(s.firstToken(), trigger)) {
      if (m.entity() == entity) {
        EntityMention p = titledPerson(c, s, m);
        return p != null && p.end() <= trigger ? p : null;
      }
    }
    return null;
  }

  /**
   * "اجتماع بين الحمادي ورئيس الاتحاد، عبيد الفلاسي", "a meeting between Acme's chief executive,
   * Dana Reed, and Senator Bo Hale": the people and bodies named after بين / between, up to the place
   * of the meeting; an organization whose title's holder is named is that holder. Empty when there
   * is no بين.
   */
  private static List<Integer> peopleBetween(DocContext c, Sentence s, int from) {
    int k = from;
    while (k < Math.min(s.endToken(), from + 3)
        && !Clauses.bareWord(c.tokens.get(k)).equals("بين") && !c.tokens.get(k).norm().equalsIgnoreCase("between")) {
      k++;
    }
    List<Integer> out = new ArrayList<>();
    if (k >= Math.min(s.endToken(), from + 3)) {
      return out;
    }
    int last = k;
    List<EntityMention> named = c.mentionsIn(k + 1, Math.min(s.endToken(), k + 24));
    for (int i = 0; i < named.size(); i++) {
      EntityMention m = named.get(i);
      if (m.first() < last || i + 1 < named.size() && named.get(i + 1).first() == m.end()
          && c.typeOf(named.get(i + 1).entity()) == EntityType.PERSON) {
        continue; // "والسيناتور جيمس كالاهان": the title read as a name of its own goes with the name after
      }
      EntityMention titled = titledPerson(c, s, m);
      if (titled != null) {
        m = titled;
      }
      EntityType t = c.typeOf(m.entity());
      if (t == EntityType.PLACE || placePhrase(c, s, m.first(), m.entity())) {
        break; // "في دبي": where they met ends the list
      }
      if (!out.contains(m.entity()) && !(t != EntityType.PERSON && titleOrganization(c, s, k, m.entity()))) {
        out.add(m.entity()); // "ورئيس اتحاد الإمارات، عبيد الفلاسي": the holder, not the body of the title
      }
      last = m.end();
    }
    return out;
  }

  private static final Set<String> DELEGATION = Set.of("وفد", "وفدا", "الوفد", "delegation");
  private static final Set<String> LED_BY = Set.of("برياسه", "يتراسه", "يقوده", "ويتراسه", "led", "headed");

  /** The person leading a delegation received after the verb ("وفداً من شركة X برئاسة Y"), or -1. */
  private static int delegationHead(DocContext c, Sentence s, int from) {
    boolean delegation = false;
    for (int k = from; k < Math.min(s.endToken(), from + 40); k++) {
      String w = c.tokens.get(k).norm().toLowerCase(Locale.ROOT);
      if (DELEGATION.contains(w)) {
        delegation = true;
      } else if (delegation && LED_BY.contains(w)) {
        for (EntityMention m : c.mentionsIn(k + 1, Math.min(s.endToken(), k + 6))) {
          if (c.typeOf(m.entity()) == EntityType.PERSON) {
            return m.entity();
          }
        }
        return -1;
      }
    }
    return -1;
  }

  /** Whether the entity's first mention after {@code from} follows في / in / at: a place of the meeting. */
  private static boolean placePhrase(DocContext c, Sentence s, int from, int entity) {
    for (EntityMention m : c.mentionsIn(from, s.endToken())) {
      if (m.entity() == entity) {
        Token first = c.tokens.get(m.first());
        String prev = m.first() > 0 ? c.tokens.get(m.first() - 1).norm().toLowerCase(Locale.ROOT) : "";
        return prev.equals("في") || prev.equals("in") || prev.equals("at")
            || first.kind() == Token.Kind.ARABIC && first.prefix().equals("في");
      }
    }
    return false;
  }

  /** "لقاء جمع X بـY", "اجتماع جمع X مع Y": a meeting that brought two people together. */
  private static boolean broughtTogether(DocContext c, Sentence s, Phrases.Hit h) {
    if (h.end() >= s.endToken()) {
      return false;
    }
    String next = Clauses.bareWord(c.tokens.get(h.end()));
    return next.equals("جمع") || next.equals("جمعت") || next.equals("ضم");
  }

  private static boolean talks(Phrases.Hit h) {
    String p = h.phrase();
    return p.equals("مباحثات") || p.equals("محادثات") || p.startsWith("talks") || p.equals("held talks");
  }

  /**
   * "عقب مباحثات أجراها رئيسه التنفيذي، فلان، مع وزيرة الاقتصاد، فلانة": the person who held the
   * talks and the one after مع / with. Null when the clause does not name both.
   */
  private static int[] talksBetween(DocContext c, Sentence s, int from) {
    int with = -1;
    for (int k = from; k < Math.min(s.endToken(), from + 14); k++) {
      String n = c.tokens.get(k).norm().toLowerCase(Locale.ROOT);
      if (n.equals("مع") || n.equals("with")) {
        with = k;
        break;
      }
      Token t = c.tokens.get(k);
      if (k > from + 1 && t.kind() == Token.Kind.ARABIC && t.hasPrefix('ب') && c.byToken[k] == null
          && !c.mentionsIn(from, k).isEmpty()) {
        with = k - 1; // "لقاء جمع فلان بوزير الصناعة فلان": ب carries the second party (or the title before it)
        break;
      }
      if (k > from + 1 && c.byToken[k] != null && c.byToken[k].first() == k && t.hasPrefix('ب')
          && !c.mentionsIn(from, k).isEmpty()) {
        with = k - 1; // "بفلان"
        break;
      }
    }
    if (with < 0) {
      return null;
    }
    int first = -1;
    for (EntityMention m : c.mentionsIn(from, with)) {
      if (c.typeOf(m.entity()) == EntityType.PERSON) {
        first = m.entity();
      }
    }
    EntityMention second = null;
    for (EntityMention m : c.mentionsIn(with + 1, Math.min(s.endToken(), with + 8))) {
      if (c.typeOf(m.entity()) == EntityType.PERSON) {
        second = m;
        break;
      }
    }
    return first >= 0 && second != null && second.entity() != first ? new int[] {first, second.entity()} : null;
  }

  /** Whether token k stands inside quotation marks of speech. */
  private static boolean insideQuote(DocContext c, int k) {
    int at = c.tokens.get(k).start();
    for (org.isnad.recognize.Quote q : c.quotes) {
      if (q.speech() && q.inner().start() <= at && at < q.inner().end()) {
        return true;
      }
    }
    return false;
  }

  /** The speaker of a quotation in the sentence, or -1. */
  private static int quotedSpeakerIn(DocContext c, Sentence s) {
    for (org.isnad.recognize.Quote q : c.quotes) {
      Integer sp = c.quoteSpeakers.get(q.span().start());
      if (sp != null && s.span().start() <= q.span().start() && q.span().start() < s.span().end()) {
        return sp;
      }
    }
    return -1;
  }

  private static void accusation(DocContext c, Sentence s, Phrases.Hit h, List<Draft> out) {
    if (deniedCharges(c, s, h)) {
      return; // "نفى الحلبي الاتهامات", "denied the allegations": the accused answers, nobody accuses here
    }
    String w = Clauses.bareWord(c.tokens.get(h.first()));
    boolean participle = w.equals("متهما") || w.equals("متهمه");
    if (participle && (h.first() == s.firstToken() || !Clauses.isComma(c.tokens.get(h.first() - 1)))) {
      return; // "متهماً الشركة بـ" after a comma accuses; "المتهمة" or "متهمة في القضية" is a defendant
    }
    int continued = continuedSubject(c, s, h.first());
    int found = continued >= 0 ? continued : Clauses.agent(c, s, h.first());
    if (participle) {
      // "وكانت المديرية قد رفعت شكوى، متهمة الشركة بـ": the participle's subject is the clause's
      for (EntityMention m : c.mentionsIn(s.firstToken(), h.first())) {
        if (!Clauses.prepositional(c, m) && c.typeOf(m.entity()) != EntityType.PLACE) {
          found = m.entity();
          break;
        }
      }
    }
    int accuser = found >= 0 && !c.doc.isArabic() ? Clauses.personAfterTitle(c, s, found, h.first()) : found;
    List<Integer> accused = Clauses.examplesAfter(c, s, h.end(), 12);
    if (accused.isEmpty()) {
      accused = chainAfter(c, s, h.end(), accuser, false);
    }
    if (accused.isEmpty() && accuser >= 0 && c.doc.isArabic()) {
      accused = receivedAfterSubject(c, s, h.end(), accuser, false); // "اتهم «مرصد»، في تقرير نشره أمس، رجل الأعمال فلان"
    }
    if (accused.isEmpty() && accuser >= 0) {
      int sued = suedBefore(c, s, h.first());
      accused = sued >= 0 && sued != accuser ? List.of(sued) : accused; // "sued Orbitwell ..., alleging that"
    }
    accused = accused.stream().filter(e -> e != accuser).toList();
    boolean charges = chargesFiled(c, s, h);
    if (accuser < 0 || accused.isEmpty()) {
      return;
    }
    String content = contentAfter(c, s, h.end(), "ب", "of", "بان", "that");
    String folded = ArabicNormalizer.normalize(c.doc.slice(s.span())).toLowerCase(Locale.ROOT);
    boolean judgedFalse = folded.contains("زورا") || folded.contains("كذبا") || folded.contains("falsely")
        || folded.contains("baseless") || folded.contains("لا اساس");
    for (int target : accused) {
      Draft d = new Draft(FactType.ACCUSATION, s.span()).role("accuser", accuser).role("accused", target);
      d.field("content", content);
      if (judgedFalse) {
        d.field("judged_false", Boolean.TRUE);
      }
      d.confidence = 0.55;
      Attributions.apply(c, s, h.first(), d, accuser, "occurred");
      out.add(d);
      if (charges) {
        // "وجهت اتهامات إلى X": charges filed are a sanction as well as an accusation
        Draft sx = new Draft(FactType.SANCTION, s.span()).role("authority", accuser).role("target", target);
        sx.field("content", c.text(h.first() - 1, Math.min(s.endToken(), h.end() + 8)));
        sx.confidence = 0.5;
        Attributions.apply(c, s, h.first(), sx, accuser, "occurred");
        out.add(sx);
      }
    }
  }

  private static final Set<String> DENIALS = Set.of("نفي", "نفت", "ينفي", "تنفي", "نفوا", "رفض", "رفضت", "يرفض",
      "ترفض", "denied", "denies", "deny", "rejected", "rejects", "dismissed", "disputed");

  /** Whether the trigger is the charges a denial verb before it in the sentence answers: نفى X التهم الموجهة إليه. */
  private static boolean deniedCharges(DocContext c, Sentence s, Phrases.Hit h) {
    Token t = c.tokens.get(h.first());
    String n = t.norm().toLowerCase(Locale.ROOT);
    boolean definite = t.kind() == Token.Kind.ARABIC ? t.hasArticle() || Clauses.bareWord(t).startsWith("ال")
        : h.first() > s.firstToken() && Set.of("the", "these", "those", "all", "any").contains(
            c.tokens.get(h.first() - 1).norm().toLowerCase(Locale.ROOT));
    if (!definite && !n.equals("allegations") && !n.equals("accusations") && !n.equals("charges")) {
      return false;
    }
    for (int k = h.first() - 1; k >= Math.max(s.firstToken(), h.first() - 12); k--) {
      if (DENIALS.contains(Clauses.bareWord(c.tokens.get(k)))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the entity is named after {@code from} right after a title (الرئيس التنفيذي لشركة X). */
  private static boolean titleOrganization(DocContext c, Sentence s, int from, int entity) {
    for (EntityMention m : c.mentionsIn(from, s.endToken())) {
      if (m.entity() != entity) {
        continue;
      }
      int k = m.first() - 1;
      while (k > from && (c.tokens.get(k).kind() == Token.Kind.QUOTE
          || c.tokens.get(k).kind() == Token.Kind.ARABIC && org.isnad.recognize.HeadNounsAccess.isHead(c.tokens.get(k).stem())
          || c.tokens.get(k).norm().equals("of"))) {
        k--;
      }
      for (Phrases.Hit t : RoleFacts.TITLES.find(c.tokens, Math.max(from, k - 3), k + 1)) {
        if (t.end() == k + 1 || t.end() == m.first()) {
          return true;
        }
      }
      Token first = c.tokens.get(m.first());
      if (first.kind() == Token.Kind.ARABIC && first.hasPrefix('ل')) {
        for (Phrases.Hit t : RoleFacts.TITLES.find(c.tokens, Math.max(from, m.first() - 3), m.first())) {
          if (t.end() == m.first()) {
            return true; // الرئيس التنفيذي لفالكريست
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether the accusation is a charge filed: "وجه المدعون اتهامات إلى", "charged", "indicted",
   * "لائحة الاتهام" (the indictment).
   */
  private static boolean chargesFiled(DocContext c, Sentence s, Phrases.Hit h) {
    String n = c.tokens.get(h.first()).norm().toLowerCase(Locale.ROOT);
    if (n.matches("[وف]?(charged|indicted)") || n.equals("indictment")) {
      return true;
    }
    if (h.first() > s.firstToken() && c.tokens.get(h.first() - 1).stem().equals("لايحه")) {
      return true;
    }
    for (int k = Math.max(s.firstToken(), h.first() - 4); k < h.first(); k++) {
      if (c.tokens.get(k).norm().matches("[وف]?(وجه|وجهت|يوجه|توجه|وجهوا)")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "تشاجر الزين مع نيوفا، واتهم زوراً صحيفة الأفق": a verb joined by و with no subject of
   * its own before the one name after it continues the subject of the clause before; -1 otherwise.
   */
  private static int continuedSubject(DocContext c, Sentence s, int trigger) {
    Token t = c.tokens.get(trigger);
    if (!c.doc.isArabic() || !t.prefix().startsWith("و") || trigger == s.firstToken()) {
      return -1;
    }
    Token prev = c.tokens.get(trigger - 1);
    if (!(prev.norm().equals("،") || prev.norm().equals(","))) {
      return -1;
    }
    List<EntityMention> after = c.mentionsIn(trigger + 1, Math.min(s.endToken(), trigger + 6));
    if (after.isEmpty()) {
      return -1;
    }
    for (EntityMention m : c.mentionsIn(s.firstToken(), trigger)) {
      if (!Clauses.prepositional(c, m)) {
        return m.entity() == after.get(0).entity() ? -1 : m.entity();
      }
    }
    return -1;
  }

  private static void pair(DocContext c, Sentence s, Phrases.Hit h, FactType type, List<Draft> out) {
    int[] between = between(c, s, h.end());
    if (between != null) {
      Draft d = parties(c, s, h, type, between[0], between[1]);
      d.confidence = 0.5;
      out.add(d);
      return;
    }
    int a = Clauses.agent(c, s, h.first());
    if (type == FactType.DISPUTE && a >= 0 && courtLike(c, a)) {
      return; // a court rules on a dispute, it is no side of it
    }
    if (a < 0 && type == FactType.COMPETITION) {
      a = Clauses.sentenceSubject(c, s, EntityType.ORGANIZATION, EntityType.PERSON); // "وتعد نخيل ... من أبرز منافسي"
    }
    List<Integer> others = chainAfter(c, s, h.end(), a, true);
    if (a < 0 || others.isEmpty()) {
      return;
    }
    // "من أبرز منافسي شركتي أ وب": a rivalry with each one listed
    for (int o : type == FactType.COMPETITION ? others : others.subList(0, 1)) {
      if (o == a || courtLike(c, o)) {
        continue; // "suing two partners in the High Court": where, not whom
      }
      Draft d = parties(c, s, h, type, a, o);
      d.confidence = 0.45;
      out.add(d);
    }
  }

  /** A dispute or a rivalry between two parties; a dispute keeps the words that name it as its content. */
  private static Draft parties(DocContext c, Sentence s, Phrases.Hit h, FactType type, int a, int b) {
    Draft d = new Draft(type, s.span()).roles("parties", List.of(a, b));
    if (type == FactType.DISPUTE) {
      d.field("content", c.text(h.first(), Math.min(s.endToken(), h.end() + 6)));
    }
    return d;
  }

  /** Folded words of a claim taken to a court or an arbitrator. */
  private static final Set<String> LEGAL = Set.of("دعوي", "الدعوي", "دعاوي", "تحكيم", "التحكيم", "تحكيما", "طعن",
      "طعنا", "شكوي", "تظلم", "تظلما", "lawsuit", "suit", "arbitration", "complaint", "grievance");
  /** Words before a court or an arbitrator: where a claim is heard, not whom it is against. */
  private static final Set<String> VENUE = Set.of("امام", "لدي", "before", "at", "in", "with");
  private static final Set<String> AGAINST = Set.of("ضد", "against");
  /** "أقامت دعوى ...، متهمةً الوزارة بـ": the one accused is the one the claim is against. */
  private static final Set<String> ACCUSING = Set.of("متهمه", "متهما", "متهمين");

  /**
   * A claim before a court or an arbitrator: "رفعت شركة X دعوى أمام محكمة Y ضد وزارة Z", "تم رفع دعوى من
   * قبل فلان أمام المحكمة ضد النادي", "X filed a lawsuit against Z in a Delaware court", "تخوض X تحكيماً
   * أمام مركز Y مع شركة Z". The one who brings it and the one it is against are the parties; the court
   * is where it is heard. False when the trigger is no such claim or the clause does not name both.
   */
  private static boolean lawsuit(DocContext c, Sentence s, Phrases.Hit h, List<Draft> out) {
    boolean legal = false;
    boolean arbitration = false;
    for (int k = h.first(); k < h.end(); k++) {
      String w = Clauses.bareWord(c.tokens.get(k));
      String n = c.tokens.get(k).norm().toLowerCase(Locale.ROOT);
      legal |= LEGAL.contains(w) || LEGAL.contains(n);
      arbitration |= w.contains("تحكيم") || n.equals("arbitration");
    }
    if (!legal) {
      return false;
    }
    int end = Math.min(s.endToken(), h.end() + 30);
    int against = -1;
    int with = -1;
    for (int k = h.end(); k < end && against < 0; k++) {
      String w = Clauses.bareWord(c.tokens.get(k));
      String n = c.tokens.get(k).norm().toLowerCase(Locale.ROOT);
      if (AGAINST.contains(w) || AGAINST.contains(n) || ACCUSING.contains(w) || n.equals("accusing")
          || w.equals("علي") && k < h.end() + 3) { // "رفعت دعوى على الشركة"
        EntityMention m = RoleFacts.nameAfterDescription(c, s, k + 1, 6); // "ضد الشركة الإسبانية «X»"
        against = m == null ? -2 : m.entity();
      } else if (arbitration && with < 0 && (w.equals("مع") || n.equals("with")) && !venueAfter(c, s, k)) {
        // "تخوض تحكيماً مع شركة X", "in arbitration with X"; a complaint filed with a body is heard there
        EntityMention m = RoleFacts.nameAfterDescription(c, s, k + 1, 4);
        with = m == null ? -1 : m.entity();
      }
    }
    int other = against >= 0 ? against : with;
    if (other < 0 && c.tokens.get(h.first()).norm().startsWith("ال")) {
      return true; // "مناقشة ملف الدعوى": the claim told before, not a new one
    }
    if (other < 0) {
      // a claim whose other party the clause does not name: the court it is brought before is no party
      return pairedWithVenue(c, s, h, arbitration);
    }
    int by = MoneyFacts.byAgent(c, s, h.end(), 12); // "تم رفع دعوى من قبل فلان"
    int a = by >= 0 ? by : Clauses.agent(c, s, h.first(), EntityType.ORGANIZATION, EntityType.PERSON, EntityType.PLACE);
    if (a < 0 || a == other || venue(c, a, h.first())) {
      return false;
    }
    Draft d = parties(c, s, h, FactType.DISPUTE, a, other);
    d.time = MoneyFacts.nearestTime(c, s, h);
    d.confidence = 0.55;
    Attributions.apply(c, s, h.first(), d, a, "ongoing");
    out.add(d);
    return true;
  }

  /** Whether the first name after the trigger besides its agent follows أمام / لدى / before or is a court: the venue. */
  private static boolean pairedWithVenue(DocContext c, Sentence s, Phrases.Hit h, boolean arbitration) {
    int agent = Clauses.agent(c, s, h.first(), EntityType.ORGANIZATION, EntityType.PERSON, EntityType.PLACE);
    for (EntityMention m : c.mentionsIn(h.end(), Math.min(s.endToken(), h.end() + 10))) {
      if (m.entity() == agent) {
        continue; // "طعن تقدمت به شركة X أمام لجنة Y": the one who brings it, then where
      }
      int p = m.first() - 1;
      while (p > h.end() && (c.tokens.get(p).kind() == Token.Kind.QUOTE || c.tokens.get(p).norm().equalsIgnoreCase("the"))) {
        p--;
      }
      String w = Clauses.bareWord(c.tokens.get(p));
      // "filed a complaint with the commission": heard there; "in arbitration with X": X is the other side
      return VENUE.contains(w) && !w.equals("in") && !w.equals("at") && !(arbitration && w.equals("with"))
          || courtLike(c, m.entity());
    }
    return false;
  }

  /** Whether the word after token {@code k} names a court or an arbitrator ("with the Central Agency"). */
  private static boolean venueAfter(DocContext c, Sentence s, int k) {
    EntityMention m = RoleFacts.nameAfterDescription(c, s, k + 1, 3);
    return m != null && courtLike(c, m.entity());
  }

  /** Whether the entity is named only after أمام / لدى / before, as the place a claim is heard. */
  private static boolean venue(DocContext c, int entity, int before) {
    for (EntityMention m : c.mentionsIn(0, before)) {
      if (m.entity() == entity && m.first() > 0) {
        String w = Clauses.bareWord(c.tokens.get(m.first() - 1));
        if (!VENUE.contains(w)) {
          return false;
        }
      }
    }
    return courtLike(c, entity);
  }

  private static boolean courtLike(DocContext c, int entity) {
    String name = c.foldedName(entity);
    return name.contains("محكمه") || name.contains("تحكيم") || name.contains("مجلس الدوله") || name.contains("court")
        || name.contains("tribunal") || name.contains("arbitration") || name.contains("قضاء");
  }

  /**
   * "تنافس شديد بين ترامب ومنافسته الديمقراطية كامالا هاريس", "a feud between Acme and its rival
   * Globex": the two names after بين / between, the second after و / and and a few words of
   * description. Null when the trigger is not followed by such a pair.
   */
  private static int[] between(DocContext c, Sentence s, int from) {
    for (int k = from; k < Math.min(s.endToken(), from + 4); k++) {
      String n = Clauses.bareWord(c.tokens.get(k));
      if (!n.equals("بين") && !n.equals("between")) {
        continue;
      }
      EntityMention first = k + 1 < s.endToken() ? c.byToken[k + 1] : null;
      if (first == null && k + 2 < s.endToken() && c.tokens.get(k + 1).norm().equalsIgnoreCase("the")) {
        first = c.byToken[k + 2];
      }
      if (first == null || first.end() >= s.endToken()) {
        return null;
      }
      Token and = c.tokens.get(first.end());
      String an = and.norm().toLowerCase(Locale.ROOT);
      if (!(an.equals("and") || an.equals("و") || and.kind() == Token.Kind.ARABIC && and.prefix().startsWith("و"))) {
        return null;
      }
      for (EntityMention m : c.mentionsIn(first.end(), Math.min(s.endToken(), first.end() + 5))) {
        if (m.entity() != first.entity()) {
          return new int[] {first.entity(), m.entity()};
        }
      }
      return null;
    }
    return null;
  }

  private static void ownership(DocContext c, Sentence s, Phrases.Hit h, List<Draft> out) {
    String p = h.phrase().toLowerCase(Locale.ROOT);
    boolean passive = p.startsWith("المملوك") || p.startsWith("مملوك") || p.startsWith("تابع") || p.startsWith("التابع")
        || p.equals("owned") || p.equals("subsidiary") || p.equals("unit of") || p.equals("division of");
    boolean parent = p.contains("الام") || p.equals("parent company") || p.equals("owner") || p.startsWith("مالك");
    Token verb = c.tokens.get(h.first());
    if (verb.kind() == Token.Kind.ARABIC && !verb.suffix().isEmpty() && h.first() > s.firstToken()
        && Set.of("التي", "الذي", "الذين").contains(c.tokens.get(h.first() - 1).norm())) {
      passive = true; // "شركة X، التي يملكها فلان": the name before is owned, the one after owns
    }
    String prevWord = h.first() > s.firstToken() ? c.tokens.get(h.first() - 1).norm().toLowerCase(Locale.ROOT) : "";
    if (parent && (prevWord.equals("its") || prevWord.equals("their"))) {
      // "sanctions on Caldera Trading and its owner, Andreas Loizou": the owner follows, "its" is the name before
      List<EntityMention> ms = c.mentionsIn(s.firstToken(), h.first() - 1);
      EntityMention owner = RoleFacts.nextName(c, s, h.end());
      if (!ms.isEmpty() && owner != null && owner.entity() != ms.get(ms.size() - 1).entity()) {
        out.add(owns(s, owner.entity(), ms.get(ms.size() - 1).entity()));
      }
      return;
    }
    int before = Clauses.agent(c, s, h.first(), EntityType.ORGANIZATION, EntityType.PERSON);
    List<Integer> after = chainAfter(c, s, h.end(), before, false);
    if (before < 0 || after.isEmpty()) {
      return;
    }
    boolean participle = passive && c.doc.isArabic() && !Set.of("التي", "الذي", "الذين").contains(h.first() > s.firstToken()
        ? c.tokens.get(h.first() - 1).norm() : "");
    if (participle ? !namedJustBefore(c, s, h.first(), before)
        : passive && !c.names(s.firstToken(), h.first(), before)) {
      return; // "جهات تابعة لمستثمرين": what is owned is named right before the participle, or not at all
    }
    for (int x : after) {
      int owner = passive && !parent ? x : before;
      int owned = passive && !parent ? before : x;
      if (owner == owned) {
        continue;
      }
      out.add(owns(s, owner, owned));
      if (passive && !parent) {
        break;
      }
    }
  }

  /**
   * "تعود ملكية شركة X إلى فلان", "تعود حصة 25% إلى صندوق Y", "تعود ملكيتها إلى": the one after
   * إلى owns; what is owned is named between, or is the company named before.
   */
  private static void belongs(DocContext c, Sentence s, Phrases.Hit h, List<Draft> out) {
    int to = -1;
    for (int k = h.end(); k < Math.min(s.endToken(), h.end() + 10); k++) {
      if (Clauses.bareWord(c.tokens.get(k)).equals("الي")) {
        to = k;
        break;
      }
    }
    if (to < 0) {
      return;
    }
    EntityMention owner = RoleFacts.nameAfterDescription(c, s, to + 1, 4); // "إلى رجل الأعمال فلان"
    if (owner == null || c.typeOf(owner.entity()) == EntityType.PLACE && !c.doc.isArabic()) {
      return;
    }
    int owned = -1;
    for (EntityMention m : c.mentionsIn(h.end(), to)) {
      if (c.typeOf(m.entity()) == EntityType.ORGANIZATION) {
        owned = m.entity();
        break;
      }
    }
    if (owned < 0) {
      owned = lastOrganizationBefore(c, s, h.first(), List.of(owner.entity()));
    }
    if (owned < 0 || owned == owner.entity()) {
      return;
    }
    out.add(attributed(c, s, h, owns(s, owner.entity(), owned)));
  }

  /**
   * "رفع الصندوق مساهمته في «ألبان الساحل» إلى 11 بالمائة", "raised its stake in Acme to 12%": the
   * holder owns the company named after في / in when a percentage follows it.
   */
  private static void holding(DocContext c, Sentence s, Phrases.Hit h, List<Draft> out) {
    EntityMention owned = RoleFacts.nextName(c, s, h.end());
    if (owned == null || c.typeOf(owned.entity()) == EntityType.PERSON || c.typeOf(owned.entity()) == EntityType.PLACE) {
      return;
    }
    boolean share = false;
    for (int k = owned.end(); k < Math.min(s.endToken(), owned.end() + 6) && !share; k++) {
      share = percent(c, k);
    }
    int owner = -1;
    for (EntityMention m : c.mentionsIn(s.firstToken(), h.first())) {
      if (owner < 0 && m.entity() != owned.entity() && (c.typeOf(m.entity()) == EntityType.ORGANIZATION
          || c.typeOf(m.entity()) == EntityType.PERSON)) {
        owner = m.entity(); // "وكان صندوق X قد رفع الشهر الماضي مساهمته في Y": the first name before
      }
    }
    if (owner < 0) {
      owner = Clauses.agent(c, s, h.first(), EntityType.ORGANIZATION, EntityType.PERSON, EntityType.PLACE);
    }
    if (!share || owner < 0 || owner == owned.entity()) {
      return;
    }
    out.add(attributed(c, s, h, owns(s, owner, owned.entity())));
  }

  /** "شركة X، الذراع الاستثمارية لعائلة Y": Y owns X, the name the apposition describes. */
  private static void arm(DocContext c, Sentence s, Phrases.Hit h, List<Draft> out) {
    int k = h.first() - 1;
    if (k <= s.firstToken() || !Clauses.isComma(c.tokens.get(k)) || c.byToken[k - 1] == null) {
      return;
    }
    int owned = c.byToken[k - 1].entity();
    for (EntityMention m : c.mentionsIn(h.end(), Math.min(s.endToken(), h.end() + 4))) {
      Token first = c.tokens.get(m.first());
      boolean of = first.hasPrefix('ل') || m.first() > h.end() && (c.tokens.get(m.first() - 1).hasPrefix('ل')
          || c.tokens.get(m.first() - 1).norm().equalsIgnoreCase("of"));
      if (of && m.entity() != owned) {
        out.add(owns(s, m.entity(), owned));
      }
      return;
    }
  }

  /** "رجل الأعمال فلان وشركته «X»", "Reed and his firm, Acme": the person owns the company named next. */
  private static void hisCompany(DocContext c, Sentence s, Phrases.Hit h, List<Draft> out) {
    EntityMention person = h.first() > s.firstToken() ? c.byToken[h.first() - 1] : null;
    EntityMention company = RoleFacts.nextName(c, s, h.end());
    if (person == null || company == null || c.typeOf(person.entity()) != EntityType.PERSON
        || company.entity() == person.entity() || c.typeOf(company.entity()) == EntityType.PLACE) {
      return;
    }
    out.add(owns(s, person.entity(), company.entity()));
  }

  /**
   * "Brackenridge Capital, the family office controlled by Alistair Brackenridge": the one after
   * "controlled by" owns the organization the description follows.
   */
  private static void controlledBy(DocContext c, Sentence s, Phrases.Hit h, List<Draft> out) {
    if (!h.phrase().equals("controlled") || h.end() >= s.endToken()
        || !c.tokens.get(h.end()).norm().equalsIgnoreCase("by")) {
      return;
    }
    EntityMention owner = RoleFacts.nameAfterDescription(c, s, h.end() + 1, 4);
    int owned = -1;
    for (EntityMention m : c.mentionsIn(s.firstToken(), h.first())) {
      if (c.typeOf(m.entity()) == EntityType.ORGANIZATION && !Clauses.prepositional(c, m)) {
        owned = m.entity();
      }
    }
    if (owner != null && owned >= 0 && owner.entity() != owned && c.typeOf(owner.entity()) != EntityType.PLACE) {
      out.add(attributed(c, s, h, owns(s, owner.entity(), owned)));
    }
  }

  /** An ownership the sentence reads, at the confidence every ownership rule gives. */
  private static Draft owns(Sentence s, int owner, int owned) {
    Draft d = new Draft(FactType.OWNERSHIP, s.span()).role("owner", owner).role("owned", owned);
    d.confidence = 0.55;
    return d;
  }

  /** {@code d} with the status and attribution its trigger's words give, the owner's claim ("ongoing" unless said). */
  private static Draft attributed(DocContext c, Sentence s, Phrases.Hit h, Draft d) {
    Attributions.apply(c, s, h.first(), d, d.entity("owner"), "ongoing");
    return d;
  }

  /** Whether {@code entity} is named in the two words before {@code at} ("X" الأمريكية التابعة), quotes and commas aside. */
  private static boolean namedJustBefore(DocContext c, Sentence s, int at, int entity) {
    int words = 0;
    for (int k = at - 1; k >= s.firstToken() && words < 2; k--) {
      Token t = c.tokens.get(k);
      if (c.byToken[k] != null && c.byToken[k].entity() == entity) {
        return true;
      }
      if (t.kind() != Token.Kind.QUOTE && !t.norm().equals("،") && !t.norm().equals(",")) {
        words++;
      }
    }
    return false;
  }

  /** Words after a percentage that say what it is a share of: من، في، of, in. */
  private static final Set<String> SHARE_OF = Set.of("من", "في", "of", "in");
  /** Nouns for the company a stake is in when the sentence does not name it: الكيان، الملكية، الأسهم. */
  private static final Set<String> SHARE_NOUNS = Set.of("الكيان", "الملكيه", "الشركه", "اسهم", "الاسهم", "راس",
      "حصص", "company", "entity", "shares", "stock", "business");

  /**
   * A stake: "ستمتلك كل من أ وب 45% من الكيان", "تحتفظ نيوفا بنحو 20% من الملكية", "Acme owns 30%
   * of Globex". The owners are the verb's subjects, the owned what the percentage is a share of;
   * a share of "the entity" or "the company" is of the company the article is about. Returns
   * false when no percentage follows the trigger in its clause.
   */
  private static boolean stake(DocContext c, Sentence s, Phrases.Hit h, List<Draft> out) {
    int pct = -1;
    for (int k = h.end(); k < Math.min(s.endToken(), h.end() + 14); k++) {
      if (percent(c, k) || fraction(c, k)) {
        pct = k;
        break;
      }
    }
    if (pct < 0) {
      return false;
    }
    // "نحو ثلثي سيناء المتحدة", "ربع أسهمها": a fraction governs what it is a share of, with no من
    int of = fraction(c, pct) && !SHARE_OF.contains(Clauses.bareWord(c.tokens.get(Math.min(pct + 1, s.endToken() - 1))))
        ? pct : -1;
    int after = pct + 1;
    if (after + 1 < s.endToken() && c.tokens.get(after).norm().equals("في")
        && (c.tokens.get(after + 1).norm().equals("الميه") || c.tokens.get(after + 1).norm().equals("المايه"))) {
      after += 2; // "18 في المئة من «رفد»": the في is the percentage's own
    }
    for (int k = after; of < 0 && k < Math.min(s.endToken(), after + 3); k++) {
      String n = Clauses.bareWord(c.tokens.get(k));
      if (SHARE_OF.contains(c.tokens.get(k).norm().toLowerCase(Locale.ROOT)) || SHARE_OF.contains(n)) {
        of = k;
        break;
      }
    }
    if (of < 0) {
      return false;
    }
    List<Integer> owners = Clauses.agents(c, s, h.first(), EntityType.ORGANIZATION, EntityType.PERSON,
        EntityType.PLACE);
    int owned = -1;
    EntityMention m = of + 1 < s.endToken() ? c.byToken[of + 1] : null;
    if (m == null && of + 2 < s.endToken() && (c.tokens.get(of + 1).norm().equalsIgnoreCase("the")
        || c.tokens.get(of + 1).kind() == Token.Kind.QUOTE)) {
      m = c.byToken[of + 2]; // "of the X", "من «رفد»"
    }
    boolean nominal = of + 1 < s.endToken() && (SHARE_NOUNS.contains(Clauses.bareWord(c.tokens.get(of + 1)))
        || c.tokens.get(of + 1).kind() == Token.Kind.ARABIC && SHARE_NOUNS.contains(c.tokens.get(of + 1).stem()));
    if (m == null && (nominal && c.tokens.get(of + 1).suffix().isEmpty() || of + 1 < s.endToken()
        && isHeadNoun(c.tokens.get(of + 1)))) {
      // "35% من أسهم الصخرة البيضاء", "20% من رأس مال شركة الخليج", "ثلثي شركة الأطلس": the
      // shares are a named company's
      for (int k = of + 1; k < Math.min(s.endToken(), of + 5) && m == null; k++) {
        m = c.byToken[k];
        Token w = c.tokens.get(k);
        if (m == null && !(Clauses.bareWord(w).equals("مال") || SHARE_NOUNS.contains(Clauses.bareWord(w))
            || isHeadNoun(w) || w.kind() == Token.Kind.QUOTE)) { // "من شركة «رفد»"
          break;
        }
      }
    }
    if (m == null && nominal && of + 2 < s.endToken() && unnamedWord(c.tokens.get(of + 2))) {
      return true; // "32% من أسهم ديار الخليج" with the company's name unread: a stake, of nobody we know
    }
    if (m != null && !(nominal && owners.contains(m.entity()))) {
      owned = m.entity();
    } else if (nominal && !c.tokens.get(of + 1).suffix().isEmpty()) {
      owned = lastOrganizationBefore(c, s, h.first(), owners); // "نحو ربع أسهمها": the company named before
    } else if (nominal) {
      owned = topicOrganization(c, owners); // "تحتفظ زيفرون بـ20% من الشركة": the other company
    }
    if (owned < 0 || owners.isEmpty()) {
      return owned >= 0;
    }
    for (int owner : owners) {
      if (owner == owned) {
        continue;
      }
      out.add(attributed(c, s, h, owns(s, owner, owned)));
    }
    return true;
  }

  /** An Arabic word with no article and no clitic after a share noun: the start of a name no finder read. */
  private static boolean unnamedWord(Token t) {
    return t.kind() == Token.Kind.ARABIC && !t.hasArticle() && t.prefix().isEmpty() && !t.norm().startsWith("ال")
        && !org.isnad.recognize.ArabicWords.isFunction(t.norm()) && !isHeadNoun(t);
  }

  private static boolean isHeadNoun(Token t) {
    return t.kind() == Token.Kind.ARABIC && !t.hasArticle() && org.isnad.recognize.HeadNounsAccess.isHead(t.stem());
  }

  /** Folded fractions that name a share as a percentage does: ثلث، ثلثي، ربع، نصف. */
  private static final Set<String> FRACTIONS = Set.of("ثلث", "ثلثي", "ثلثا", "ربع", "نصف", "half", "third",
      "two-thirds", "quarter");

  /** Whether token k is a fraction after "نحو"، "about"، "a" or right after the verb: "نحو ثلثي"، "a third of". */
  private static boolean fraction(DocContext c, int k) {
    Token t = c.tokens.get(k);
    if (!FRACTIONS.contains(Clauses.bareWord(t)) && !FRACTIONS.contains(t.norm().toLowerCase(Locale.ROOT))) {
      return false;
    }
    return t.kind() == Token.Kind.LATIN || t.prefix().isEmpty() || t.prefix().equals("ب");
  }

  /** The last organization named in the sentence before {@code at}, {@code except} aside; else the article's topic. */
  private static int lastOrganizationBefore(DocContext c, Sentence s, int at, List<Integer> except) {
    int found = -1;
    for (EntityMention m : c.mentionsIn(s.firstToken(), at)) {
      if (c.typeOf(m.entity()) == EntityType.ORGANIZATION && !except.contains(m.entity())) {
        found = m.entity();
      }
    }
    return found >= 0 ? found : topicOrganization(c, except);
  }

  /** Whether token k is a percentage: "45%", "20 بالمئة", "30 percent". */
  static boolean percent(DocContext c, int k) {
    Token t = c.tokens.get(k);
    if (t.kind() != Token.Kind.NUMBER && !t.norm().endsWith("%")) {
      return false;
    }
    if (t.norm().endsWith("%")) {
      return true;
    }
    String next = k + 1 < c.tokens.size() ? c.tokens.get(k + 1).norm().toLowerCase(Locale.ROOT) : "";
    String after = k + 2 < c.tokens.size() ? c.tokens.get(k + 2).norm().toLowerCase(Locale.ROOT) : "";
    return next.equals("%") || next.equals("بالميه") || next.equals("بالمايه") || next.equals("percent")
        || next.equals("٪") || (next.equals("في") && (after.equals("الميه") || after.equals("المايه")));
  }

  /** The organization the article names most often (first named on a tie), {@code except} aside: what it is about. */
  static int topicOrganization(DocContext c, List<Integer> except) {
    int best = -1;
    int bestCount = 0;
    for (int e = 0; e < c.entities.size(); e++) {
      if (c.typeOf(e) != EntityType.ORGANIZATION || except.contains(e)) {
        continue;
      }
      int n = c.entities.get(e).mentions().size();
      if (n > bestCount) {
        best = e;
        bestCount = n;
      }
    }
    return best;
  }

  /** Folded verbs that adopt a bill or a draft decree (صادق على، أقر، اعتمد، وافق على). */
  private static final Set<String> ADOPTING = Set.of("صادق", "صادقت", "اقر", "اقرت", "اعتمد", "اعتمدت", "وافق",
      "وافقت", "يصادق", "تصادق", "يقر", "تقر", "المصادقه", "اقرار", "اعتماد");

  /** Folded words in the names of bodies that govern: a ministry, a council, a treasury, a regulator. */
  private static final java.util.regex.Pattern GOVERNING = java.util.regex.Pattern.compile(
      "وزاره|مجلس|حكومه|هييه|سلطه|بلديه|ديوان|treasury|ministry|government|council|commission|department|authority|parliament|senate|congress");

  /**
   * Whether a measure word (a decree, an import ban, an exemption, "decided to") is taken by a body
   * that governs: a government, a country, a council or a regulator, not a company's own plan.
   */
  private static boolean governing(DocContext c, Sentence s, Phrases.Hit h) {
    int actor = Clauses.agent(c, s, h.first(), EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE);
    if (actor < 0) {
      return false;
    }
    if (c.typeOf(actor) == EntityType.PLACE || "government".equals(c.subtypeOf(actor))) {
      return true;
    }
    return GOVERNING.matcher(c.foldedName(actor)).find();
  }

  private static void policy(DocContext c, Sentence s, Phrases.Hit h, List<Draft> out) {
    if (Clauses.quoteSpeaker(c, h.first()) >= 0 || insideQuote(c, h.first())) {
      return; // "تلتزم بسياسة صارمة" inside someone's words is what they say, not a measure taken
    }
    if (h.first() > s.firstToken() && Clauses.bareWord(c.tokens.get(h.first() - 1)).equals("مشروع")
        && !Clauses.anyWord(c, Math.max(s.firstToken(), h.first() - 8), h.first(), ADOPTING)) {
      return; // "محاولة التأثير على مشروع قانون": a bill nobody here adopts is no measure taken
    }
    int actor = Clauses.agent(c, s, h.first(), EntityType.PERSON, EntityType.ORGANIZATION);
    if (actor < 0) {
      return;
    }
    Draft d = new Draft(FactType.POLICY, s.span()).role("actor", actor);
    int end = s.endToken();
    while (end > h.first() + 1 && c.tokens.get(end - 1).kind() == Token.Kind.PUNCT) {
      end--;
    }
    d.field("content", c.text(h.first(), end));
    d.confidence = 0.35;
    Attributions.apply(c, s, h.first(), d, actor, "occurred");
    out.add(d);
  }

  /**
   * The mentions after a trigger joined by و، or "and": "نيوفا وزيفرون", "with X and Y". With
   * {@code withPrep}, a ب مع with-phrase counts (التقى X بـ Y).
   */
  static List<Integer> chainAfter(DocContext c, Sentence s, int from, int exclude, boolean withPrep) {
    List<Integer> out = new ArrayList<>();
    int last = -1;
    for (EntityMention m : c.mentionsIn(from, s.endToken())) {
      if (last >= 0 && m.first() < last) {
        continue; // the person of "Acme CEO Dana Reed", taken already
      }
      // A place opens no list ("met in Washington"), but a name inside one is a member whatever
      // its type: "Acme, Vantor and Globex" where Vantor was taken for a town.
      if (m.entity() == exclude || last < 0 && c.typeOf(m.entity()) == EntityType.PLACE) {
        continue;
      }
      if (last >= 0 && m.end() + 1 < s.endToken() && Clauses.isComma(c.tokens.get(m.end()))
          && c.tokens.get(m.first()).hasPrefix('ل') && c.byToken[m.end() + 1] != null
          && c.typeOf(c.byToken[m.end() + 1].entity()) == EntityType.PERSON) {
        continue; // "والمدير التجاري للشركة، وليد الرشيدي": the company of a title before the person
      }
      if (last >= 0 && !joinedList(c, last, m.first())) {
        break;
      }
      if (last < 0 && m.first() - from > 8) {
        break;
      }
      if (m.end() + 1 < s.endToken() && c.tokens.get(m.end()).norm().equals("'s")
          && c.byToken[m.end() + 1] != null) {
        continue; // "Germany's Kessel Halbleiter": the owner's name describes the next one
      }
      EntityMention titled = titledPerson(c, s, m);
      if (titled != null) {
        m = titled; // "ABC News anchor George Stephanopoulos": the person the title describes
      }
      if (!out.contains(m.entity())) {
        out.add(m.entity());
      }
      last = m.end();
    }
    return out;
  }

  /** The person right after an organization and a title ("Acme CEO Dana Reed"), or null. */
  static EntityMention titledPerson(DocContext c, Sentence s, EntityMention org) {
    if (c.typeOf(org.entity()) == EntityType.PERSON) {
      return null;
    }
    int at = org.end();
    if (at < s.endToken() && c.tokens.get(at).norm().equals("'s")) {
      at++; // "Silverline's founder, Trevor Haskins" (the tokenizer writes ’s as 's too)
    }
    for (Phrases.Hit t : RoleFacts.TITLES.find(c.tokens, at, Math.min(s.endToken(), at + 4))) {
      if (t.first() != at) {
        continue;
      }
      int after = t.end();
      if (after + 1 < s.endToken() && Clauses.isComma(c.tokens.get(after))) {
        after++; // "Acme's chief executive, Dana Reed,": the title's holder set off by commas
      }
      EntityMention p = after < s.endToken() ? c.byToken[after] : null;
      if (p != null && p.first() == after && (c.typeOf(p.entity()) == EntityType.PERSON
          || c.typeOf(p.entity()) == EntityType.OTHER)) {
        return p;
      }
    }
    return null;
  }

  /**
   * Whether tokens [from, to) only join list members: commas, "and", "or", و, أو, with quotation
   * marks around the names; a quotation mark alone joins nothing (نيوفا "الأردنية").
   */
  /** Words after "and" that start a clause or a phrase, not a description of the next name. */
  private static final Set<String> NOT_DESCRIPTIONS = Set.of("which", "who", "that", "whose", "the", "its", "their", "his",
      "her", "from", "to", "of", "in", "for", "with", "by", "at", "on", "also", "then", "was", "were", "is", "are", "has",
      "have", "had");

  static boolean joinedList(DocContext c, int from, int to) {
    Token next = to < c.tokens.size() ? c.tokens.get(to) : null;
    // two names side by side are one list only when the second carries no preposition (لصندوق، بشركة)
    boolean separator = from == to && !(next != null && next.kind() == Token.Kind.ARABIC
        && (next.hasPrefix('ل') || next.hasPrefix('ب')));
    for (int k = from; k < to; k++) {
      Token t = c.tokens.get(k);
      String n = t.norm().toLowerCase(Locale.ROOT);
      if (n.equals("و") || n.equals("،") || n.equals(",") || n.equals("and") || n.equals("or") || n.equals("او")
          || kin(t) && k == from) {
        separator = true; // "جورج ميلر وزوجته ليندا": and his wife
      } else if (t.kind() == Token.Kind.ARABIC && t.prefix().startsWith("و") && onlyQuotes(c, k + 1, to)
          && org.isnad.recognize.HeadNounsAccess.isHead(t.stem())) {
        separator = true; // "شركة زيفرون وشركة ديلتاكس", "«أ» وشركة «ب»": and the company
      } else if (!separator && t.kind() == Token.Kind.ARABIC && t.hasArticle() && t.prefix().equals("ال")
          && org.isnad.link.Nominals.nisbaBase(t, 4) != null) {
        continue; // "«الجبل الأخضر» العمانية و«المحرق»": the name's nationality, then the list goes on
      } else if ((separator || k == from && t.kind() == Token.Kind.ARABIC && t.prefix().startsWith("و"))
          && titleBeforePerson(c, k, to)) {
        separator = true; // "العنزي والمدير التجاري للشركة، وليد الرشيدي": and the company's director, the person named
      } else if (separator && t.kind() == Token.Kind.LATIN && Character.isLowerCase(t.norm().charAt(0))
          && to - k <= 3 && afterAnd(c, from, k) && !NOT_DESCRIPTIONS.contains(n)) {
        continue; // "Permian Crest Energy and electric utility Lonestar Grid": a description after "and"
      } else if (t.kind() != Token.Kind.QUOTE) {
        return false;
      }
    }
    return separator;
  }

  private static boolean onlyQuotes(DocContext c, int from, int to) {
    for (int k = from; k < to; k++) {
      if (c.tokens.get(k).kind() != Token.Kind.QUOTE) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether token k is a word of an Arabic title in apposition to the person named at {@code to}:
   * a definite word or the ل-phrase of the title's organization, with a comma right before the name.
   */
  private static boolean titleBeforePerson(DocContext c, int k, int to) {
    Token t = c.tokens.get(k);
    if (to >= c.tokens.size() || c.byToken[to] == null || c.typeOf(c.byToken[to].entity()) != EntityType.PERSON
        || !Clauses.isComma(c.tokens.get(to - 1)) || to - k > 6 || t.kind() != Token.Kind.ARABIC) {
      return false;
    }
    return t.hasArticle() || t.norm().startsWith("ال") || t.prefix().startsWith("ل")
        || c.byToken[k] != null && c.tokens.get(c.byToken[k].first()).hasPrefix('ل');
  }

  /** Whether "and" / "or" stands in tokens [from, k) with only lower-case words after it. */
  private static boolean afterAnd(DocContext c, int from, int k) {
    for (int j = k - 1; j >= from; j--) {
      String n = c.tokens.get(j).norm().toLowerCase(Locale.ROOT);
      if (n.equals("and") || n.equals("or")) {
        return true;
      }
      if (!(c.tokens.get(j).kind() == Token.Kind.LATIN && Character.isLowerCase(n.charAt(0)))) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> KIN = Set.of("زوج", "زوجه", "ابن", "ابنه", "شقيق", "شقيقه", "اخ", "اخت", "والد",
      "والده", "نجل", "نجله");

  /** "وزوجته", "وابنه": و, a word of kinship and a pronoun, joining two people in a list. */
  private static boolean kin(Token t) {
    if (t.kind() != Token.Kind.ARABIC || !t.prefix().startsWith("و")) {
      return false;
    }
    String w = t.stem() + t.suffix();
    for (String end : new String[] {"ته", "تها", "ه", "ها"}) {
      if (w.endsWith(end) && KIN.contains(w.substring(0, w.length() - end.length()))) {
        return true;
      }
    }
    return false;
  }

  /** The words after a preposition marking the content ("بفرض رقابة", "of fraud"), up to the clause end. */
  private static String contentAfter(DocContext c, Sentence s, int from, String... markers) {
    for (int k = from; k < s.endToken(); k++) {
      Token t = c.tokens.get(k);
      String n = t.norm().toLowerCase(Locale.ROOT);
      boolean hit = false;
      for (String m : markers) {
        hit |= n.equals(m) || (m.length() == 1 && t.kind() == Token.Kind.ARABIC && t.prefix().startsWith(m)
            && c.byToken[k] == null && k > from);
      }
      if (hit) {
        int end = k + 1;
        while (end < s.endToken() && !isClauseEnd(c.tokens.get(end))) {
          end++;
        }
        return c.text(t.prefix().isEmpty() ? Math.min(k + 1, end - 1) : k, end);
      }
    }
    return null;
  }

  private static boolean isClauseEnd(Token t) {
    String n = t.norm();
    return n.equals(".") || n.equals("،") || n.equals(",") || n.equals("؛") || n.equals(";");
  }
}
