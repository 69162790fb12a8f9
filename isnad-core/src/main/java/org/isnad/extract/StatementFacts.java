package org.isnad.extract;

import java.util.List;
import java.util.Locale;
import org.isnad.fact.EntityType;
import org.isnad.fact.FactType;
import org.isnad.recognize.Quote;
import org.isnad.text.Sentence;
import org.isnad.text.Span;
import org.isnad.text.Token;

/**
 * Statements: each quoted span of speech, and reported speech (قال X إن ...، X said that ...),
 * with the speaker found from the speech cue around it or carried over from the sentence before
 * ("وأضاف:"). A quote inside a quote belongs to the outer one.
 */
final class StatementFacts {
  private static final org.isnad.recognize.SpeechCues CUES = org.isnad.recognize.SpeechCues.standard();
  private static final java.util.Set<String> CONTINUING = java.util.Set.of("أضاف", "تابع", "أردف", "أوضح", "added");

  /** Speech cues in tokens {@code [from, to)}, as hits labelled with their lemma. */
  static List<Phrases.Hit> speech(DocContext c, int from, int to) {
    List<Phrases.Hit> out = new java.util.ArrayList<>();
    for (org.isnad.recognize.SpeechCues.Cue cue : CUES.find(c.tokens, from, to)) {
      out.add(new Phrases.Hit(cue.firstToken(), cue.endToken(), cue.type().name(), cue.lemma()));
    }
    return out;
  }

  private static final Phrases MEDIUM = new Phrases()
      .add("statement", "بيان", "في بيان", "statement")
      .add("interview", "مقابله", "لقاء صحفي", "حوار", "interview")
      .add("post", "منشور", "تغريده", "تدوينه", "post", "tweet", "wrote on", "posted")
      .add("email", "بريد الكتروني", "رساله بريد", "email", "e-mail")
      .add("speech", "خطاب", "كلمه", "speech", "remarks");

  private StatementFacts() {}

  static void read(DocContext c, Sentence s, List<Draft> out, int[] lastSpeaker) {
    boolean quoted = false;
    for (Quote q : c.quotes) {
      if (q.depth() != 0 || !q.speech() || !s.span().contains(new Span(q.span().start(), q.span().start() + 1))) {
        continue;
      }
      int qFirst = c.tokenAt(q.span().start());
      int qEnd = c.tokenAt(q.span().end() - 1) + 1;
      if (quotesOnlyAName(c, qFirst, qEnd)) {
        continue; // "لـ«رفد»": a name in quotation marks says nothing
      }
      quoted = true;
      int speaker = speakerOf(c, s, qFirst, qEnd, lastSpeaker[0]);
      if (speaker < 0) {
        continue;
      }
      c.quoteSpeakers.put(q.span().start(), speaker);
      List<Integer> speakers = new java.util.ArrayList<>(List.of(speaker));
      List<Phrases.Hit> cues = speech(c, s.firstToken(), qFirst);
      if (!cues.isEmpty()) {
        // "قالت X وY إن ...": each of the joined speakers says the words
        int cueEnd = cues.get(cues.size() - 1).end();
        int that = complementizer(c, s, cueEnd);
        speakers.addAll(coSpeakers(c, speaker, cueEnd, that >= 0 && that < qFirst ? that : qFirst));
      }
      for (int who : speakers) {
        Draft d = new Draft(FactType.STATEMENT, s.span());
        d.role("speaker", who);
        d.field("quote", c.doc.slice(q.inner()).strip());
        d.field("medium", medium(c, s));
        d.time = MoneyFacts.nearestTime(c, s, new Phrases.Hit(qFirst, qEnd, "", ""));
        d.confidence = who == speaker ? 0.7 : 0.6;
        out.add(d);
      }
      lastSpeaker[0] = speaker;
    }
    if (quoted) {
      return;
    }
    for (Phrases.Hit h : speech(c, s.firstToken(), s.endToken())) {
      if (h.label().equals("SOURCE") && !c.doc.isArabic()) {
        continue; // "according to the disclosure": where a claim comes from, no words of its own
      }
      int thatAt = complementizer(c, s, h.end());
      boolean warning = false;
      if (thatAt < 0 && h.phrase().equals("حذر")) {
        thatAt = warnedOf(c, s, h.end()); // "حذر مسؤولون، بمن فيهم فلان، من استخدام ...": the warning's words
        warning = thatAt >= 0;
      }
      if (thatAt < 0) {
        continue;
      }
      int speaker = includedPerson(c, h.end(), thatAt);
      if (speaker < 0) {
        speaker = speakerBetween(c, h.end(), thatAt);
      }
      if (speaker < 0 && warning) {
        continue; // a warning whose speaker the clause does not name is nobody's statement here
      }
      if (speaker >= 0 && "outlet".equals(c.subtypeOf(speaker)) && REPORTING.contains(h.phrase())) {
        continue; // "وأفادت شبكة CNN بأن ...": an outlet's report is the attribution of what it reports
      }
      if (speaker < 0) {
        speaker = participleSpeaker(c, s, h);
      }
      int issuer = issuer(c, s, h);
      if (speaker < 0 && issuer != -1) {
        speaker = issuer; // "وأوضح بلاغ لوزارة الاقتصاد أن": the ministry's communiqué (-2: a subject nobody named)
      }
      if (speaker == -2) {
        continue;
      }
      if (speaker < 0) {
        speaker = Clauses.agent(c, s, h.first(), EntityType.PERSON, EntityType.ORGANIZATION);
        if (speaker >= 0 && !c.names(s.firstToken(), thatAt, speaker)
            && c.names(thatAt, s.endToken(), speaker)) {
          speaker = -1; // "يذكر أن نيوفا دخلت السوق": a name after أن is what is said, not who says it
        }
      }
      if (speaker < 0 && isContinuation(c, h)) {
        speaker = lastSpeaker[0];
      }
      if (speaker < 0 || thatAt + 1 >= s.endToken()) {
        continue;
      }
      List<Integer> speakers = new java.util.ArrayList<>(List.of(speaker));
      speakers.addAll(coSpeakers(c, speaker, h.end(), thatAt));
      for (int who : speakers) {
        readContent(c, s, h, thatAt, who, out);
      }
      lastSpeaker[0] = speaker;
      break;
    }
  }

