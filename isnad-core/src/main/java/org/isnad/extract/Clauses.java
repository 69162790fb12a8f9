package org.isnad.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.isnad.fact.EntityType;
import org.isnad.text.Sentence;
import org.isnad.text.Token;

/**
 * Finds who fills a role around a trigger word, from the shape of the clause: in Arabic
 * the subject follows the verb (VSO) or precedes it (SVO), a recipient carries ل or follows
 * إلى, and a pronoun subject (أنها، إنه) points back to the subject of the sentence; in
 * English the subject precedes the verb and a recipient follows "to" or "for".
 */
final class Clauses {
  private static final Set<String> AR_PREPOSITIONS = Set.copyOf(java.util.Arrays.asList("في", "من", "علي", "الي", "عن", "مع", "ضد", "بين", "حول",
      "لدي", "عبر", "خلال", "منذ", "بعد", "قبل", "مثل", "لصالح", "تجاه", "بشان", "وفقا", "بحسب", "حسب", "نقلا"));
  private static final Set<String> EN_PREPOSITIONS = Set.copyOf(java.util.Arrays.asList("in", "of", "to", "for", "from", "with", "at", "on", "by",
      "against", "about", "between", "like", "including", "than", "into", "over", "under", "after", "before"));
  private static final Set<String> AR_PRONOUN_SUBJECT = Set.copyOf(java.util.Arrays.asList("انها", "انه", "انهم", "انهما", "وانها", "وانه", "فانها",
      "فانه", "بانها", "بانه", "لانها", "لانه", "هي", "هو", "هم"));
  private static final Set<String> EN_PRONOUNS = Set.copyOf(java.util.Arrays.asList("he", "she", "it", "they", "his", "her", "its", "their", "who",
      "which", "that"));

  private Clauses() {}

  /** A word as cue lists hold it: Arabic without its leading clitics, English in lower case. */
  static String bareWord(Token t) {
    return t.kind() == Token.Kind.ARABIC ? org.isnad.text.ar.Proclitics.strip(t.norm())
        : t.norm().toLowerCase(Locale.ROOT);
  }

