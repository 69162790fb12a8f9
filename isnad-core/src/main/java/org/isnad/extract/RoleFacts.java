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
          "مديرها التنفيذي", "المتحدث باسم", "المتحدثه باسم", "متحدث باسم", "متحدثه باسم", "المتحدث الرسمي باسم", "الناطق الاعلامي باسم", "المتحدث الاعلامي باسم", "العضو المنتدب", "عضو مجلس الاداره",
          "عضو مجلس اداره", "رئيس مجلس ادارتها", "رئيس مجلس ادارته", "الناطق باسم", "الناطق الرسمي باسم", "الناطقه باسم", "الناطقه الرسميه باسم",
          "ناطق باسم",
          "مؤسس", "المؤسس", "مؤسسها", "موسس", "الموسس", "موسسها", "الشريك المؤسس", "شريك مؤسس", "رئيس مجلس اداره",
          "رئيس مجلس الاداره", "رئيسه مجلس اداره", "المدير المالي", "الرئيس التشغيلي", "مدير العمليات", "نائب رئيس",
          "نائب الرئيس", "رئيس تحرير", "مالك", "المالك", "مالكها", "مستشار", "كبير مستشاري", "وزير", "وزيره",
          "مدير عام", "المدير العام", "مديرها العام", "الرئيس المدير العام", "رئيس مدير عام", "الرئيسه المديره العامه", "مدير", "مديره", "ولي العهد", "رئيس الوزراء", "رئيسه الوزراء",
          "سفير", "سفيره", "رئيس", "رئيسه", "الرئيسه التنفيذيه", "رئيسه تنفيذيه", "رئيستها التنفيذيه",
          "المديره التنفيذيه", "مديرتها التنفيذيه", "المديره العامه", "مديره عامه", "وكيل", "وكيله",
          "مسير", "مسيره", "المسير", "نائبه رئيس", "نائبه الرئيس", "رئيسه مجلس الاداره", "crown prince", "prime minister",
          "ambassador", "ceo", "chief executive", "chief executive officer", "founder", "co-founder",
          "cofounder", "chairman", "chairwoman", "chair", "president", "spokesperson", "spokesman", "spokeswoman",
          "director", "executive chairman", "owner", "minister", "secretary", "cfo", "coo", "cto",
          "vice president", "managing director", "partner", "adviser", "advisor", "head of", "editor", "publisher",
          "anchor", "host", "correspondent", "columnist", "reporter", "lawyer", "attorney", "general counsel",
          "executive director", "campaign manager", "senior adviser", "senior advisor", "general manager",
          "undersecretary", "under secretary", "deputy minister", "mayor", "deputy mayor", "commissioner",
          "chief operating officer", "chief financial officer", "chief technology officer", "co - founder",
          "vice chairman", "vice chair", "leader", "treasurer", "governor", "chief of staff");

  /** Verbs of leading and founding: X يرأس Y، Y التي يرأسها X، X founded Y. */
  static final Phrases VERBS = new Phrases()
      .add("رئيس", "يراس*", "تراس*", "يقود*", "تقود*", "قاد", "يدير*", "تدير*", "leads", "led", "runs", "ran", "heads",
          "headed", "chairs", "chaired", "to lead", "will lead")
      .add("مؤسس", "اسس", "اسست", "اسسها", "اسسه", "شارك في تاسيس", "founded", "co-founded", "cofounded", "started");

  private RoleFacts() {}

  static void readVerbs(DocContext c, Sentence s, List<Draft> out) {
    for (Phrases.Hit h : VERBS.find(c.tokens, s.firstToken(), s.endToken())) {
      int person;
      int org;
      String prev = h.first() > s.firstToken() ? c.tokens.get(h.first() - 1).norm().toLowerCase(java.util.Locale.ROOT) : "";
      EntityMention after = next(c, s, h.end(), 2);
      Token verbToken = c.tokens.get(h.end() - 1);
      boolean objectPronoun = verbToken.kind() != Token.Kind.ARABIC || !verbToken.suffix().isEmpty();
      if ((prev.equals("التي") || prev.equals("الذي") || prev.equals("which")) && objectPronoun) {
        // Y التي يرأسها X: the relative's antecedent is the organization; in "X، الذي يقود Y" the person
        List<EntityMention> before = c.mentionsIn(Math.max(s.firstToken(), h.first() - 5), h.first() - 1);
        if (before.isEmpty() || after == null) {
          continue;
        }
        org = before.get(before.size() - 1).entity();
        person = after.entity();
      } else if (prev.equals("who")) {
        // "Grant Sorensen, the Phoenix software billionaire who founded Saguaro Systems": the person described
        person = -1;
        for (EntityMention m : c.mentionsIn(s.firstToken(), h.first())) {
          if (c.typeOf(m.entity()) == EntityType.PERSON) {
            person = m.entity();
          }
        }
        org = after == null ? -1 : after.entity();
      } else {
        person = Clauses.agent(c, s, h.first(), EntityType.PERSON);
        org = after == null ? -1 : after.entity();
        if ((prev.equals("he") || prev.equals("she")) && (org < 0 || !isOrg(c, org))) {
          org = pronounObject(c, s, h);
        }
      }
      if (person < 0 || org < 0 || person == org || !isPerson(c, person) || !isOrg(c, org)
          || c.typeOf(person) == EntityType.OTHER && c.typeOf(org) == EntityType.PERSON) {
        continue;
      }
      Draft d = new Draft(FactType.ROLE, s.span());
      d.role("person", person).role("organization", org);
      d.field("title", c.doc.isArabic() ? h.label() : c.text(h.first(), h.end())); // "leads", as written
      d.confidence = 0.5;
      out.add(d);
    }
  }

  /**
   * What "he leads" / "that he founded" is about: "America PAC, the super PAC he leads" (the name
   * before), "a super PAC that he founded this year, America PAC" (the name after). -1 if none.
   */
  private static int pronounObject(DocContext c, Sentence s, Phrases.Hit h) {
    int pronoun = h.first() - 1;
    boolean relative = pronoun > s.firstToken() && c.tokens.get(pronoun - 1).norm().equalsIgnoreCase("that");
    if (relative) {
      for (EntityMention m : c.mentionsIn(h.end(), Math.min(s.endToken(), h.end() + 6))) {
        return isOrg(c, m.entity()) ? m.entity() : -1;
      }
      return -1;
    }
    List<EntityMention> before = c.mentionsIn(Math.max(s.firstToken(), pronoun - 8), pronoun);
    for (int k = before.size() - 1; k >= 0; k--) {
      if (isOrg(c, before.get(k).entity()) && c.typeOf(before.get(k).entity()) == EntityType.ORGANIZATION) {
        return before.get(k).entity();
      }
    }
    return -1;
  }

  static void read(DocContext c, Sentence s, List<Draft> out) {
    int lastPerson = -1;
    for (Phrases.Hit h : TITLES.find(c.tokens, s.firstToken(), s.endToken())) {
      String title = c.text(h.first(), h.end());
      Token tt = c.tokens.get(h.first());
      String clitics = tt.kind() == Token.Kind.ARABIC ? tt.prefix().replaceFirst("ال$", "") : "";
      if (h.phrase().startsWith(clitics + org.isnad.text.ar.ArabicNormalizer.normalize(tt.stem()))) {
        clitics = ""; // "ولي العهد": the و is the title's own letter
      }
      if (!clitics.isEmpty() && title.length() > clitics.length()) {
        title = title.substring(clitics.length()); // "بوزير الاقتصاد" → "وزير"
      }
      int titleStart = h.first();
      int org = -1;
      int orgEnd = h.end();
      EntityMention after = next(c, s, h.end(), 2);
      if (after != null && !c.doc.isArabic() && c.typeOf(after.entity()) != EntityType.ORGANIZATION
          && orgRightBefore(c, s, titleStart) >= 0) {
        after = null; // "ABC News spokesperson Jeannie Kedas": the organization before, the person after
      }
      if (after != null && isOrg(c, after.entity())) {
        org = after.entity();
        orgEnd = after.end();
      }
      if (org < 0 && c.doc.isArabic()) {
        EntityMention unit = unitOf(c, s, h.end());
        if (unit != null) {
          org = unit.entity(); // "مدير الإعلام بالوزارة، فلان": a department's head serves the body named
          orgEnd = unit.end();
        }
      }
      if (org < 0 && possessive(c, h)) {
        org = antecedentOrg(c, s, h.first());
      }
      if (org < 0 && c.doc.isArabic()) {
        int[] ministry = ministryOf(c, s, h);
        if (ministry != null) {
          org = ministry[0]; // "وزير المواصلات فلان" where the article names "وزارة المواصلات"
          orgEnd = ministry[1];
        }
      }
      if (org < 0 && titleStart > s.firstToken() && !c.doc.isArabic()) {
        // "OpenAI CEO Sam Altman", "Meta's spokesperson", "its CEO"
        int k = titleStart - 1;
        String prev = c.tokens.get(k).norm().toLowerCase(java.util.Locale.ROOT);
        if (prev.equals("its") || prev.equals("their")) {
          org = antecedentOrg(c, s, k);
          titleStart = k;
        } else {
          if (prev.equals("'s") && k > s.firstToken()) {
            k--;
          }
          EntityMention m = c.byToken[k];
          if (m != null && isOrg(c, m.entity()) && m.end() == k + 1) {
            org = m.entity();
            titleStart = m.first();
          }
        }
      }
      if (org < 0 && c.doc.isArabic()) {
        int[] country = countryByAdjective(c, s, h.end());
        if (country != null) {
          org = country[0]; // "وزير الاقتصاد الموريتاني فلان": the country the adjective names
          orgEnd = country[1];
        }
      }
      if (org < 0) {
        continue;
      }
      int person = -1;
      EntityMention p = next(c, s, Math.max(orgEnd, h.end()), 2);
      if (p != null && isPerson(c, p.entity()) && p.entity() != org) {
        person = p.entity();
      }
      if (person < 0 && c.doc.isArabic()) {
        EntityMention apposed = apposedPerson(c, s, Math.max(orgEnd, h.end()));
        if (apposed != null && apposed.entity() != org) {
          person = apposed.entity(); // "رئيس مجموعة «X» الصينية، السيد فلان", "رئيس اتحاد X لكرة القدم، فلان"
        }
      }
      if (person < 0) {
        person = adjacentBefore(c, s, titleStart, EntityType.PERSON);
      }
      if (person < 0 && lastPerson >= 0 && c.tokens.get(h.first()).prefix().startsWith("و")) {
        person = lastPerson; // "مؤسس شركة تسلا ورئيسها التنفيذي": a second title of the same person
      }
      if (person >= 0) {
        lastPerson = person;
      }
      if (person < 0 || person == org) {
        continue;
      }
      List<Integer> orgs = new java.util.ArrayList<>(List.of(org));
      if (after != null && after.entity() == org) {
        // "chair of Acme Media and Northwind Studios": one role per organization
        for (int e : RelationFacts.chainAfter(c, s, after.first(), person, false)) {
          if (!orgs.contains(e) && isOrg(c, e)) {
            orgs.add(e);
          }
        }
      }
      for (int o : orgs) {
        Draft d = new Draft(FactType.ROLE, s.span());
        d.role("person", person).role("organization", o);
        d.field("title", title.replaceFirst("^[وف](?=ال)", ""));
        d.confidence = o == org ? 0.6 : 0.5;
        Attributions.apply(c, s, h.first(), d, person, "ongoing");
        if (!nominated(c, s)) {
          // A title in apposition is the article's own description, whoever speaks in the sentence;
          // a role is planned only when the sentence names someone for it.
          d.status = null;
          d.attributionKind = "asserted";
          d.attributionSource = -1;
          d.attributionCue = null;
        } else if (!"planned".equals(d.status)) {
          d.status = null;
        }
        out.add(d);
      }
    }
  }

  /**
   * The person set off by a comma after an organization's name and its description: the closing
   * quotation mark, definite adjectives and ل-phrases (الصينية، لكرة القدم، الحديدية), the comma, an
   * honorific or a nationality (السيد، المحامي، البرتغالي), then the name. Null when the words differ.
   */
  static EntityMention apposedPerson(DocContext c, Sentence s, int from) {
    int k = from;
    int words = 0;
    while (k < s.endToken() && !Clauses.isComma(c.tokens.get(k))) {
      Token t = c.tokens.get(k);
      boolean describes = t.kind() == Token.Kind.QUOTE || t.kind() == Token.Kind.ARABIC && c.byToken[k] == null
          && (org.isnad.recognize.ArabicWords.isDefinite(t) || t.prefix().startsWith("ل"))
          && !org.isnad.recognize.ArabicWords.isFunction(t.norm());
      if (!describes || ++words > 4) {
        return null;
      }
      k++;
    }
    k++; // the comma
    int before = 0;
    while (k < s.endToken() && c.byToken[k] == null && before < 2) {
      Token t = c.tokens.get(k);
      if (t.kind() != Token.Kind.ARABIC
          || !(HONORIFICS.contains(t.norm()) || t.hasArticle() && org.isnad.link.Nominals.nisbaBase(t, 3) != null)) {
        return null;
      }
      k++;
      before++;
    }
    EntityMention m = k < s.endToken() ? c.byToken[k] : null;
    return m != null && m.first() == k && isPerson(c, m.entity()) ? m : null;
  }

  private static final java.util.Set<String> SENATORS = java.util.Set.of("السيناتور", "سيناتور", "senator", "sen.",
      "sen");

  /**
   * "السيناتور فلان", "Sen. Dana Reed": a senator sits in the Senate the article names (مجلس
   * الشيوخ, the Senate). Nothing when the article names no Senate.
   */
  static void readSenators(DocContext c, Sentence s, List<Draft> out) {
    int senate = -2;
    for (int k = s.firstToken(); k < s.endToken() - 1; k++) {
      Token t = c.tokens.get(k);
      String w = Clauses.bareWord(t);
      if (!SENATORS.contains(w) || c.byToken[k] != null && c.byToken[k].first() != k) {
        continue;
      }
      EntityMention p = c.byToken[k] != null ? c.byToken[k] : next(c, s, k + 1, 2);
      if (p == null || !isPerson(c, p.entity()) && !(c.byToken[k] != null && p.end() > k + 1)) {
        continue;
      }
      if (senate == -2) {
        senate = senate(c);
      }
      if (senate < 0 || senate == p.entity()) {
        return;
      }
      Draft d = new Draft(FactType.ROLE, s.span());
      d.role("person", p.entity()).role("organization", senate);
      d.field("title", c.text(k, k + 1).replaceFirst("^[وفل](?=ال)", "").replaceFirst("^لل", "ال"));
      d.confidence = 0.5;
      out.add(d);
    }
  }

  /** The Senate the document names, or -1. */
  private static int senate(DocContext c) {
    for (int e = 0; e < c.entities.size(); e++) {
      String name = c.foldedName(e);
      if (c.typeOf(e) == EntityType.ORGANIZATION && (name.contains("مجلس الشيوخ") || name.matches("(the )?(u\\.?s\\.? |us |united states )?senate"))) {
        return e;
      }
    }
    return -1;
  }

  private static final Phrases NOMINATION = new Phrases()
      .add("nominated", "رشح*", "يرشح*", "ترشيح*", "مرشح*", "اختار*", "اختيار*", "عين*", "يعين*", "تعيين*", "سيتولي",
          "ستتولي", "سيشغل", "nominat*", "pick", "picked", "tapped", "appoint*", "named", "to lead", "will lead",
          "would lead", "to serve as", "to become");

  /** Whether the sentence names someone for a post: رشح، تعيين، nominated, picked to lead. */
  private static boolean nominated(DocContext c, Sentence s) {
    return !NOMINATION.find(c.tokens, s.firstToken(), s.endToken()).isEmpty();
  }

  /**
   * {@link #nextName}, else the first name within {@code window} tokens after {@code from}:
   * "إلى رجل الأعمال فلان", "من قبل شركة واحة السماء", "مع المقاول الهندي «نيلكانث»", a description
   * before the name. Null when there is none.
   */
  static EntityMention nameAfterDescription(DocContext c, Sentence s, int from, int window) {
    EntityMention m = nextName(c, s, from);
    if (m != null) {
      return m;
    }
    List<EntityMention> near = c.mentionsIn(from, Math.min(s.endToken(), from + window));
    return near.isEmpty() ? null : near.get(0);
  }

  /** The name a title or "its owner" introduces: within two words, past commas and descriptions. */
  static EntityMention nextName(DocContext c, Sentence s, int from) {
    EntityMention m = next(c, s, from, 2);
    if (m != null) {
      return m;
    }
    // "its owner, Cypriot businessman Andreas Loizou": a comma, then a lower-case description
    int k = from;
    while (k < s.endToken() && k < from + 5 && c.byToken[k] == null) {
      Token t = c.tokens.get(k);
      boolean skip = t.norm().equals(",") || t.norm().equals("،") || t.kind() == Token.Kind.LATIN
          && (Character.isLowerCase(t.norm().charAt(0)) || org.isnad.recognize.NameRules.isDemonym(t.norm()));
      if (!skip) {
        return null;
      }
      k++;
    }
    return k < s.endToken() && c.byToken[k] != null && c.byToken[k].first() == k ? c.byToken[k] : null;
  }

  /** Honorifics between a title and its holder: رئيس الجهاز، الدكتور فلان. */
  private static final java.util.Set<String> HONORIFICS = java.util.Set.of("الدكتور", "الدكتوره", "المهندس",
      "المهندسه", "السيد", "السيده", "الشيخ", "الشيخه", "الاستاذ", "الاستاذه", "اللواء", "العميد", "الامير", "الاميره",
      "المحامي", "المحاميه",
      "dr", "dr.", "mr", "mr.", "ms", "ms.", "mrs", "mrs.");

  /** Words of tenure between a title and its holder: وزير المواصلات السابق فلان, former. */
  private static final java.util.Set<String> TENURE = java.util.Set.of("السابق", "السابقه", "الحالي", "الحاليه",
      "الجديد", "الجديده", "الاسبق", "former", "current", "then", "new", "outgoing", "incoming");

  /** The mention starting within {@code gap} tokens of {@code from}, only commas and "the" between. */
  /**
   * "مدير الإعلام بالوزارة"، "مدير الاتصالات لدى رمال": one or two definite words (the department),
   * then the organization with ب or ل, or after لدى. Null when the words are anything else (في is
   * where the title's holder is: "ولي العهد السعودي في البيت الأبيض").
   */
  private static EntityMention unitOf(DocContext c, Sentence s, int from) {
    for (int k = from; k < Math.min(s.endToken(), from + 3); k++) {
      EntityMention m = c.byToken[k];
      Token t = c.tokens.get(k);
      if (m != null && m.first() == k && k > from) {
        String before = c.tokens.get(k - 1).norm();
        boolean linked = t.kind() == Token.Kind.ARABIC && (t.prefix().startsWith("ب") || t.prefix().startsWith("ل"))
            || before.equals("لدي");
        return linked && isOrg(c, m.entity()) ? m : null;
      }
      boolean word = t.kind() == Token.Kind.ARABIC && t.hasArticle() && t.prefix().equals("ال");
      if (!(word || t.norm().equals("لدي"))) {
        return null;
      }
    }
    return null;
  }

  private static EntityMention next(DocContext c, Sentence s, int from, int gap) {
    for (int k = from; k < Math.min(s.endToken(), from + gap + 2); k++) {
      EntityMention m = c.byToken[k];
      if (m != null && m.first() == k) {
        return m;
      }
      Token t = c.tokens.get(k);
      String n = t.norm().toLowerCase(java.util.Locale.ROOT);
      if (t.kind() == Token.Kind.LATIN && Character.isLowerCase(n.charAt(0)) && k > from
          && c.tokens.get(k - 1).norm().equalsIgnoreCase("the") && k + 1 < s.endToken() && c.byToken[k + 1] != null) {
        continue; // "president of the nonpartisan Partnership for Public Service"
      }
      boolean head = t.kind() == Token.Kind.ARABIC && (org.isnad.recognize.HeadNounsAccess.isHead(t.stem())
          || t.stem().equals("شركتي")); // لشركة، لشركتي (of the two companies)
      boolean portfolio = k == from && t.kind() == Token.Kind.ARABIC && t.prefix().equals("لل") && k + 1 < s.endToken()
          && Clauses.isComma(c.tokens.get(k + 1)); // "وكيل الوزارة للنقل، فلان": the portfolio, then the name
      if (!(n.equals("،") || n.equals(",") || n.equals("the") || n.equals("of") || n.equals("at") || n.equals("باسم")
          || TENURE.contains(n) || HONORIFICS.contains(n) || n.equals("مجلس") || n.equals("اداره")
          || n.equals("ل") || n.equals("لـ") || head || portfolio || t.kind() == Token.Kind.QUOTE)) {
        return null;
      }
    }
    return null;
  }

  /**
   * A nationality adjective within a few words after a title (وزير الاقتصاد الموريتاني، ولي العهد
   * السعودي) and the country of the document it names: {entity, token after the adjective}, or
   * null. The country must be named in the article itself.
   */
  private static int[] countryByAdjective(DocContext c, Sentence s, int from) {
    for (int k = from; k < Math.min(s.endToken(), from + 4); k++) {
      Token t = c.tokens.get(k);
      if (c.byToken[k] != null || t.kind() != Token.Kind.ARABIC) {
        return null;
      }
      String base = org.isnad.link.Nominals.nisbaBase(t, 4);
      if (base == null) {
        continue;
      }
      for (int e = 0; e < c.entities.size(); e++) {
        if (org.isnad.link.Nominals.namesCountry(c.entities.get(e), base)) {
          return new int[] {e, k + 1};
        }
      }
      for (int e = 0; e < c.entities.size(); e++) {
        // "وزير الصناعة المغربي" where the article names only "الحكومة المغربية": the state it serves
        String[] w = c.foldedName(e).split(" ");
        if (c.typeOf(e) == EntityType.ORGANIZATION && w.length == 2 && w[0].equals("الحكومه")
            && w[1].startsWith("ال" + base)) {
          return new int[] {e, k + 1};
        }
      }
    }
    return null;
  }

  /**
   * "وزير المواصلات السابق فلان": the ministry the article names (وزارة المواصلات) for a minister
   * of that portfolio: {entity, token after the portfolio word}, or null.
   */
  private static int[] ministryOf(DocContext c, Sentence s, Phrases.Hit h) {
    String title = org.isnad.text.ar.ArabicNormalizer.normalize(h.phrase());
    if (!(title.equals("وزير") || title.equals("وزيره")) || h.end() >= s.endToken()) {
      return null;
    }
    Token portfolio = c.tokens.get(h.end());
    if (portfolio.kind() != Token.Kind.ARABIC || !portfolio.hasArticle() || c.byToken[h.end()] != null) {
      return null;
    }
    String wanted = "وزاره " + portfolio.norm();
    int end = h.end() + 1;
    while (end < s.endToken() && c.byToken[end] == null && c.tokens.get(end).kind() == Token.Kind.ARABIC
        && c.tokens.get(end).norm().startsWith("وال")) {
      end++; // "وزيرة الاقتصاد والمالية": the portfolio goes on
    }
    for (int e = 0; e < c.entities.size(); e++) {
      String name = c.foldedName(e);
      if (c.typeOf(e) == EntityType.ORGANIZATION && (name.equals(wanted) || name.startsWith(wanted + " "))) {
        // "بوزيرة الانتقال الطاقي والتنمية المستدامة، فلانة": the title ends where the ministry's name does
        String[] words = name.split(" ");
        int k = h.end();
        for (int w = 1; w < words.length && k < s.endToken() && c.tokens.get(k).norm().equals(words[w]); w++) {
          k++;
        }
        return new int[] {e, Math.max(end, k)};
      }
    }
    return null;
  }

  /** The organization mention ending right before {@code token} ("Acme CEO", "Acme's CEO"), or -1. */
  private static int orgRightBefore(DocContext c, Sentence s, int token) {
    int k = token - 1;
    if (k > s.firstToken() && c.tokens.get(k).norm().equals("'s")) {
      k--;
    }
    if (k < s.firstToken() || c.byToken[k] == null || c.byToken[k].end() != k + 1) {
      return -1;
    }
    int e = c.byToken[k].entity();
    return isOrg(c, e) ? e : -1;
  }

  /** The organization a possessive (رئيسها، its) points back to: the sentence's subject, else the last named. */
  private static int antecedentOrg(DocContext c, Sentence s, int token) {
    int subject = Clauses.sentenceSubject(c, s, EntityType.ORGANIZATION);
    if (subject >= 0 && isOrg(c, subject) && c.names(s.firstToken(), token, subject)) {
      return subject; // a pronoun points back: the subject counts only when named before it
    }
    return lastOrgBefore(c, token);
  }

  private static boolean isOrg(DocContext c, int e) {
    EntityType t = c.typeOf(e);
    return t == EntityType.ORGANIZATION || t == EntityType.OTHER;
  }

  /** رئيسها، مؤسسها: the title carries a pronoun pointing to an organization named earlier. */
  private static boolean possessive(DocContext c, Phrases.Hit h) {
    String first = h.phrase().split(" ")[0];
    String last = h.phrase().substring(h.phrase().lastIndexOf(' ') + 1);
    return first.endsWith("ها") || first.equals("رئيسه") && h.phrase().contains("التنفيذي") || last.endsWith("تها")
        || last.endsWith("ته");
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



  /** The mention ending right before {@code token}, with only commas, "the" or 's between. */
  private static int adjacentBefore(DocContext c, Sentence s, int token, EntityType type) {
    int k = token - 1;
    while (k >= s.firstToken()) {
      String n = c.tokens.get(k).norm().toLowerCase(java.util.Locale.ROOT);
      if (n.equals(",") || n.equals("،") || n.equals("the") || n.equals("'s") || n.equals("a") || n.equals("an")
          || n.equals("former")) {
        k--; // "Anita Sharma, a partner at ...", "Ray Castellano, a former chief executive of ..."
      } else {
        break;
      }
    }
    if (k < s.firstToken() || c.byToken[k] == null) {
      return -1;
    }
    EntityMention m = c.byToken[k];
    EntityType t = c.typeOf(m.entity());
    return t == type || t == EntityType.OTHER ? m.entity() : -1;
  }


  private static boolean isPerson(DocContext c, int e) {
    EntityType t = c.typeOf(e);
    return t == EntityType.PERSON || t == EntityType.OTHER;
  }
}