  /** Whether the quotation holds one name and nothing else. */
  private static boolean quotesOnlyAName(DocContext c, int qFirst, int qEnd) {
    List<EntityMention> inside = c.mentionsIn(qFirst, qEnd);
    if (inside.size() != 1) {
      return false;
    }
    EntityMention m = inside.get(0);
    for (int k = qFirst; k < qEnd; k++) {
      Token t = c.tokens.get(k);
      if ((k < m.first() || k >= m.end()) && t.kind() != Token.Kind.QUOTE && t.kind() != Token.Kind.PUNCT) {
        return false;
      }
    }
    return true;
  }

  /** "اعتبرت السيناتور إليزابيث وارين والسيناتور مايكل بينيت أن": every speaker joined by و / and. */
  private static List<Integer> coSpeakers(DocContext c, int speaker, int from, int to) {
    List<Integer> out = new java.util.ArrayList<>();
    boolean seen = false;
    for (EntityMention m : c.mentionsIn(from, to)) {
      if (m.entity() == speaker) {
        seen = true;
        continue;
      }
      Token first = c.tokens.get(m.first());
      Token prev = c.tokens.get(Math.max(0, m.first() - 1));
      boolean joined = first.prefix().startsWith("و") || prev.norm().equals("و") || prev.norm().equals("and")
          || prev.kind() == Token.Kind.ARABIC && prev.prefix().startsWith("و") && c.byToken[m.first() - 1] == null;
      if (seen && joined && c.typeOf(m.entity()) == EntityType.PERSON && !out.contains(m.entity())) {
        out.add(m.entity());
      }
    }
    return out;
  }