  /** Whether one of tokens [from, to), read as {@link #bareWord}, is in {@code words}. */
  static boolean anyWord(DocContext c, int from, int to, Set<String> words) {
    for (int k = from; k < to; k++) {
      if (words.contains(bareWord(c.tokens.get(k)))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the mention stands in a prepositional phrase: a ب ل ك or في-like word before it. */
  static boolean prepositional(DocContext c, EntityMention m) {
    Token first = c.tokens.get(m.first());
    if (first.kind() == Token.Kind.ARABIC && (first.hasPrefix('ل') || first.hasPrefix('ب') || first.hasPrefix('ك'))
        && !first.prefix().equals("ال") && !prefixInName(c, m, first)) {
      return true;
    }
    if (m.first() > 0) {
      int p = m.first() - 1;
      while (p > 0 && (isDeterminer(c.tokens.get(p)) || c.tokens.get(p).kind() == Token.Kind.QUOTE)) {
        p--;
      }
      Token prev = c.tokens.get(p);
      if (prev.kind() == Token.Kind.ARABIC && (prev.hasPrefix('ل') || prev.hasPrefix('ب'))
          && !prev.prefix().equals("ال") && p == m.first() - 1 - quotesBetween(c, p, m.first())
          && org.isnad.recognize.HeadNounsAccess.isHead(prev.stem())) {
        return true; // لشركة "أبل": the name after a head noun that carries the preposition
      }
      if (prev.kind() == Token.Kind.ARABIC && prev.prefix().isEmpty() && !prev.norm().startsWith("ال") && p > 0
          && AR_PREPOSITIONS.contains(c.tokens.get(p - 1).norm()) && c.byToken[p] == null
          && !org.isnad.recognize.ArabicWords.isFunction(prev.norm())) { // "إلى أن طنوس التقى": أن opens a clause
        return true; // في قمة DealBook: the name completes a prepositional phrase
      }
      if (lamPhraseBefore(c, m.first())) {
        return true; // "التابعة لرجل الأعمال رامي الزين", "للملياردير فلان": a description with ل before the name
      }
      if (inTitlePhrase(c, p) && c.typeOf(m.entity()) != EntityType.PERSON) {
        return true; // الرئيس التنفيذي لشركة أبل: an apposition describing someone else
      }
      String n = prev.norm().toLowerCase(Locale.ROOT);
      if (AR_PREPOSITIONS.contains(n) || EN_PREPOSITIONS.contains(n) || n.equals("ل") || n.equals("لـ")
          || n.equals("ب") || (m.first() > 1 && AR_PREPOSITIONS.contains(prev.stem()))) {
        return true;
      }
      // A genitive: the head noun before it takes the name (حفل تنصيب ترامب): not a subject.
      // A quoted organization after its head noun is that body's own name (صندوق «الظفرة»), no genitive.
      if (prev.kind() == Token.Kind.ARABIC && !prev.hasArticle() && GENITIVE_HEADS.contains(prev.stem())
          && !(quotesBetween(c, p, m.first()) > 0 && c.typeOf(m.entity()) == EntityType.ORGANIZATION
              && org.isnad.recognize.HeadNounsAccess.isHead(prev.stem()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether one or two plain words before {@code first} open with ل (لرجل الأعمال، للملياردير). */
  private static boolean lamPhraseBefore(DocContext c, int first) {
    for (int k = first - 1; k >= Math.max(0, first - 2); k--) {
      Token t = c.tokens.get(k);
      if (t.kind() != Token.Kind.ARABIC || c.byToken[k] != null) {
        return false;
      }
      String p = t.prefix();
      if ((p.equals("ل") || p.equals("لل") || p.equals("ول") || p.equals("ولل")) && t.stem().length() >= 3) {
        return true;
      }
      if (!t.hasArticle()) {
        return false; // only "ال" words may stand between: لرجل الأعمال
      }
    }
    return false;
  }

  /** Whether the name keeps its first letter where the segmenter saw a clitic (بايت دانس، ليلى). */
  private static boolean prefixInName(DocContext c, EntityMention m, Token first) {
    return c.entities.get(m.entity()).mentions().stream()
        .anyMatch(x -> x.span().start() == first.start() && first.start() < x.span().end());
  }

  private static int quotesBetween(DocContext c, int from, int to) {
    int n = 0;
    for (int k = from + 1; k < to; k++) {
      n += c.tokens.get(k).kind() == Token.Kind.QUOTE ? 1 : 0;
    }
    return n;
  }

  /** Whether token {@code p} ends a title such as "الرئيس التنفيذي ل" or "chief executive of". */
  private static boolean inTitlePhrase(DocContext c, int p) {
    int from = Math.max(0, p - 3);
    for (Phrases.Hit h : RoleFacts.TITLES.find(c.tokens, from, p + 1)) {
      if (h.end() >= p && h.end() <= p + 1) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDeterminer(Token t) {
    String n = t.norm().toLowerCase(Locale.ROOT);
    return n.equals("the") || n.equals("a") || n.equals("an") || n.equals("its") || n.equals("his") || n.equals("her")
        || n.equals("their");
  }

  private static final Set<String> GENITIVE_HEADS = Set.copyOf(java.util.Arrays.asList("حفل", "تنصيب", "حمله", "صندوق", "لجنه", "اداره", "اسهم",
      "رييس", "موسس", "مالك", "متحدث", "متحدثه", "باسم", "مدير", "حساب", "حسابات", "منصه", "موقع", "مقر",
      "رياسه", "عهد", "ولايه", "حكومه", "فريق", "عايله", "زوجه", "زوج", "ابن", "ابنه"));

  /** Whether the clause's subject before {@code trigger} is a pronoun (أنها تبرعت، إنه يخطط). */
  static boolean pronounSubject(DocContext c, Sentence s, int trigger) {
    for (int k = Math.max(s.firstToken(), trigger - 3); k < trigger; k++) {
      Token t = c.tokens.get(k);
      String n = t.norm().toLowerCase(Locale.ROOT);
      if (AR_PRONOUN_SUBJECT.contains(n) || EN_PRONOUNS.contains(n)) {
        return true;
      }
    }
    return false;
  }

  private static final int NO_PRONOUN = -3;

  /**
   * With a pronoun subject (أنه تبرع، "it gave"): the sentence's subject if it stands before the
   * trigger, -1 when the subject is named only after it ("أعلن الحاكم أنه كلف فلان": فلان is the
   * object), {@link #NO_PRONOUN} when there is no pronoun or no subject to read.
   */
  private static int pronounAntecedent(DocContext c, Sentence s, int trigger, EntityType... types) {
    if (!pronounSubject(c, s, trigger)) {
      return NO_PRONOUN;
    }
    int subj = sentenceSubject(c, s, types);
    if (subj < 0) {
      return NO_PRONOUN;
    }
    return c.names(s.firstToken(), trigger, subj) ? subj : -1;
  }

  /** The sentence's subject: its first mention outside a prepositional phrase, or -1. */
  static int sentenceSubject(DocContext c, Sentence s, EntityType... types) {
    for (EntityMention m : c.mentionsIn(s.firstToken(), s.endToken())) {
      if (inMainClause(c, m) && accepts(c, m.entity(), types)) {
        return m.entity();
      }
    }
    return -1;
  }

  /**
   * Whether the mention stands in the sentence's own clause: in no prepositional phrase, and not the
   * subject of a clause a preposition governs ("تشير إلى أن ألتمان").
   */
  static boolean inMainClause(DocContext c, EntityMention m) {
    return !prepositional(c, m) && !thatAfterPreposition(c, m);
  }

  /** "تشير إلى أن ألتمان": the subject of a clause that a preposition governs, not the sentence's. */
  private static boolean thatAfterPreposition(DocContext c, EntityMention m) {
    int p = m.first() - 1;
    return p > 0 && c.tokens.get(p).norm().equals("ان") && AR_PREPOSITIONS.contains(c.tokens.get(p - 1).norm());
  }

  /**
   * The agent of a trigger: with a pronoun subject, the sentence subject; otherwise the nearest
   * mention before it in the clause, else the first one after it (verb first), else -1.
   */
  static int agent(DocContext c, Sentence s, int trigger, EntityType... types) {
    if (!c.doc.isArabic()) {
      return englishAgent(c, s, trigger, types);
    }
    int antecedent = pronounAntecedent(c, s, trigger, types);
    if (antecedent != NO_PRONOUN) {
      return antecedent;
    }
    Token trig = c.tokens.get(trigger);
    if (trig.kind() == Token.Kind.ARABIC && trig.prefix().equals("ل") && trigger > s.firstToken()) {
      // "خطط المملكة لاستثمار": the name right before an infinitive of purpose does it
      EntityMention m = c.byToken[trigger - 1];
      Token mf = m == null ? null : c.tokens.get(m.first());
      if (m != null && m.end() == trigger && accepts(c, m.entity(), types)
          && !(mf.hasPrefix('ل') || mf.hasPrefix('ب')) || m != null && m.end() == trigger && mf.prefix().equals("ال")) {
        return m.entity();
      }
    }
    int rel = trigger - 1;
    while (rel > s.firstToken() && (c.tokens.get(rel).norm().equals("قد") || c.tokens.get(rel).norm().equals("كان"))) {
      rel--;
    }
    if (rel >= s.firstToken() && AR_RELATIVES.contains(c.tokens.get(rel).norm())) {
      // "التي تتبرع فيها نيوفا": a relative clause may name its own subject after the verb
      int own = firstAfterResumptive(c, s, trigger, types);
      if (own >= 0) {
        return own;
      }
      // "مع الزين، وهو داعم قوي للحاكم الذي أنفق": inside an apposition opened by وهو the relative
      // clause goes on describing the name the apposition follows, whatever its preposition
      for (int v = rel - 1; v > s.firstToken() && v >= rel - 6; v--) {
        String n = c.tokens.get(v).norm();
        if (n.equals("وهو") || n.equals("وهي") || n.equals("وهم")) {
          int e = v - 1;
          while (e > s.firstToken() && (c.tokens.get(e).norm().equals("،") || c.tokens.get(e).norm().equals(","))) {
            e--;
          }
          if (c.byToken[e] != null && accepts(c, c.byToken[e].entity(), types)) {
            return c.byToken[e].entity();
          }
          break;
        }
      }
      // "الزين، وهو داعم للحاكم الذي أنفق": the relative clause hangs on the last name before it
      List<EntityMention> before = c.mentionsIn(s.firstToken(), rel);
      for (int j = before.size() - 1; j >= 0; j--) {
        if (!prepositional(c, before.get(j)) && accepts(c, before.get(j).entity(), types)) {
          return before.get(j).entity();
        }
      }
    }
    int kana = kanaQadSubject(c, s, trigger, types);
    if (kana >= 0) {
      return kana;
    }
    if (c.doc.isArabic() && verbFirst(c, s, trigger)) {
      int titled = titledSubject(c, s, trigger, true, types);
      if (titled >= 0) {
        return titled; // "استقبل رئيس الهيئة، فلان،": the title's holder, not its body
      }
    }
    if (c.doc.isArabic()) {
      int after = firstAfter(c, s, trigger, 3, types);
      if (after < 0 && verbFirst(c, s, trigger)) {
        after = titledSubject(c, s, trigger, types);
      }
      if (after >= 0 && verbFirst(c, s, trigger)) {
        return after;
      }
    }
    int head = appositionHead(c, s, trigger, types);
    if (head >= 0) {
      return head;
    }
    List<EntityMention> before = c.mentionsIn(s.firstToken(), trigger);
    for (int k = before.size() - 1; k >= 0; k--) {
      EntityMention m = before.get(k);
      if (!prepositional(c, m) && accepts(c, m.entity(), types) && !crossesClause(c, m.end(), trigger)) {
        return m.entity();
      }
    }
    if (c.doc.isArabic()) {
      int after = firstAfter(c, s, trigger, 3, types);
      if (after >= 0) {
        return after;
      }
      if (verbFirst(c, s, trigger) && s.index() > 0 && !c.tokens.get(trigger).hasArticle()) {
        // "والتقى بترامب": a verb with no subject of its own continues the sentence before; a
        // person named there before a conference or a newspaper is the likelier subject.
        Sentence prev = c.doc.sentences().get(s.index() - 1);
        int person = java.util.Arrays.asList(types).contains(EntityType.PERSON) ? firstPerson(c, prev) : -1;
        if (person >= 0) {
          return person;
        }
        return sentenceSubject(c, prev, types);
      }
    }
    return -1;
  }

  /** The speaker of the quote the token stands in, or -1. */
  static int quoteSpeaker(DocContext c, int token) {
    int at = c.tokens.get(token).start();
    for (org.isnad.recognize.Quote q : c.quotes) {
      if (q.inner().start() <= at && at < q.inner().end()) {
        Integer sp = c.quoteSpeakers.get(q.span().start());
        if (sp != null && q.depth() == 0) {
          return sp;
        }
      }
    }
    return -1;
  }

  private static final Set<String> EN_CLAUSE_BREAKS = Set.of(";", "while", "but", "whereas", "although", "though",
      "after", "before", "because", "since", "when", "as", "and", "show", "shows", "showed", "said", "says",
      "reported", "revealed", "indicate", "indicates", "disclosed");
  private static final Set<String> AR_RELATIVES = Set.of("الذي", "التي", "الذين", "اللذين", "اللتين");
  private static final Set<String> EN_RELATIVES = Set.of("who", "which", "that");

  /**
   * English subject of a verb: after "who"/"which", the mention the relative clause hangs on;
   * otherwise the first mention of the clause (appositions between it and the verb are skipped:
   * "Dana Reed, nominated as ambassador, donated").
   */
  static int englishAgent(DocContext c, Sentence s, int trigger, EntityType... types) {
    int k = trigger - 1;
    while (k >= s.firstToken() && isAuxiliary(c.tokens.get(k))) {
      k--;
    }
    if (k >= s.firstToken() && (c.tokens.get(k).norm().equals("I") || c.tokens.get(k).norm().equalsIgnoreCase("we"))) {
      return quoteSpeaker(c, trigger); // "... because I donated to the party," Dana Reed said
    }
    if (k >= s.firstToken() && Set.of("she", "he").contains(c.tokens.get(k).norm().toLowerCase(Locale.ROOT))) {
      // "where she met the minister": the last person named before, not the clause's first name;
      // "He also gave ..." opening a sentence: the person the sentence before was about
      if (k == s.firstToken() && s.index() > 0) {
        int person = firstPerson(c, c.doc.sentences().get(s.index() - 1));
        if (person >= 0 && accepts(c, person, types)) {
          return person;
        }
      }
      for (EntityMention m : c.mentionsIn(s.firstToken(), k)) {
        if (!prepositional(c, m)) {
          EntityType t = c.typeOf(m.entity());
          Token after = m.end() < s.endToken() ? c.tokens.get(m.end()) : null;
          if (t == EntityType.OTHER && (org.isnad.recognize.NameRules.isDemonym(c.text(m.first(), m.end()))
              || m.end() - m.first() == 1 && after != null && after.kind() == Token.Kind.LATIN
              && Character.isLowerCase(after.norm().charAt(0)) && m.first() > 0
              && Set.of("the", "a", "an").contains(c.tokens.get(m.first() - 1).norm().toLowerCase(Locale.ROOT)))) {
            continue; // "an Arabian horse", "the Omani government": a word describing a noun, no one
          }
          boolean personLike = t == EntityType.PERSON || t == EntityType.OTHER && (m.end() - m.first() == 1
              || org.isnad.recognize.PersonNames.get().isEnglishGivenName(c.tokens.get(m.first()).norm()));
          if (personLike && accepts(c, m.entity(), types)) {
            return m.entity(); // "Musk gave $120 million to America PAC, the super PAC he leads": the subject
          }
          if (t == EntityType.PERSON || t == EntityType.OTHER) {
            continue; // "Cuyahoga Crossing gave him a painting, which he says he returned": no one "he" names
          }
          break;
        }
      }
      for (int j = k - 1; j >= Math.max(0, k - 60); j--) {
        EntityMention m = c.byToken[j];
        if (m != null && c.typeOf(m.entity()) == EntityType.PERSON && accepts(c, m.entity(), types)) {
          return m.entity();
        }
      }
    }
    if (k >= s.firstToken() && EN_RELATIVES.contains(c.tokens.get(k).norm().toLowerCase(Locale.ROOT))) {
      // "the Herald, which was acquired": the relative hangs on the nearest name outside a
      // prepositional phrase ("Pilgrim's Pride, based in Colorado, which contributed")
      List<EntityMention> before = c.mentionsIn(s.firstToken(), k);
      for (int j = before.size() - 1; j >= 0; j--) {
        EntityMention m = before.get(j);
        if (accepts(c, m.entity(), types) && !prepositional(c, m)) {
          return m.entity();
        }
      }
    }
    int antecedent = pronounAntecedent(c, s, trigger, types);
    if (antecedent != NO_PRONOUN) {
      return antecedent;
    }
    if (k > s.firstToken() && isComma(c.tokens.get(k))) {
      // "Warren Stephens, nominated as US ambassador, donated": the name before the apposition gives
      for (int j = k - 1; j > s.firstToken() && j >= k - 15; j--) {
        if (isComma(c.tokens.get(j))) {
          EntityMention before = c.byToken[j - 1];
          if (before != null && !prepositional(c, before) && accepts(c, before.entity(), types)) {
            return before.entity();
          }
          break;
        }
      }
    }
    int clauseStart = s.firstToken();
    for (int j = trigger - 1; j > s.firstToken(); j--) {
      String n = c.tokens.get(j).norm().toLowerCase(Locale.ROOT);
      if (EN_CLAUSE_BREAKS.contains(n) && !(n.equals("and") && c.byToken[j - 1] != null && c.byToken[j + 1] != null)) {
        clauseStart = j + 1;
        break;
      }
    }
    for (EntityMention m : c.mentionsIn(clauseStart, trigger)) {
      // "after Reed said": the subordinator opens a clause, its first name is a subject
      boolean opensClause = m.first() == clauseStart && clauseStart > s.firstToken();
      if ((opensClause || !prepositional(c, m)) && accepts(c, m.entity(), types)) {
        int person = describedPerson(c, m, trigger);
        if (person != -1) {
          return person;
        }
        EntityMention named = describedName(c, m, trigger);
        if (named == null && m.end() + 1 < trigger && c.tokens.get(m.end()).norm().equals("'s")
            && c.byToken[m.end() + 1] != null && c.byToken[m.end() + 1].first() == m.end() + 1) {
          named = c.byToken[m.end() + 1]; // "Qatar's National Roads Authority has awarded": the authority acts
        }
        if (named == null && m.end() + 3 < trigger && c.tokens.get(m.end()).norm().equals("'s")
            && EN_KIN.contains(c.tokens.get(m.end() + 1).norm().toLowerCase(Locale.ROOT))
            && c.tokens.get(m.end() + 2).norm().equals(",") && c.byToken[m.end() + 3] != null) {
          named = c.byToken[m.end() + 3]; // "Lindqvist's wife, Hannah Lindqvist, gave": the wife gives
        }
        return named != null && accepts(c, named.entity(), types) ? named.entity() : m.entity();
      }
    }
    return -1;
  }

  private static final Set<String> EN_KIN = Set.of("wife", "husband", "son", "daughter", "brother", "sister",
      "father", "mother", "widow", "partner");

  private static final Set<String> EN_FUNCTION = Set.of("and", "or", "of", "to", "in", "for", "with", "by", "on",
      "at", "the", "a", "an", "has", "had", "have", "was", "were", "is", "are", "will", "would", "also", "who", "which",
      "that", "its", "his", "her", "their");

  /**
   * "Cryptocurrency firm Ripple Labs", "Arkansas financier Warren Stephens": a name, one or two
   * lower-case nouns, then the name they describe, before the verb. Null when no such name follows.
   */
  private static EntityMention describedName(DocContext c, EntityMention m, int trigger) {
    int k = m.end();
    int words = 0;
    while (k < trigger && words < 3) {
      Token t = c.tokens.get(k);
      String n = t.norm();
      if (c.byToken[k] != null) {
        EntityMention next = c.byToken[k];
        return words >= 1 && next.first() == k && next.end() <= trigger ? next : null;
      }
      if (t.kind() != Token.Kind.LATIN || !Character.isLowerCase(n.charAt(0)) || EN_FUNCTION.contains(n)
          || n.endsWith("ed")) {
        return null;
      }
      words++;
      k++;
    }
    return null;
  }

  private static final Set<String> EN_PERSON_NOUNS = Set.of("executive", "founder", "co-founder", "ceo", "chief",
      "billionaire", "mogul", "magnate", "tycoon", "entrepreneur", "owner", "chairman", "investor", "boss");

  /**
   * "the Acme and Globex executive gave": names that only describe a person ("executive") stand
   * for the person the article last named; -1 when the names are the subject themselves, -2
   * when they describe a person the article has not named.
   */
  private static int describedPerson(DocContext c, EntityMention m, int trigger) {
    int k = m.end();
    while (k < trigger && c.byToken[k] == null && RelationFacts.joinedList(c, k, k + 1)) {
      k++;
      while (k < trigger && c.byToken[k] != null) {
        k = c.byToken[k].end();
      }
    }
    if (k >= trigger || !EN_PERSON_NOUNS.contains(c.tokens.get(k).norm().toLowerCase(Locale.ROOT))) {
      return -1;
    }
    Sentence s = c.sentenceOf(m.first());
    if (s != null && s.index() > 0) {
      int person = firstPerson(c, c.doc.sentences().get(s.index() - 1));
      if (person >= 0) {
        return person; // the person the sentence before is about
      }
    }
    for (int j = m.first() - 1; j >= 0; j--) {
      EntityMention p = c.byToken[j];
      if (p != null && c.typeOf(p.entity()) == EntityType.PERSON) {
        return p.entity();
      }
    }
    return -2;
  }

  private static final Set<String> EXAMPLE_MARKERS = Set.of("مثل", "منها", "بينها", "هي", "هم", "including", "like",
      "such", "namely");

  /**
   * Names listed after an example marker near a trigger: "ساهمت شركات أخرى، مثل زيفرون ونيوفا"
   * (companies such as ...), "accused several platforms, including Meta and Google". Empty when
   * there is no such list within a few words.
   */
  static List<Integer> examplesAfter(DocContext c, Sentence s, int from, int window) {
    for (int k = from; k < Math.min(s.endToken(), from + window); k++) {
      Token t = c.tokens.get(k);
      String n = Clauses.bareWord(t);
      if (EXAMPLE_MARKERS.contains(n)) {
        int start = n.equals("such") ? k + 2 : k + 1;
        return RelationFacts.chainAfter(c, s, start, -1, false);
      }
      if ((t.norm().equals("كل") || t.norm().equals("وكل")) && k + 1 < s.endToken()
          && c.tokens.get(k + 1).norm().equals("من")) {
        return RelationFacts.chainAfter(c, s, k + 2, -1, false); // "ستمتلك كل من أ وب وج": each of
      }
      if (c.byToken[k] != null && !(c.tokens.get(k).hasPrefix('ل') && c.byToken[k].first() == k)) {
        return List.of(); // a name before the marker; "شركات للأسمنت، هي ...": a ل-phrase is no such name
      }
    }
    return List.of();
  }

  /**
   * The names listed after "X وغيره من ... مثل A وB" / "X and other companies such as A and B":
   * they do what X does. Empty when the mention of X in the sentence is not followed by such a
   * phrase.
   */
  static List<Integer> othersSuchAs(DocContext c, Sentence s, int entity) {
    for (EntityMention m : c.mentionsIn(s.firstToken(), s.endToken())) {
      if (m.entity() != entity || m.end() + 1 >= s.endToken()) {
        continue;
      }
      Token t = c.tokens.get(m.end());
      String n = t.norm().toLowerCase(Locale.ROOT);
      boolean others = t.kind() == Token.Kind.ARABIC && (n.startsWith("وغير") || n.startsWith("وساير"))
          || n.equals("and") && c.tokens.get(m.end() + 1).norm().equalsIgnoreCase("other");
      if (others) {
        List<Integer> listed = new java.util.ArrayList<>();
        for (int e : examplesAfter(c, s, m.end() + 1, 8)) {
          EntityMention at = null;
          for (EntityMention x : c.mentionsIn(m.end() + 1, s.endToken())) {
            if (x.entity() == e) {
              at = x;
              break;
            }
          }
          Token first = at == null ? null : c.tokens.get(at.first());
          String before = at == null || at.first() == 0 ? "" : c.tokens.get(at.first() - 1).norm().toLowerCase(Locale.ROOT);
          if (at != null && (first.hasPrefix('ل') || first.hasPrefix('ب') || before.equals("to") || before.equals("for"))) {
            break; // "مثل A وB لترامب": the list ends where the recipient begins
          }
          if (e != entity) {
            listed.add(e);
          }
        }
        return listed;
      }
    }
    return List.of();
  }

  private static final Set<String> DISTRIBUTIVES = Set.of("each", "apiece", "منها", "منهم", "منهما", "جهه", "شركه",
      "واحد", "واحده");

  /**
   * Whether the clause says the amount is per party: "each gave", "$1 million apiece", "تبرعت كل
   * جهة", "بمليون دولار لكل منها".
   */
  static boolean distributive(DocContext c, Sentence s, int trigger) {
    int from = Math.max(s.firstToken(), trigger - 3);
    int to = Math.min(s.endToken(), trigger + 25);
    for (int k = from; k < to; k++) {
      Token t = c.tokens.get(k);
      String n = t.norm().toLowerCase(Locale.ROOT);
      if (k > trigger && crossesClause(c, k, k + 1)) {
        return false; // "تلقت اللجنة ...، فيما قدم كل من أ وب ... لكل منهما": the next clause's "each"
      }
      if (n.equals("each") || n.equals("apiece")) {
        return true;
      }
      if ((n.equals("كل") || n.equals("لكل") || n.equals("بكل")) && k + 1 < s.endToken()
          && DISTRIBUTIVES.contains(c.tokens.get(k + 1).norm())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The last list of two or more names joined by commas and "and" / و in tokens [from, to) of
   * the sentence, or an empty list.
   */
  static List<Integer> lastList(DocContext c, Sentence s, int from, int to, EntityType... types) {
    List<Integer> best = List.of();
    List<Integer> run = new java.util.ArrayList<>();
    int last = -1;
    for (EntityMention m : c.mentionsIn(from, to)) {
      if (m.first() < last) {
        continue; // the person of "Amazon founder Jeff Bezos", taken already
      }
      if (last >= 0 && !RelationFacts.joinedList(c, last, m.first())) {
        if (run.size() >= 2) {
          best = run;
        }
        run = new java.util.ArrayList<>();
      }
      EntityMention titled = RelationFacts.titledPerson(c, s, m);
      if (titled != null && titled.end() <= to) {
        m = titled; // "Meta's Mark Zuckerberg and Amazon founder Jeff Bezos each gave": the person gives
      }
      if (!run.contains(m.entity())) {
        run.add(m.entity());
      }
      last = m.end();
    }
    return run.size() >= 2 ? run : best;
  }

  /**
   * Names listed after an example marker in the words before a trigger: "companies including
   * Acme, Globex and Initech gave", "شركات مثل أكمي وغلوبكس ساهمت". Empty when there is none.
   */
  static List<Integer> examplesBefore(DocContext c, Sentence s, int trigger) {
    for (int k = Math.max(s.firstToken(), trigger - 25); k < trigger; k++) {
      Token t = c.tokens.get(k);
      String n = Clauses.bareWord(t);
      if (EXAMPLE_MARKERS.contains(n) && c.byToken[k] == null) {
        int start = n.equals("such") ? k + 2 : k + 1;
        List<Integer> chain = RelationFacts.chainAfter(c, s, start, -1, false);
        if (chain.size() >= 2 && !crossesClause(c, start, trigger)) {
          return chain;
        }
      }
    }
    return List.of();
  }

  /** All subjects of a verb joined by "and" / و: "Zuckerberg and Bezos each donated". */
  static List<Integer> agents(DocContext c, Sentence s, int trigger, EntityType... types) {
    if (c.doc.isArabic() && verbFirst(c, s, trigger)) {
      List<Integer> listed = examplesAfter(c, s, trigger + 1, 6);
      if (listed.size() >= 2) {
        return listed;
      }
    }
    List<Integer> examples = examplesBefore(c, s, trigger);
    if (examples.size() >= 2) {
      return examples;
    }
    if (distributive(c, s, trigger)) {
      List<Integer> listed = lastList(c, s, s.firstToken(), trigger, types);
      if (listed.isEmpty() && verbFirst(c, s, trigger)) {
        listed = lastList(c, s, trigger + 1, s.endToken(), types);
      }
      if (listed.size() >= 2) {
        return listed;
      }
    }
    int first = agent(c, s, trigger, types);
    List<Integer> out = new java.util.ArrayList<>();
    if (first < 0) {
      return out;
    }
    out.add(first);
    EntityMention at = null;
    for (EntityMention m : c.mentionsIn(s.firstToken(), trigger)) {
      if (m.entity() == first) {
        at = m;
      }
    }
    if (at == null) {
      return out;
    }
    int k = at.end();
    while (k + 1 < trigger) {
      int j = k;
      while (j < trigger && c.byToken[j] == null && (RelationFacts.joinedList(c, j, j + 1)
          || c.tokens.get(j).kind() == Token.Kind.QUOTE)) {
        j++;
      }
      EntityMention next = j < trigger ? c.byToken[j] : null;
      if (j == k || !RelationFacts.joinedList(c, k, j) || next == null || next.first() != j) {
        break;
      }
      // "Acme's Dana Reed and Northwind founder Sam Cole": skip an organization and its title
      if (accepts(c, next.entity(), types) && !out.contains(next.entity())) {
        out.add(next.entity());
      }
      k = next.end();
    }
    return out;
  }

  private static boolean isAuxiliary(Token t) {
    String n = t.norm().toLowerCase(Locale.ROOT);
    return n.equals("also") || n.equals("has") || n.equals("have") || n.equals("had") || n.equals("each")
        || n.equals("was") || n.equals("were") || n.equals("been") || n.equals("is") || n.equals("are")
        || n.equals("would") || n.equals("will") || n.equals("reportedly") || n.equals("personally");
  }

  /** An Arabic verb starts its clause when nothing but particles stands between it and the clause start. */
  static boolean verbFirst(DocContext c, Sentence s, int trigger) {
    for (int k = trigger - 1; k >= s.firstToken(); k--) {
      Token t = c.tokens.get(k);
      String n = t.norm();
      if (t.kind() == Token.Kind.PUNCT || n.equals("ان") || n.equals("وان") || n.equals("كما") || n.equals("قد")
          || n.equals("وقد") || n.equals("فقد") || n.equals("لقد") || n.equals("حيث") || n.equals("ثم")) {
        return true;
      }
      if (c.byToken[k] != null) {
        return false;
      }
      if (t.kind() == Token.Kind.ARABIC && k < trigger - 2) {
        return false;
      }
    }
    return true;
  }

  private static boolean crossesClause(DocContext c, int from, int to) {
    for (int k = from; k < to; k++) {
      String n = c.tokens.get(k).norm();
      if (n.equals(".") || n.equals(";") || n.equals("؛") || n.equals("لكن") || n.equals("ولكن") || n.equals("but")
          || n.equals("بينما") || n.equals("while") || n.equals("حيث") || n.equals("فيما")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "نيوفا، التي يرأسها سامي برهوم، قد تبرعت": when the words before the verb end with an
   * apposition between commas that follows a name, that name is the subject, not the one inside
   * the apposition. -1 when there is no such apposition.
   */
  private static int appositionHead(DocContext c, Sentence s, int trigger, EntityType... types) {
    int k = trigger - 1;
    while (k > s.firstToken() && !isComma(c.tokens.get(k))) {
      if (c.byToken[k] != null || k < trigger - 4) {
        return -1; // a name or more than a few words between the closing comma and the verb
      }
      k--;
    }
    int close = k;
    for (int j = close - 1; j > s.firstToken() && j >= close - 12; j--) {
      if (!isComma(c.tokens.get(j))) {
        continue;
      }
      if (j == close - 1) {
        return -1;
      }
      int h = j - 1;
      while (h > s.firstToken() && (c.tokens.get(h).kind() == Token.Kind.QUOTE || c.byToken[h] == null
          && h >= j - 2 && c.tokens.get(h).kind() == Token.Kind.ARABIC && c.tokens.get(h).hasPrefix('ل'))) {
        h--; // "شركة دار الساحل للمقاولات، المدرجة في ...،": a ل-descriptor closes the name
      }
      EntityMention m = c.byToken[h];
      boolean inside = !c.mentionsIn(j + 1, close).isEmpty();
      if (m != null && inside && !prepositional(c, m) && accepts(c, m.entity(), types)) {
        return m.entity();
      }
      return -1;
    }
    return -1;
  }

  static boolean isComma(Token t) {
    return t.norm().equals("،") || t.norm().equals(",");
  }

  /** A name right after the verb, or after a resumptive pronoun (فيها، له، منه) that follows it, or -1. */
  private static int firstAfterResumptive(DocContext c, Sentence s, int trigger, EntityType... types) {
    int k = trigger + 1;
    boolean resumptive = false;
    if (k < s.endToken() && c.byToken[k] == null && c.tokens.get(k).kind() == Token.Kind.ARABIC
        && c.tokens.get(k).stem().length() <= 3 && !c.tokens.get(k).suffix().isEmpty()) {
      k++; // فيها، له، عنه: the pronoun is the preposition's object, the name after it the subject
      resumptive = true;
    }
    if (k < s.endToken() && c.byToken[k] != null && c.byToken[k].first() == k) {
      EntityMention m = c.byToken[k];
      Token first = c.tokens.get(m.first());
      boolean own = resumptive ? !(first.hasPrefix('ل') || first.hasPrefix('ب')) || first.prefix().equals("ال")
          : !prepositional(c, m);
      if (own && accepts(c, m.entity(), types)) {
        return m.entity();
      }
    }
    return -1;
  }

  /**
   * "استقبل وزير الصناعة والتجارة المغربي، كريم بنعلي، وفدا": a title right after the verb, its
   * description, then the person holding it. -1 when the verb is not followed by a title.
   */
  private static int titledSubject(DocContext c, Sentence s, int trigger, EntityType... types) {
    return titledSubject(c, s, trigger, false, types);
  }

  /**
   * As above; with {@code apposed}, only a person set off by a comma after the title and its body
   * ("استقبل رئيس الهيئة الوطنية للاستثمار، سلام الموسوي،"), who holds the title whatever comes after.
   */
  private static int titledSubject(DocContext c, Sentence s, int trigger, boolean apposed, EntityType... types) {
    for (Phrases.Hit t : RoleFacts.TITLES.find(c.tokens, trigger + 1, Math.min(s.endToken(), trigger + 4))) {
      if (t.first() != trigger + 1) {
        break;
      }
      for (EntityMention m : c.mentionsIn(t.end(), Math.min(s.endToken(), t.end() + 9))) {
        boolean afterComma = m.first() > 0 && isComma(c.tokens.get(m.first() - 1));
        if (c.typeOf(m.entity()) == EntityType.PERSON && !prepositional(c, m) && accepts(c, m.entity(), types)
            && (afterComma || !apposed)) {
          return m.entity();
        }
        if (c.typeOf(m.entity()) != EntityType.PLACE && !(apposed && m.end() < s.endToken()
            && nextIsApposition(c, s, m.end()))) {
          break; // "وزير خارجية نيوفا": the name after the title is its organization's
        }
      }
      break;
    }
    return -1;
  }

  /**
   * "وكان وزير الإسكان، الدكتور فلان، قد استقبل X": the subject stands between كان and قد, so the
   * name after the verb is its object. -1 when the verb does not follow such a قد.
   */
  private static int kanaQadSubject(DocContext c, Sentence s, int trigger, EntityType... types) {
    if (!c.doc.isArabic() || trigger - 1 <= s.firstToken() || !c.tokens.get(trigger - 1).norm().equals("قد")) {
      return -1;
    }
    for (int k = trigger - 2; k >= Math.max(s.firstToken(), trigger - 24); k--) {
      String w = bareWord(c.tokens.get(k));
      if (w.equals("كان") || w.equals("كانت") || w.equals("كانوا")) {
        int first = -1; // a person between them is the subject, else the first name that fits
        for (EntityMention m : c.mentionsIn(k + 1, trigger - 1)) {
          if (!prepositional(c, m) && accepts(c, m.entity(), types)) {
            if (c.typeOf(m.entity()) == EntityType.PERSON) {
              return m.entity();
            }
            first = first < 0 ? m.entity() : first;
          }
        }
        return first;
      }
    }
    return -1;
  }

  /** Whether a comma follows within two words (an adjective or two: الإماراتية، المغربي). */
  private static boolean nextIsApposition(DocContext c, Sentence s, int from) {
    for (int k = from; k < Math.min(s.endToken(), from + 3); k++) {
      if (isComma(c.tokens.get(k))) {
        return true;
      }
      if (c.byToken[k] != null || !c.tokens.get(k).hasArticle()) {
        return false;
      }
    }
    return false;
  }

  /** The first mention within {@code window} tokens after the trigger, not in a prepositional phrase. */
  static int firstAfter(DocContext c, Sentence s, int trigger, int window, EntityType... types) {
    int to = Math.min(s.endToken(), trigger + 1 + window + 4);
    for (EntityMention m : c.mentionsIn(trigger + 1, to)) {
      if (m.first() > trigger + window + 1) {
        break;
      }
      if (!prepositional(c, m) && accepts(c, m.entity(), types)) {
        return m.entity();
      }
    }
    return -1;
  }

  /**
   * The recipient after a trigger: a mention carrying ل (لصندوق), or after إلى, لصالح, لدعم, to, for;
   * -1 when none stands within the clause.
   */
  static int recipient(DocContext c, Sentence s, int trigger, int exclude) {
    for (EntityMention m : c.mentionsIn(trigger + 1, s.endToken())) {
      if (m.entity() == exclude) {
        continue;
      }
      if (crossesClause(c, trigger, m.first())) {
        break;
      }
      Token first = c.tokens.get(m.first());
      boolean lam = first.kind() == Token.Kind.ARABIC && first.hasPrefix('ل') && !first.prefix().equals("ال");
      if (m.first() > trigger + 1 && m.first() <= trigger + 8) {
        Token head = c.tokens.get(m.first() - 1);
        // "لصندوق حفل تنصيب فلان": the ل is on the head noun before the name
        lam |= head.kind() == Token.Kind.ARABIC && head.hasPrefix('ل') && !head.prefix().equals("ال")
            && org.isnad.recognize.HeadNounsAccess.isHead(head.stem()) && c.byToken[m.first() - 1] == null;
      }
      int p = m.first() - 1;
      while (p > trigger && (isDeterminer(c.tokens.get(p)) || EN_NAME_TITLES.contains(c.tokens.get(p).norm()))) {
        p--; // "to the Blue Fund", "to his inaugural fund", "to President-elect Dana Reed"
      }
      int described = describedHeadBefore(c, trigger, m.first());
      if (described > trigger) {
        // "إلى شركة الضغط "كرانفيلد آند هيوز"": a head noun and what it is, then the quoted name
        Token head = c.tokens.get(described);
        lam |= head.kind() == Token.Kind.ARABIC && head.hasPrefix('ل') && !head.prefix().equals("ال");
        p = described - 1;
      }
      int owned = possessedAfter(c, m);
      String prev = p >= 0 ? c.tokens.get(p).norm().toLowerCase(Locale.ROOT) : "";
      String prev2 = p > 0 ? c.tokens.get(p - 1).norm().toLowerCase(Locale.ROOT) : "";
      if (prev.equals("to") && TIME_TO.contains(prev2)) {
        continue; // "prior to Election Day", "up to Friday": a time, not a recipient
      }
      if ((prev.equals("named") || prev.equals("called")) && toBefore(c, trigger, m.first())) {
        return m.entity(); // "donated $2 million to the group, named Blue PAC"
      }
      if (c.doc.isArabic() && c.typeOf(m.entity()) == EntityType.PERSON && titledAfterTo(c, trigger, m.first())) {
        return owned >= 0 ? owned : m.entity(); // "إلى النائب عن طرابلس فلان"
      }
      if (lam || prev.equals("الي") || prev.equals("لصالح") || prev.equals("لدعم") || prev.equals("ل")
          || prev.equals("to") || prev.equals("for") || prev.equals("لحمله") || prev2.equals("لصالح")
          || prev.equals("support") && prev2.equals("to") || prev.equals("toward") || prev.equals("towards")) {
        return owned >= 0 ? owned : m.entity(); // "to Dana Reed's family foundation": the foundation
      }
    }
    return -1;
  }

  /**
   * Whether the person named at {@code name} follows إلى / to and a short title, the title's
   * place included ("إلى النائب عن طرابلس"), or an apposition ("إلى مدرب الفريق، البرتغالي فلان").
   */
  private static boolean titledAfterTo(DocContext c, int trigger, int name) {
    for (int q = name - 2; q > trigger && q >= name - 6; q--) {
      String w = c.tokens.get(q).norm().toLowerCase(Locale.ROOT);
      if (w.equals("الي") || w.equals("to")) {
        for (int k = q + 1; k < name; k++) {
          EntityMention m = c.byToken[k];
          String n = bareWord(c.tokens.get(k));
          if (m != null && c.typeOf(m.entity()) != EntityType.PLACE
              || AR_PREPOSITIONS.contains(n) && !n.equals("عن") || EN_PREPOSITIONS.contains(n) && !n.equals("of")
              || c.tokens.get(k).kind() == Token.Kind.NUMBER) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /**
   * The head noun of "شركة الضغط «X»" before the name at {@code name}: a quotation mark, one or two
   * definite words, and a head noun (with or without ل) right before them; -1 when the words differ.
   */
  private static int describedHeadBefore(DocContext c, int trigger, int name) {
    int k = name - 1;
    if (k <= trigger || c.tokens.get(k).kind() != Token.Kind.QUOTE) {
      return -1;
    }
    k--;
    int words = 0;
    while (k > trigger && words < 2 && c.tokens.get(k).kind() == Token.Kind.ARABIC && c.tokens.get(k).hasArticle()
        && c.byToken[k] == null) {
      k--;
      words++;
    }
    Token head = c.tokens.get(k);
    return words > 0 && k > trigger && head.kind() == Token.Kind.ARABIC && !head.hasArticle()
        && org.isnad.recognize.HeadNounsAccess.isHead(head.stem()) ? k : -1;
  }

  /** Capitalized titles that may stand between "to" and a name. */
  private static final Set<String> EN_NAME_TITLES = Set.of("President", "President-elect", "Governor", "Senator",
      "Sen.", "Rep.", "Mayor", "Gov.", "Prime", "Minister", "former", "Former", "-", "elect", "designate");

  /** The organization named by "X's ..." right after mention {@code m} ("Reed's family foundation"), or -1. */
  private static int possessedAfter(DocContext c, EntityMention m) {
    int k = m.end();
    if (k + 1 >= c.tokens.size() || !c.tokens.get(k).norm().equals("'s")) {
      return -1;
    }
    EntityMention o = c.byToken[k + 1];
    return o != null && o.first() == k + 1 && c.typeOf(o.entity()) == EntityType.ORGANIZATION ? o.entity() : -1;
  }

  private static final Set<String> TIME_TO = Set.of("prior", "up", "due", "close", "next", "compared", "according",
      "thanks", "leading");

  /** Whether "to" stands between the trigger and {@code to}. */
  private static boolean toBefore(DocContext c, int trigger, int to) {
    for (int k = trigger + 1; k < to; k++) {
      if (c.tokens.get(k).norm().equalsIgnoreCase("to")) {
        return true;
      }
    }
    return false;
  }

  /** The first person of the sentence outside a prepositional phrase, or -1. */
  static int firstPerson(DocContext c, Sentence s) {
    for (EntityMention m : c.mentionsIn(s.firstToken(), s.endToken())) {
      if (c.typeOf(m.entity()) == EntityType.PERSON && inMainClause(c, m)) {
        return m.entity();
      }
    }
    return -1;
  }

  static boolean accepts(DocContext c, int entity, EntityType... types) {
    if (types.length == 0) {
      return c.typeOf(entity) != EntityType.PLACE;
    }
    EntityType t = c.typeOf(entity);
    for (EntityType ok : types) {
      if (ok == t || t == EntityType.OTHER) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Acme's chief executive, Dana Reed, said": the person set after the organization's title
   * speaks, not the organization; {@code org} itself when the words differ.
   */
  static int personAfterTitle(DocContext c, Sentence s, int org, int cue) {
    if (c.typeOf(org) == EntityType.PERSON) {
      return org;
    }
    for (EntityMention m : c.mentionsIn(s.firstToken(), cue)) {
      if (m.entity() != org) {
        continue;
      }
      int k = m.end();
      if (k < cue && c.tokens.get(k).norm().equals("'s")) {
        k++;
      }
      // "Tillman's campaign manager": the title may begin with the last word of the name before it
      for (Phrases.Hit t : RoleFacts.TITLES.find(c.tokens, m.end() - 1, Math.min(cue, k + 4))) {
        if ((t.first() == k || t.first() == m.end() - 1) && t.end() + 1 < cue && isComma(c.tokens.get(t.end()))) {
          EntityMention p = c.byToken[t.end() + 1];
          if (p != null && p.end() <= cue && (c.typeOf(p.entity()) == EntityType.PERSON
              || c.typeOf(p.entity()) == EntityType.OTHER)) {
            return p.entity();
          }
        }
      }
    }
    return org;
  }
}