  private static void readContent(DocContext c, Sentence s, Phrases.Hit h, int thatAt, int speaker, List<Draft> out) {
    Draft d = new Draft(FactType.STATEMENT, s.span());
    d.role("speaker", speaker);
    int contentEnd = clauseEnd(c, thatAt + 1, s.endToken());
    while (contentEnd > thatAt + 1 && c.tokens.get(contentEnd - 1).kind() == Token.Kind.PUNCT) {
      contentEnd--;
    }
    String content = c.text(thatAt + 1, contentEnd);
    Token that = c.tokens.get(thatAt);
    if (that.kind() == Token.Kind.ARABIC && !that.suffix().isEmpty()) {
      content = c.doc.slice(that.start(), c.tokens.get(contentEnd - 1).end()); // إنه يخطط: keep the pronoun
    }
    String quoted = quotedWithin(c, that.start(), c.tokens.get(contentEnd - 1).end());
    if (quoted != null) {
      d.field("quote", quoted); // 'said it was "deeply disappointed"': the words it set in quotation marks
    } else {
      d.field("content", content);
    }
    d.field("medium", medium(c, s));
    d.time = MoneyFacts.nearestTime(c, s, h);
    d.confidence = 0.5;
    out.add(d);
  }

  private static final java.util.Set<String> TERM_OPENERS = java.util.Set.of("for", "of", "as", "the", "a", "an", "in",
      "on", "with", "by", "to", "من", "في", "علي", "عن", "الي", "مع");

  /** Whether a preposition or an article stands before the quotation: "asked for "regulatory certainty"" sets off a term. */
  private static boolean termBefore(DocContext c, int quoteToken) {
    if (quoteToken <= 0) {
      return false;
    }
    Token prev = c.tokens.get(quoteToken - 1);
    return TERM_OPENERS.contains(prev.norm().toLowerCase(Locale.ROOT))
        || prev.kind() == Token.Kind.ARABIC && (prev.norm().equals("ب") || prev.norm().equals("ل"));
  }

  /** The words of a quotation of two words or more inside {@code [from, to)}, or null. */
  private static String quotedWithin(DocContext c, int from, int to) {
    for (Quote q : c.quotes) {
      if (q.depth() == 0 && q.span().start() >= from && q.span().end() <= to
          && c.byToken[c.tokenAt(q.inner().start())] == null // a quoted name ("تضارب مصالح") is no words said
          && !termBefore(c, c.tokenAt(q.span().start()))) {
        String inner = c.doc.slice(q.inner()).strip();
        if (inner.split("\\s+").length >= 2) {
          return inner;
        }
      }
    }
    return null;
  }

  private static final java.util.Set<String> CLAUSE_OPENERS = java.util.Set.of("الذي", "التي", "الذين", "والذي",
      "والتي", "والذين", "بينما", "حيث", "لكن", "ولكن", "فيما", "which", "while", "but", "whereas", "although");

  /**
   * Where the reported words end: at a comma before a relative clause or another clause joined
   * by و ("قال إنه يخطط لـ...، ويتوقع المحللون ..."), or at a semicolon.
   */
  private static int clauseEnd(DocContext c, int from, int end) {
    for (int k = from + 3; k < end - 1; k++) {
      String n = c.tokens.get(k).norm().toLowerCase(Locale.ROOT);
      if (n.equals(";") || n.equals("؛")) {
        return k;
      }
      if (!(n.equals("،") || n.equals(","))) {
        continue;
      }
      Token next = c.tokens.get(k + 1);
      String nn = next.norm().toLowerCase(Locale.ROOT);
      // "كلّف رامي الزين، الذي يقود ...": a relative after a name describes it, the words go on
      int b = k - 1;
      while (b > from && c.tokens.get(b).kind() == Token.Kind.QUOTE) {
        b--;
      }
      boolean afterName = c.byToken[b] != null;
      boolean newClause = CLAUSE_OPENERS.contains(nn) && !afterName || next.kind() == Token.Kind.ARABIC
          && next.prefix().startsWith("و") && isVerbLike(next)
          || PARTICIPLES.contains(Clauses.bareWord(next)); // "، مشيراً إلى أن": a second statement
      if (newClause) {
        return k;
      }
    }
    return end;
  }

  /** An Arabic imperfect or past verb after و: ويتوقع، وأضاف (not a noun like والشركة). */
  private static boolean isVerbLike(Token t) {
    String stem = t.stem();
    return !t.prefix().contains("ال") && stem.length() >= 3 && "يتن".indexOf(stem.charAt(0)) >= 0;
  }

  /** The speaker of a quote: a mention near a speech cue before or after it, else the last speaker. */
  private static int speakerOf(DocContext c, Sentence s, int qFirst, int qEnd, int last) {
    List<Phrases.Hit> before = speech(c, s.firstToken(), qFirst);
    if (!before.isEmpty()) {
      Phrases.Hit h = before.get(before.size() - 1);
      String cueWord = c.tokens.get(h.first()).norm();
      if (cueWord.startsWith("قول") && h.first() > s.firstToken() && c.byToken[h.first() - 1] != null) {
        return c.byToken[h.first() - 1].entity(); // "نقل البيان عن فلان قوله": the name before "his saying"
      }
      // Arabic puts the speaker after the verb (قال فلان: "..."); English before it (X said: "...").
      // A name after أن belongs to the words said ("أكد أن الوزارة ستطرح"), not to the speaker.
      int that = complementizer(c, s, h.end());
      int speakerEnd = that >= 0 && that < qFirst && !c.tokens.get(that).norm().equals(":") ? that : qFirst;
      int sp = c.doc.isArabic() ? speakerBetween(c, h.end(), speakerEnd)
          : Clauses.agent(c, s, h.first(), EntityType.PERSON, EntityType.ORGANIZATION);
      if (sp >= 0 && !c.doc.isArabic()) {
        sp = Clauses.personAfterTitle(c, s, sp, h.first()); // "Erie Harbor's chief executive, Linda Brandt, said"
      }
      if (sp < 0) {
        sp = topicSpeaker(c, s, h); // "أما الرئيس التنفيذي لسحب، بدر الكندري، فقال"
      }
      if (sp < 0) {
        sp = participleSpeaker(c, s, h); // "أشاد فلان بجهود ولي العهد، مضيفا:": the main verb's subject
      }
      if (sp < 0 && c.doc.isArabic() && joinedVerb(c, s, h)) {
        sp = Clauses.sentenceSubject(c, s, EntityType.PERSON, EntityType.ORGANIZATION); // "نفت X ...، وقالت"
        for (EntityMention m : c.mentionsIn(s.firstToken(), h.first())) {
          if (m.entity() == sp) {
            int apposed = apposedToTitle(c, m, h.first());
            sp = apposed >= 0 ? apposed : sp;
            break;
          }
        }
        if (sp >= 0 && !c.names(s.firstToken(), h.first(), sp)) {
          sp = -1;
        }
      }
      if (sp < 0) {
        sp = c.doc.isArabic() ? Clauses.agent(c, s, h.first(), EntityType.PERSON, EntityType.ORGANIZATION)
            : speakerBetween(c, h.end(), speakerEnd);
        if (sp >= 0 && that >= 0 && that < qFirst && !c.tokens.get(that).norm().equals(":")
            && !c.names(s.firstToken(), that, sp)
            && c.names(that, qFirst, sp)) {
          sp = -1; // "وأضاف أن المجموعة "..."": the name after أن is in the words, not the speaker
        }
      }
      if (sp < 0 && isContinuation(c, h) && h.first() - s.firstToken() <= 1) {
        sp = last; // "وأضاف أن ...": the one who spoke before goes on
      }
      if (sp >= 0) {
        return sp;
      }
    }
    List<Phrases.Hit> after = speech(c, qEnd, Math.min(s.endToken(), qEnd + 10));
    if (!after.isEmpty() && subordinateBetween(c, qEnd, after.get(0).first())) {
      after = List.of(); // '"...," after Reed said that ...': the cue opens another clause
    }
    if (!after.isEmpty()) {
      // "...," an Acme spokesperson, Dana Reed, said / «...»، قال فلان
      Phrases.Hit h = after.get(0);
      int sp = lastPersonBetween(c, qEnd, h.first());
      if (sp < 0) {
        sp = speakerBetween(c, h.end(), Math.min(s.endToken(), h.end() + 8));
      }
      if (sp < 0) {
        sp = speakerBetween(c, qEnd, h.first());
      }
      if (sp >= 0) {
        return sp;
      }
      return last;
    }
    // No cue: "Reed: "..."" names its speaker before a colon; a quote inside a clause of its own
    // ("accused Reed of acting "with malice"") is that clause's words, nobody's statement.
    boolean colon = qFirst > s.firstToken() && c.tokens.get(qFirst - 1).norm().equals(":");
    List<EntityMention> ms = colon ? c.mentionsIn(s.firstToken(), qFirst) : List.of();
    for (int k = ms.size() - 1; k >= 0; k--) {
      if (c.typeOf(ms.get(k).entity()) == EntityType.PERSON) {
        return ms.get(k).entity();
      }
    }
    return before.isEmpty() && qFirst - s.firstToken() <= 2 ? last : -1;
  }

  private static final java.util.Set<String> SUBORDINATORS = java.util.Set.of("after", "before", "when", "because",
      "while", "since", "although", "though", "if", "بعد", "قبل", "عندما", "لان", "بينما");

  /** Whether a subordinating word stands in {@code [from, to)}. */
  private static boolean subordinateBetween(DocContext c, int from, int to) {
    for (int k = from; k < to; k++) {
      if (SUBORDINATORS.contains(c.tokens.get(k).norm().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The last person named in {@code [from, to)}: the speaker standing just before "said". */
  private static int lastPersonBetween(DocContext c, int from, int to) {
    List<EntityMention> ms = c.mentionsIn(from, to);
    for (int k = ms.size() - 1; k >= 0; k--) {
      if (c.typeOf(ms.get(k).entity()) == EntityType.PERSON) {
        return ms.get(k).entity(); // '"...," Beth Carrow, the group's executive director, said'
      }
    }
    if (!ms.isEmpty() && c.typeOf(ms.get(ms.size() - 1).entity()) == EntityType.OTHER) {
      return ms.get(ms.size() - 1).entity();
    }
    return -1;
  }

  private static int speakerBetween(DocContext c, int from, int to) {
    for (EntityMention m : c.mentionsIn(from, to)) {
      if (c.typeOf(m.entity()) == EntityType.PERSON && Clauses.inMainClause(c, m)) {
        // "قال محامي السعدي، علي الجبوري،": the one in apposition to a title of another speaks
        int apposed = apposedToTitle(c, m, to);
        return apposed >= 0 ? apposed : m.entity(); // a person named between the cue and the words speaks them
      }
    }
    for (EntityMention m : c.mentionsIn(from, to)) {
      EntityType t = c.typeOf(m.entity());
      boolean onBehalf = m.first() > from && c.tokens.get(m.first() - 1).norm().endsWith("باسم");
      if ((t == EntityType.PERSON || t == EntityType.ORGANIZATION || t == EntityType.OTHER)
          && (Clauses.inMainClause(c, m) || onBehalf)) {
        return m.entity(); // "قال متحدث باسم الشركة:": an unnamed spokesman speaks for the company
      }
    }
    return -1;
  }

  /** The إن / أن / that which opens reported speech within a few words after the cue, or -1. */
  private static int complementizer(DocContext c, Sentence s, int from) {
    for (int k = from; k < Math.min(s.endToken(), from + 20); k++) {
      Token t = c.tokens.get(k);
      String n = t.norm().toLowerCase(Locale.ROOT);
      if (n.equals("ان") || n.equals("بان") || n.equals("انه") || n.equals("انها") || n.equals("انهم")
          || n.equals("that") || n.equals(":")) {
        return k;
      }
      if (t.kind() == Token.Kind.QUOTE) {
        boolean aroundName = k + 1 < c.tokens.size() && c.byToken[k + 1] != null && c.byToken[k + 1].first() == k + 1
            || k > 0 && c.byToken[k - 1] != null && c.byToken[k - 1].end() == k;
        if (aroundName) {
          continue; // "الرئيس التنفيذي لشركة “سوفت بنك”، ... إلى أن": quotation marks around a name
        }
        return -1;
      }
      if (k == from && t.kind() == Token.Kind.LATIN && EN_CLAUSE_STARTS.contains(n)) {
        return k - 1; // "said it would pursue ...": English drops its "that"
      }
    }
    return -1;
  }

  /** Words that open a reported clause right after an English speech verb with no "that". */
  private static final java.util.Set<String> EN_CLAUSE_STARTS = java.util.Set.of("it", "he", "she", "they", "we",
      "the", "its", "his", "her", "their", "there", "this");

  /**
   * "أما X فقال": the topic after أما speaks, its person first (the title's organization is no
   * speaker). -1 unless the sentence opens with أما and the cue carries ف.
   */
  private static int topicSpeaker(DocContext c, Sentence s, Phrases.Hit h) {
    String first = c.tokens.get(s.firstToken()).norm();
    Token cue = c.tokens.get(h.first());
    if (!c.doc.isArabic() || !(first.equals("اما") || first.equals("واما")) || !cue.norm().startsWith("ف")) {
      return -1;
    }
    int org = -1;
    for (EntityMention m : c.mentionsIn(s.firstToken() + 1, h.first())) {
      EntityType t = c.typeOf(m.entity());
      if (t == EntityType.PERSON) {
        return m.entity();
      }
      if (org < 0 && t == EntityType.ORGANIZATION) {
        org = m.entity();
      }
    }
    return org;
  }

  /** A speech verb joined by و in the middle of a sentence ("نفت الشركة ...، وقالت"): it shares the sentence's subject. */
  private static boolean joinedVerb(DocContext c, Sentence s, Phrases.Hit h) {
    Token t = c.tokens.get(h.first());
    return h.first() > s.firstToken() + 1 && t.kind() == Token.Kind.ARABIC
        && (t.prefix().startsWith("و") || t.norm().startsWith("و") && !h.phrase().startsWith("و"))
        && (c.tokens.get(h.first() - 1).norm().equals("،") || c.tokens.get(h.first() - 1).norm().equals(","));
  }

  /** "محامي الساعدي، علي الجبوري،": the person in apposition after a title of someone else's, or -1. */
  private static int apposedToTitle(DocContext c, EntityMention m, int to) {
    if (m.first() == 0 || !TITLE_OF.contains(Clauses.bareWord(c.tokens.get(m.first() - 1))) || m.end() + 1 >= to) {
      return -1;
    }
    String comma = c.tokens.get(m.end()).norm();
    if (!comma.equals("،") && !comma.equals(",")) {
      return -1;
    }
    for (int k = m.end() + 1; k < Math.min(to, m.end() + 3); k++) {
      EntityMention next = c.byToken[k];
      if (next != null && next.end() <= to && c.typeOf(next.entity()) == EntityType.PERSON) {
        return next.entity(); // "، علي حسين الجبوري": the tagger may leave out a given name that is also a word
      }
    }
    return -1;
  }

  /** Cues by which an outlet reports: أفاد، ذكر، نقل، كشف. */
  private static final java.util.Set<String> REPORTING = java.util.Set.of("أفاد", "ذكر", "نقل", "كشف");

  /** The من that opens what a warning is about, within a clause after the cue, or -1. */
  private static int warnedOf(DocContext c, Sentence s, int from) {
    for (int k = from; k < Math.min(s.endToken(), from + 16); k++) {
      String n = c.tokens.get(k).norm();
      if (n.equals("من") && k + 1 < s.endToken() && c.byToken[k + 1] == null
          && c.tokens.get(k + 1).kind() == Token.Kind.ARABIC) {
        return k;
      }
      if (n.equals(".") || n.equals("؛")) {
        return -1;
      }
    }
    return -1;
  }

  /** "مسؤولون أمريكيون، بمن فيهم ترامب نفسه": the named person among those who speak, or -1. */
  private static int includedPerson(DocContext c, int from, int to) {
    for (int k = from; k + 2 < to; k++) {
      if (c.tokens.get(k).norm().equals("بمن") && c.tokens.get(k + 1).norm().startsWith("في")) {
        EntityMention m = c.byToken[k + 2];
        if (m != null && c.typeOf(m.entity()) == EntityType.PERSON) {
          return m.entity();
        }
      }
    }
    return -1;
  }

  /** Nouns that name someone by their relation to another: محامي فلان، مستشار فلان، lawyer. */
  private static final java.util.Set<String> TITLE_OF = java.util.Set.of("محامي", "محاميه", "مستشار", "مستشاره",
      "متحدث", "متحدثه", "مساعد", "نجل", "شقيق", "زوجه", "ابن", "lawyer", "attorney", "spokesman", "spokeswoman",
      "adviser", "advisor", "son", "wife", "brother");

  /** Nouns of statements that speak for whoever issued them: بيان، بلاغ، تقرير، رسالة. */
  private static final java.util.Set<String> DOCUMENTS = java.util.Set.of("بيان", "بلاغ", "تقرير", "رساله", "مذكره",
      "وثيقه", "وثايق", "منشور", "تعميم", "مصدر", "مصادر");

  /**
   * The subject a speech verb names right after itself when it is a document or a source: "وأوضح
   * بلاغ لوزارة الاقتصاد" is the ministry's; "وأوضح بلاغ رسمي" is nobody's named (-2); -1 when the
   * verb is followed by no such noun.
   */
  private static int issuer(DocContext c, Sentence s, Phrases.Hit h) {
    if (!c.doc.isArabic() || h.end() + 1 >= s.endToken()) {
      return -1;
    }
    Token next = c.tokens.get(h.end());
    if (next.kind() != Token.Kind.ARABIC || c.byToken[h.end()] != null || !DOCUMENTS.contains(next.stem())) {
      return -1;
    }
    EntityMention m = c.byToken[h.end() + 1];
    if (m != null && m.first() == h.end() + 1 && c.tokens.get(h.end() + 1).hasPrefix('ل')) {
      return m.entity();
    }
    return -2;
  }

  /** Circumstantial participles of speech: "وعلق على الرسالة قائلا" (commented, saying). */
  private static final java.util.Set<String> PARTICIPLES = java.util.Set.of("قايلا", "قايله", "مضيفا", "موكدا",
      "موضحا", "مشيرا", "مصرحا", "معلنا", "مشددا", "لافتا", "معتبرا", "محذرا", "نافيا", "معربا", "مبينا", "متابعا");

  /**
   * The speaker of a participle cue: whoever does the clause's main verb, "وعلق على الرسالة قائلا:"
   * after "نشر فلان الرسالة" is فلان. -1 when the cue is no participle or the clause does not open
   * with its verb.
   */
  private static int participleSpeaker(DocContext c, Sentence s, Phrases.Hit h) {
    if (!c.doc.isArabic() || !PARTICIPLES.contains(Clauses.bareWord(c.tokens.get(h.first())))
        || h.first() == s.firstToken() || c.byToken[s.firstToken()] != null) {
      return -1;
    }
    for (EntityMention m : c.mentionsIn(s.firstToken(), h.first())) {
      EntityType t = c.typeOf(m.entity());
      if (!Clauses.prepositional(c, m) && (t == EntityType.PERSON || t == EntityType.ORGANIZATION)) {
        return m.entity(); // the clause's subject, not the last name before the participle
      }
    }
    return Clauses.agent(c, s, s.firstToken(), EntityType.PERSON, EntityType.ORGANIZATION);
  }

  /**
   * "وأضاف أن ...", "وأوضح في بيان أن": a cue that goes on with the last speaker. "وأوضح بلاغ
   * للوزارة أن" names a new one: a noun right after the cue is its subject.
   */
  private static boolean isContinuation(DocContext c, Phrases.Hit h) {
    if (!CONTINUING.contains(h.phrase())) {
      return false;
    }
    if (h.end() >= c.tokens.size()) {
      return true;
    }
    Token next = c.tokens.get(h.end());
    String n = next.norm();
    return next.kind() != Token.Kind.ARABIC || n.equals("ان") || n.equals("انه") || n.equals("انها")
        || n.equals("بان") || n.equals("في") || n.equals("قايلا") || n.startsWith("ان") && n.length() <= 4;
  }

  private static String medium(DocContext c, Sentence s) {
    List<Phrases.Hit> hits = MEDIUM.find(c.tokens, s.firstToken(), s.endToken());
    return hits.isEmpty() ? "statement" : hits.get(0).label();
  }
}
