package org.isnad.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.isnad.fact.EntityType;
import org.isnad.text.Document;
import org.isnad.text.Sentence;
import org.isnad.text.Span;
import org.isnad.text.Token;
import org.isnad.text.ar.Proclitics;

/**
 * Names found by rule rather than by the statistical model: runs of Latin script inside
 * Arabic text (OpenAI, Meta), capitalized runs in English, and names announced by a head
 * noun (شركة X, صحيفة X, صندوق X, Committee). Thread-safe.
 */
public final class NameRules implements MentionFinder {
  /** Arabic head nouns and the kind of organization they announce. Institutional heads stay in the name. */
  static final Map<String, String> AR_HEADS = Map.ofEntries(
      Map.entry("شركه", "company"), Map.entry("مجموعه", "company"), Map.entry("صحيفه", "outlet"),
      Map.entry("جريده", "outlet"), Map.entry("مجله", "outlet"), Map.entry("وكاله", "outlet"),
      Map.entry("قناه", "outlet"), Map.entry("موقع", "outlet"), Map.entry("شبكه", "outlet"),
      Map.entry("بنك", "company"), Map.entry("مصرف", "company"), Map.entry("صندوق", "fund"),
      Map.entry("لجنه", "fund"), Map.entry("حزب", "party"),
      Map.entry("وزاره", "government"), Map.entry("هييه", "government"), Map.entry("مجلس", "government"),
      Map.entry("منظمه", "organization"), Map.entry("موسسه", "organization"), Map.entry("جامعه", "organization"),
      Map.entry("اتحاد", "organization"), Map.entry("محكمه", "government"), Map.entry("مكتب", "organization"),
      Map.entry("سفاره", "government"), Map.entry("قنصليه", "government"), Map.entry("بلديه", "government"),
      Map.entry("مشروع", "project"), Map.entry("مستشفي", "organization"), Map.entry("جمعيه", "organization"),
      Map.entry("جهاز", "government"), Map.entry("سلطه", "government"), Map.entry("دايره", "government"),
      Map.entry("مصلحه", "government"), Map.entry("ديوان", "government"),
      Map.entry("مبادره", "project"), Map.entry("مدرسه", "organization"), Map.entry("نقابه", "organization"),
      Map.entry("رابطه", "organization"), Map.entry("غرفه", "organization"),
      Map.entry("مديريه", "government"), Map.entry("مجمع", "company"), Map.entry("مرصد", "organization"),
      Map.entry("نادي", "organization"));
  static final Set<String> KEEP_HEAD = Set.copyOf(java.util.Arrays.asList("صندوق", "لجنه", "حمله", "حزب", "وزاره", "هييه", "مجلس", "منظمه",
      "جامعه", "اتحاد", "محكمه", "بنك", "مصرف", "مكتب", "مجموعه", "مجمع", "مرصد", "نادي", "سفاره", "قنصليه", "بلديه", "مشروع", "مستشفي", "جمعيه", "مبادره", "مدرسه", "جهاز", "سلطه", "دايره", "مصلحه", "ديوان", "نقابه", "رابطه", "غرفه"));

  private static final Set<String> EN_ORG_WORDS = Set.copyOf(java.util.Arrays.asList("inc", "inc.", "corp", "corp.", "co", "co.", "llc", "ltd",
      "group", "committee", "fund", "pac", "party", "post", "times", "journal", "news", "bank", "ministry", "department",
      "university", "foundation", "institute", "agency", "council", "commission", "court", "company", "corporation",
      "holdings", "partners", "capital", "ventures", "association", "reuters", "bloomberg", "press", "media", "club",
      "senate", "house", "congress", "administration", "campaign", "network", "labs", "technologies", "systems",
      "platforms", "airlines", "motors", "union", "office", "board", "bureau", "service", "services", "tribune",
      "guardian", "telegraph", "herald", "daily", "magazine", "partnership", "center", "centre", "alliance",
      "coalition", "federation", "society", "league", "trust", "authority", "academy", "school", "college",
      "museum", "library", "project", "initiative", "organization", "organisation", "forum", "chamber", "exchange",
      "reserve", "treasury", "army", "navy", "force", "police", "watch", "action", "americans", "citizens",
      "holding", "contracting", "engineering", "construction", "insaat", "logistics", "shipping", "energy",
      "petroleum", "industries", "investments", "investment", "securities", "airways", "telecom", "pharma",
      "pharmaceuticals", "solutions", "consulting", "strategies", "advisors", "advisers", "associates", "llp", "plc",
      "sa", "ag", "gmbh", "bv", "nv", "spa", "authority", "resorts", "resort", "hotels", "casinos", "entertainment",
      "brands", "foods", "motors", "mining", "minerals", "chemicals", "steel", "airport", "port", "ports", "rides"));
  /** Particles inside Arab names written in Latin letters: Al-Qahtani, bin Hamad, Abu Dhabi's ... */
  private static final Set<String> ARABIC_PARTICLES = Set.of("al", "el", "bin", "ibn", "bint", "abu", "abd", "bou");

  /** Lower-case particles inside people's names: bin, ibn, van, von, de. */
  private static final Set<String> NAME_PARTICLES = Set.of("bin", "bint", "ibn", "van", "von", "de", "da", "del",
      "della", "der", "di", "du");

  private static final Set<String> EN_SENTENCE_START = Set.copyOf(java.util.Arrays.asList("the", "a", "an", "in", "on", "at", "for", "but", "and",
      "he", "she", "it", "they", "we", "i", "this", "that", "these", "those", "as", "after", "before", "when", "while",
      "if", "his", "her", "their", "its", "our", "some", "many", "most", "other", "others", "there", "here", "what",
      "who", "why", "how", "by", "with", "from", "to", "of", "since", "during", "last", "next", "earlier", "later",
      "still", "also", "meanwhile", "however", "although", "though", "because", "read", "more", "according", "both",
      "each", "every", "all", "one", "two", "three", "several", "asked", "under", "over", "about", "according",
      "such", "so", "then", "now", "yet", "not", "no", "do", "does", "did", "is", "was", "are", "were", "has", "have",
      "had", "will", "would", "can", "could", "should", "may", "might", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "january", "february", "march", "april", "june", "july", "august",
      "september", "october", "november", "december", "mr", "mrs", "ms", "dr", "president", "former", "chief", "democrat", "republican",
      "executive", "ceo", "senator", "sen", "rep", "gov", "secretary", "minister", "spokesperson", "spokesman", "deputy",
      "spokeswoman", "billionaire", "founder", "photo", "image", "getty", "images", "while", "where"));

  /** Words that make a title more exact and name no organization: State Treasurer, Acting Director. */
  private static final Set<String> TITLE_MODIFIERS = Set.of("state", "federal", "acting", "assistant", "associate",
      "senior", "county", "city", "interim", "managing", "general", "principal", "lead", "co");

  /** Titles that stand between an organization and a person in a capitalized run. */
  static final Set<String> EN_TITLES = Set.copyOf(java.util.Arrays.asList("secretary", "president", "ceo", "founder",
      "chairman", "chairwoman", "chair", "senator", "sen.", "rep.", "gov.", "governor", "ambassador", "minister",
      "director", "spokesperson", "spokesman", "spokeswoman", "chief", "executive", "officer", "cofounder",
      "co-founder", "owner", "attorney", "judge", "mayor", "commissioner", "administrator",
      "anchor", "host", "editor", "publisher", "leader", "speaker", "envoy", "adviser", "advisor", "treasurer"));

  @Override
  public List<Mention> find(Document doc) {
    List<Mention> out = new ArrayList<>();
    List<Token> tokens = doc.tokens();
    java.util.Set<String> lowerWords = new java.util.HashSet<>();
    if (!doc.isArabic()) {
      for (Token t : tokens) {
        if (t.kind() == Token.Kind.LATIN && Character.isLowerCase(t.norm().charAt(0))) {
          lowerWords.add(t.norm());
        }
      }
    }
    for (Sentence s : doc.sentences()) {
      if (doc.isArabic()) {
        arabic(doc, tokens, s, out);
      } else {
        List<Mention> found = new ArrayList<>();
        english(doc, tokens, s, found);
        // "Filings show ...": a word that opens the sentence and the article also writes in lower
        // case is an ordinary word, not a name.
        found.removeIf(m -> m.span().start() == tokens.get(s.firstToken()).start() && !m.name().contains(" ")
            && (lowerWords.contains(m.name().toLowerCase(Locale.ROOT)) || m.name().endsWith("ly")));
        found.removeIf(m -> demonymBeforeName(doc, tokens, m));
        out.addAll(found);
      }
    }
    return out;
  }

  private void arabic(Document doc, List<Token> tokens, Sentence s, List<Mention> out) {
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      Token t = tokens.get(i);
      if (t.kind() == Token.Kind.LATIN) {
        int end = latinRun(tokens, i, s.endToken());
        // "SpaceX Elon Musk": a person's name closing a run of Latin words is a name of its own.
        int split = end;
        for (int k = i + 1; k + 1 < end; k++) {
          if (looksLikePerson(tokens, k, end)) {
            split = k;
            break;
          }
        }
        out.add(mention(doc, tokens, i, split, EntityType.ORGANIZATION, "latin", 0.6));
        if (split < end) {
          out.add(mention(doc, tokens, split, end, EntityType.PERSON, "person", 0.6));
        }
        i = end - 1;
        continue;
      }
      if (t.kind() != Token.Kind.ARABIC) {
        continue;
      }
      int placeEnd = placePhrase(tokens, i, s.endToken());
      if (placeEnd > i) {
        int from = placeEnd - i == 2 && tokens.get(i).stem().equals("مدينه") ? i + 1 : i;
        out.add(mention(doc, tokens, from, placeEnd, EntityType.PLACE, "place", 0.45));
        i = placeEnd - 1;
        continue;
      }
      int personEnd = arabicPersonRun(tokens, i, s.endToken());
      if (personEnd > i) {
        out.add(mention(doc, tokens, i, personEnd, EntityType.PERSON, "person", 0.35));
        i = personEnd - 1;
        continue;
      }
    }
  }

  /**
   * A place named by its kind: "بمدينة الجديدة" (the word after مدينة names a town the gazetteer
   * knows, or one no ordinary word spells), "بالسوق المصرية" (a market named by its country's
   * adjective). The end of the phrase, or {@code from} when there is none.
   */
  static int placePhrase(List<Token> tokens, int from, int to) {
    Token t = tokens.get(from);
    if (from + 1 >= to || t.kind() != Token.Kind.ARABIC || !t.suffix().isEmpty()
        || !t.stem().equals("مدينه") && !t.stem().equals("سوق")) {
      return from;
    }
    Token next = tokens.get(from + 1);
    if (next.kind() != Token.Kind.ARABIC || !next.prefix().isEmpty() && !next.prefix().equals("ال")
        || ArabicWords.isFunction(next.norm())) {
      return from;
    }
    org.isnad.link.Gazetteer places = org.isnad.link.Gazetteer.standard();
    if (t.stem().equals("مدينه") && !t.hasArticle()
        && (!places.places(next.norm()).isEmpty() || !org.isnad.text.ar.WordCounts.isCommonWord(next.norm(), 20)
            && PersonNames.get().count(next.norm()) == 0)) {
      return from + 2;
    }
    String base = org.isnad.link.Nominals.nisbaBase(next, 3);
    if (t.stem().equals("سوق") && t.hasArticle() && base != null && places.places(base).stream()
        .anyMatch(p -> p.kind() == org.isnad.link.Gazetteer.Kind.COUNTRY)) {
      return from + 2;
    }
    return from;
  }

  /**
   * Two or three Arabic words that are each a frequent part of people's names (دونالد ترامب،
   * سام ألتمان): a person, until the statistical tagger says otherwise. Only the first word
   * may carry a conjunction or preposition.
   */
  static int arabicPersonRun(List<Token> tokens, int from, int to) {
    PersonNames names = PersonNames.get();
    int i = from;
    while (i < to && i - from < 3) {
      Token t = tokens.get(i);
      if (t.kind() != Token.Kind.ARABIC) {
        break;
      }
      String w = i == from ? Proclitics.strip(t.norm()) : t.norm();
      if (i - from >= 2 && familyName(t)) {
        i++; // "قاسم جبار الحلفي": a family name of origin closes the name
        break;
      }
      if (ArabicWords.isFunction(w) || ArabicWords.TIME.contains(w) || w.startsWith("ال") || names.count(w) < 3) {
        break;
      }
      i++;
    }
    return i - from >= 2 && names.count(Proclitics.strip(tokens.get(from).norm())) >= 10 ? i : from;
  }

  /** A definite nisba that running text does not use as an ordinary word: الحلفي، الدوسري, not الأمريكي. */
  static boolean familyName(Token t) {
    return t.kind() == Token.Kind.ARABIC && t.prefix().equals("ال") && t.suffix().isEmpty() && t.norm().endsWith("ي")
        && t.norm().length() >= 5 && !org.isnad.text.ar.WordCounts.isCommonWord(t.norm(), 2);
  }

  /** The index of the quotation mark closing the one at {@code open}, within {@code max} tokens, or -1. */
  static int closingQuote(List<Token> tokens, int open, int to, int max) {
    for (int k = open + 1; k < Math.min(to, open + max + 1); k++) {
      Token t = tokens.get(k);
      if (t.kind() == Token.Kind.QUOTE) {
        return k;
      }
      if (t.kind() == Token.Kind.PUNCT && !t.norm().equals(".")) {
        return -1; // "أيه. تي أند تي": the dots of spelled-out letters stay inside a name
      }
    }
    return -1;
  }

  /** Arabic words that can be part of a name after a head noun: no function words, no punctuation. */
  static int arabicNameRun(List<Token> tokens, int from, int to, int max) {
    int i = from;
    while (i < to && i - from < max) {
      Token t = tokens.get(i);
      if (t.kind() == Token.Kind.LATIN && i == from) {
        i++;
        continue;
      }
      boolean brandWord = i > from && BRAND_WORDS.contains(t.norm()); // "النيل باي", "إم جي"
      if (t.kind() != Token.Kind.ARABIC || !brandWord && (ArabicWords.isFunction(t.norm())
          || ArabicWords.isFunction(t.stem())) || ArabicWords.TIME.contains(t.norm())) {
        break;
      }
      if (i > from && !t.hasArticle() && org.isnad.text.ar.WordCounts.isCommonWord(t.norm(), 3)
          && !TITLE_HEADS.contains(tokens.get(i - 1).norm()) // "مكتب رئيس وزراء ...": a title's chain goes on
          && !openChain(tokens, i, to)) {
        break; // شركة الراجحي غرامة: an ordinary word ends the name
      }
      if (i > from && (t.hasPrefix('و') && !t.norm().startsWith("وو") && t.prefix().length() > 0)) {
        break; // a new conjunct
      }
      if (i > from && !t.hasArticle() && (t.prefix().equals("ب") || t.prefix().equals("ل")) && tokens.get(i - 1).hasArticle()) {
        break; // "وزارة الكهرباء بإحالة عقد": a prepositional phrase after a definite name is not in it
      }
      if (i > from && (t.norm().equals("الخاصه") || t.norm().equals("الخاص") || t.norm().equals("التابعه")
          || t.norm().equals("التابع")) && i + 1 < to && tokens.get(i + 1).kind() == Token.Kind.ARABIC
          && (tokens.get(i + 1).prefix().startsWith("ب") || tokens.get(i + 1).prefix().startsWith("ل"))) {
        break; // "لجنة التنصيب الخاصة بحاكمة الولاية": whose it is follows the name
      }
      if (i > from && tokens.get(i - 1).hasArticle() && !t.hasArticle() && t.prefix().isEmpty() && i + 1 < to
          && tokens.get(i + 1).kind() == Token.Kind.ARABIC && tokens.get(i + 1).hasArticle()
          && !TITLE_HEADS.contains(t.norm())) {
        break; // "وزارة النقل عطاء الحافلات": a new genitive chain after a closed name is the verb's object
      }
      if (i > from && !t.hasArticle() && !isDefiniteNisba(t) && tokens.get(i - 1).prefix().equals("لل")) {
        break; // "صندوق النخبة للاستثمار حصة": the field of business closes the name, an indefinite noun is not in it
      }
      if (i > from && !t.hasArticle() && isDefiniteNisba(tokens.get(i - 1))) {
        break; // وزارة الصحة الأردنية خالد العمري: the adjective closes the name, a person's follows
      }
      i++;
    }
    return i;
  }

  /**
   * "محكمة جنايات مكافحة الفساد": after an indefinite word the genitive chain is still open, and a
   * noun that a definite word completes goes on in the name; after a definite word (هيئة النزاهة
   * إحالة الوزير) the name has closed.
   */
  private static boolean openChain(List<Token> tokens, int i, int to) {
    Token prev = tokens.get(i - 1);
    Token t = tokens.get(i);
    boolean commonNoun = org.isnad.text.ar.WordCounts.isCommonWord(prev.norm(), 1)
        || prev.norm().length() >= 5 && prev.norm().endsWith("ات"); // not a proper name (بنك زيفرون توقيع الاتفاق)
    return i + 1 < to && prev.kind() == Token.Kind.ARABIC && commonNoun && !prev.hasArticle() && prev.prefix().isEmpty()
        && !prev.norm().startsWith("ال") && t.prefix().isEmpty() && t.suffix().isEmpty()
        && tokens.get(i + 1).kind() == Token.Kind.ARABIC && tokens.get(i + 1).hasArticle()
        && tokens.get(i + 1).prefix().equals("ال") && !ArabicWords.isFunction(tokens.get(i + 1).norm());
  }

  /** Whether tokens [from, to) are "Ministry of ..." or "Department of ...": a head whose portfolios may be listed. */
  private static boolean portfolios(List<Token> tokens, int from, int to) {
    for (int k = from; k + 1 < to; k++) {
      String w = tokens.get(k).norm().toLowerCase(Locale.ROOT);
      if ((w.equals("ministry") || w.equals("department") || w.equals("minister")) && tokens.get(k + 1).norm().equals("of")) {
        return true;
      }
    }
    return false;
  }

  /** Folded transliterated brand words and spelled letters that look like particles: باي (pay), اي (I), بي (B). */
  static final java.util.Set<String> BRAND_WORDS = java.util.Set.of("باي", "اي", "بي", "سي", "دي", "اف",
      "جي", "ام", "تي", "يو", "اكس", "واي", "كي");

  /** Folded title nouns whose genitive continues a name after a head noun: مكتب رئيس وزراء، مكتب نائب الرئيس. */
  private static final java.util.Set<String> TITLE_HEADS = java.util.Set.of("رييس", "نايب", "وزير", "امين");

  /** A definite adjective of origin or kind: الأردنية، الأمريكي، الفيدرالية. */
  static boolean isDefiniteNisba(Token t) {
    if (t.kind() != Token.Kind.ARABIC || !ArabicWords.isDefinite(t)) {
      return false;
    }
    String stem = t.hasArticle() ? t.stem() : t.norm().substring(2);
    return stem.length() >= 4 && (stem.endsWith("يه") || stem.endsWith("ي"));
  }

  private static int latinRun(List<Token> tokens, int from, int to) {
    int i = from + 1;
    while (i < to) {
      Token t = tokens.get(i);
      Token prev = tokens.get(i - 1);
      boolean glued = prev.end() == t.start() || t.start() - prev.end() == 1;
      if (t.norm().equals("'s")) {
        break; // Acme's Roadster: the owner's name ends at the possessive
      }
      if (t.kind() == Token.Kind.LATIN && glued) {
        i++;
      } else if ((t.norm().equals("-") || t.norm().equals("&") || t.norm().equals("'")) && i + 1 < to
          && tokens.get(i + 1).kind() == Token.Kind.LATIN) {
        i += 2;
      } else {
        break;
      }
    }
    return i;
  }

  private void english(Document doc, List<Token> tokens, Sentence s, List<Mention> out) {
    int i = s.firstToken();
    while (i < s.endToken()) {
      Token t = tokens.get(i);
      if (!isCapitalized(t)) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < s.endToken()) {
        Token n = tokens.get(end);
        if (isCapitalized(n) || (n.norm().equals("&") || n.norm().equals("-")) && end + 1 < s.endToken()
            && isCapitalized(tokens.get(end + 1))) {
          end++;
        } else if (n.norm().equals("-") && end + 3 < s.endToken() && glued(tokens, end - 1, end + 3)
            && tokens.get(end + 2).norm().equals("-") && isCapitalized(tokens.get(end + 3))) {
          end += 4; // Mar-a-Lago, Rolls-Royce's kin: hyphen-joined with a lower-case middle
        } else if (n.norm().equals("-") && end + 1 < s.endToken() && glued(tokens, end - 1, end + 1)
            && tokens.get(end + 1).kind() == Token.Kind.LATIN) {
          end += 2; // Coca-Cola, Rolls-Royce
        } else if (n.norm().equals("'s") && end + 2 <= s.endToken() && end + 1 < s.endToken()
            && isCapitalized(tokens.get(end + 1)) && PersonNames.get().count(tokens.get(end + 1).norm()) < 20
            && (end + 2 >= s.endToken() || !isCapitalized(tokens.get(end + 2)))) {
          end += 2; // McDonald's Corp, Moody's Analytics: a name with a possessive inside
        } else if ((n.norm().equals("of") || n.norm().equals("for")) && end + 1 < s.endToken()
            && isCapitalized(tokens.get(end + 1)) && hasOrgWord(tokens, i, end)) {
          end++;
        } else if ((n.norm().equals(",") || n.norm().equals("and")) && end + 1 < s.endToken()
            && isCapitalized(tokens.get(end + 1)) && portfolios(tokens, i, end)) {
          end++; // "Ministry of Electricity, Water and Renewable Energy": one ministry of joined portfolios
        } else if (NAME_PARTICLES.contains(n.norm()) && end + 1 < s.endToken() && isCapitalized(tokens.get(end + 1))) {
          end++; // "Said bin Hamad", "Ludwig van Beethoven"
        } else if ((n.norm().equals("al") || n.norm().equals("el")) && end + 2 < s.endToken()
            && tokens.get(end + 1).norm().equals("-") && isCapitalized(tokens.get(end + 2))) {
          end += 2; // "al-Harthi"
        } else {
          break;
        }
      }
      int start = i;
      while (start < end && EN_SENTENCE_START.contains(tokens.get(start).norm().toLowerCase(Locale.ROOT))) {
        start++;
      }
      if (start + 3 < end && tokens.get(start + 1).norm().equals("-")
          && tokens.get(start + 2).norm().equalsIgnoreCase("based")) {
        start += 3; // "Istanbul-based Arslan Holding": the city says where it sits
      }
      if (start + 2 < end && tokens.get(start).norm().equals("-")
          && Set.of("elect", "designate").contains(tokens.get(start + 1).norm().toLowerCase(Locale.ROOT))) {
        start += 2; // the "-elect" of "President-elect Dana Reed"
      }
      // "Commerce Secretary Dana Reed": the organization, the title, then the person.
      int firstTitle = -1;
      int lastTitle = -1;
      for (int k = start; k < end - 1; k++) {
        String w = tokens.get(k).norm().toLowerCase(Locale.ROOT);
        if (EN_TITLES.contains(w)) {
          firstTitle = firstTitle < 0 ? k : firstTitle;
          lastTitle = k;
        } else if (lastTitle == k - 1 && w.equals("-") && k + 2 < end
            && Set.of("elect", "designate").contains(tokens.get(k + 1).norm().toLowerCase(Locale.ROOT))) {
          lastTitle = k + 1; // President-elect Dana Reed
          k++;
        } else if (lastTitle >= 0) {
          break;
        }
      }
      if (firstTitle >= 0) {
        if (firstTitle > start && !(firstTitle == start + 1
            && TITLE_MODIFIERS.contains(tokens.get(start).norm().toLowerCase(Locale.ROOT)))) {
          out.add(mention(doc, tokens, start, firstTitle, EntityType.ORGANIZATION, "organization", 0.5));
        }
        start = lastTitle + 1;
      }
      if (start < end) {
        boolean org = hasOrgWord(tokens, start, end);
        // "Uber CEO Dara Khosrowshahi": a name right after a person's title is a person's.
        boolean titled = firstTitle >= 0 && end - start >= 2 && end - start <= 4
            || apposedToTitle(tokens, start, end); // "Acme's chief executive, Priya Natarajan,"
        // a place the gazetteer knows whole is a place even when its first word is a given name (San Francisco)
        EntityType type = org ? EntityType.ORGANIZATION : titled ? EntityType.PERSON
            : knownPlace(doc, tokens, start, end) ? EntityType.PLACE
            : looksLikePerson(tokens, start, end) ? EntityType.PERSON : EntityType.OTHER;
        out.add(mention(doc, tokens, start, end, type, org ? "organization" : type == EntityType.PERSON ? "person"
            : "name", org ? 0.6 : 0.4));
      }
      i = end;
    }
  }

  private static final java.util.regex.Pattern DEMONYM =
      java.util.regex.Pattern.compile("[A-Z][a-z]{2,}(ish|ese|ian|tch|nch|ot|ati|udi|aeli|ani|ari|iti)");

  /** Whether a capitalized word has the ending of a nationality word: Turkish, Kenyan, Emirati. */
  public static boolean isDemonym(String word) {
    return DEMONYM.matcher(word).matches() || DEMONYMS.contains(word);
  }

  /** Nationality words the ending pattern misses: Dutch, Saudi, German. */
  private static final Set<String> DEMONYMS = Set.of("Dutch", "French", "Greek", "Thai", "Swiss", "Czech", "Saudi",
      "Iraqi", "Omani", "Yemeni", "Korean", "Kenyan", "Mexican", "Moroccan", "Libyan", "German", "Bahraini");

  /**
   * "Turkish builder Demirkaya", "Dutch chipmaker Veltrix", "Cypriot businessman Andreas Loizou":
   * a nationality word that describes the name after a common noun is not a name itself.
   */
  private static boolean demonymBeforeName(Document doc, List<Token> tokens, Mention m) {
    String w = m.name();
    if (w.contains(" ") || !isDemonym(w)) {
      return false;
    }
    int k = doc.tokenAt(m.span().end());
    int lower = 0;
    while (k >= 0 && k + lower < tokens.size() && lower < 3 && tokens.get(k + lower).kind() == Token.Kind.LATIN
        && Character.isLowerCase(tokens.get(k + lower).norm().charAt(0))) {
      lower++; // "Dutch payments group Paxora": up to three lower-case words describe the name after them
    }
    return lower > 0 && k + lower < tokens.size() && isCapitalized(tokens.get(k + lower));
  }

  /** Whether tokens {@code [from, to)} name a country or a city of the gazetteer (Qatar, Doha, United Kingdom). */
  private static boolean knownPlace(Document doc, List<Token> tokens, int from, int to) {
    String name = doc.slice(new Span(tokens.get(from).start(), tokens.get(to - 1).end()));
    org.isnad.link.Gazetteer g = org.isnad.link.Gazetteer.standard();
    return g.isCountry(name) || g.isCity(name);
  }

  /** Two to four words, each a frequent part of people's names (Mark Zuckerberg, Sam Altman). */
  static boolean looksLikePerson(List<Token> tokens, int from, int to) {
    int n = to - from;
    if (n < 2 || n > 4) {
      return false;
    }
    PersonNames names = PersonNames.get();
    Token firstToken = tokens.get(from);
    int first = names.count(firstToken.norm());
    // A given name is frequent; the surname may be rare (Zuckerberg), so the first word decides.
    boolean latin = firstToken.kind() == Token.Kind.LATIN;
    if (latin && !middleNames(tokens, from, to)) {
      return false;
    }
    return first >= 20 || first >= 3 && names.count(tokens.get(to - 1).norm()) >= 2
        || latin && names.isEnglishGivenName(firstToken.norm())
        && tokens.get(to - 1).kind() == Token.Kind.LATIN && spaced(tokens, from, from + 2); // not "Ray-Ban"; "Nadia Okonkwo-Hale"
  }

  /**
   * "chief executive, Priya Natarajan": two or three capitalized words set off by a comma right
   * after a person's title, with no word of an organization's name, are the holder's name.
   */
  private static boolean apposedToTitle(List<Token> tokens, int from, int to) {
    int words = to - from;
    if (words < 2 || words > 5 || from < 2 || !tokens.get(from - 1).norm().equals(",")
        || to < tokens.size() && !tokens.get(to).norm().equals(",") && !tokens.get(to).norm().equals(".")) {
      return false;
    }
    String title = tokens.get(from - 2).norm().toLowerCase(Locale.ROOT);
    return EN_TITLES.contains(title) || title.equals("leader") || title.equals("partner");
  }

  /** "Mary Ann Reed", "John F. Reed": the words between a given name and the last are names or initials (not "Silver State Forward"). */
  private static boolean middleNames(List<Token> tokens, int from, int to) {
    PersonNames names = PersonNames.get();
    for (int k = from + 1; k < to - 1; k++) {
      String w = tokens.get(k).norm();
      if (w.equals("-") || tokens.get(k + 1).norm().equals("-") || tokens.get(k - 1).norm().equals("-")
          || ARABIC_PARTICLES.contains(w.toLowerCase(Locale.ROOT))) {
        continue; // "Omar Al-Qahtani", "Nadia Okonkwo-Hale", "Said bin Hamad": a joined surname or a particle
      }
      boolean initial = w.length() <= 2 && Character.isUpperCase(w.charAt(0));
      if (!initial && !names.isEnglishGivenName(w) && names.count(w) < 3) {
        return false;
      }
    }
    return true;
  }

  /** Whether tokens {@code [from, to)} are separate words: a space between each two. */
  private static boolean spaced(List<Token> tokens, int from, int to) {
    for (int k = from; k + 1 < to; k++) {
      if (tokens.get(k).end() == tokens.get(k + 1).start()) {
        return false;
      }
    }
    return true;
  }

  /** Tokens {@code [from, to]} written without spaces between them. */
  private static boolean glued(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (tokens.get(k).end() != tokens.get(k + 1).start()) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasOrgWord(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (EN_ORG_WORDS.contains(tokens.get(k).norm().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCapitalized(Token t) {
    if (t.kind() != Token.Kind.LATIN) {
      return false;
    }
    return Character.isUpperCase(t.norm().charAt(0));
  }

  static Mention mention(Document doc, List<Token> tokens, int first, int end, EntityType type, String sub,
      double score) {
    Token a = tokens.get(first);
    Token b = tokens.get(end - 1);
    int start = a.start();
    // Leave proclitics out of the visible span: وبصندوق → صندوق.
    if (a.kind() == Token.Kind.ARABIC && !a.prefix().isEmpty() && !prefixIsPartOfName(doc, tokens, a)) {
      String p = a.prefix();
      int keep = p.endsWith("لل") ? p.length() : p.endsWith("ال") ? p.length() - 2 : p.length();
      start = skipLetters(doc.text(), a.start(), a.end(), keep);
    }
    Span span = new Span(start, b.end());
    String name = org.isnad.text.ar.ArabicNormalizer.normalize(doc.slice(span));
    return new Mention(span, type, sub, name, score, "rules");
  }

  /**
   * Whether the letter the segmenter took for a proclitic starts the name itself: "فورد" is Ford,
   * not ف + ورد, and "بايت دانس" is not ب + ايت. A lone ف rarely stands before a name; a lone ب
   * or ك is read as a preposition only when the document also writes the name without it.
   */
  static boolean prefixIsPartOfName(Document doc, List<Token> tokens, Token a) {
    String p = a.prefix();
    if (p.startsWith("ف") || p.startsWith("س")) {
      return true; // س marks a verb's future, never a name's start: ساجار
    }
    if (p.equals("و") && NerMentions.wholeNameWord(doc, tokens, a)) {
      return true; // وارين (Warren)
    }
    if (p.equals("و")) {
      // "وسيم قبلان", "وليد": a given name that starts with و, better known whole than without it
      PersonNames names = PersonNames.get();
      String whole = org.isnad.text.ar.ArabicNormalizer.normalize(a.norm());
      String rest = org.isnad.text.ar.ArabicNormalizer.normalize(a.stem() + a.suffix());
      org.isnad.link.Gazetteer given = org.isnad.link.Gazetteer.standard();
      return given.isGivenName(whole) && !given.isGivenName(rest)
          || names.count(whole) >= 3 && names.count(whole) > names.count(rest);
    }
    if (!p.equals("ب") && !p.equals("ك") && !p.equals("ل")) {
      return false;
    }
    if (afterPrepositionSomewhere(doc, tokens, a)) {
      return true; // "في بايت دانس", "شركة بايت دانس": no preposition follows في or a company's head noun
    }
    String stem = org.isnad.text.ar.ArabicNormalizer.normalize(a.stem() + a.suffix());
    if (!org.isnad.link.Gazetteer.standard().places(stem).isEmpty()) {
      return false; // "بمصر": a place the gazetteer knows without the letter
    }
    java.util.Set<String> prefixes = stemPrefixes(doc, tokens).get(stem);
    if (prefixes != null && (prefixes.size() > 1 || !prefixes.contains(p))) {
      return false; // the document also writes the name without this letter
    }
    PersonNames names = PersonNames.get();
    int whole = names.count(org.isnad.text.ar.ArabicNormalizer.normalize(a.norm()));
    // ل stands before names far more often than ب: it stays only where the whole word is the
    // better-known name (ليلى, not ل + يلى).
    return p.equals("ل") ? whole > names.count(stem) : names.count(stem) <= whole;
  }

  private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("في", "من", "علي", "الي", "عن", "مع",
      "لدي", "حول", "بين", "ضد");

  /**
   * Whether the document writes this word somewhere right after a preposition or a head noun
   * (quotation marks between allowed): there its first letter cannot be another preposition.
   */
  private static boolean afterPrepositionSomewhere(Document doc, List<Token> tokens, Token a) {
    return AFTER_PREPOSITION.computeIfAbsent(doc, d -> {
      java.util.Set<String> out = new java.util.HashSet<>();
      for (Token t : tokens) {
        int k = t.index() - 1;
        while (k >= 0 && tokens.get(k).kind() == Token.Kind.QUOTE) {
          k--;
        }
        if (k < 0 || tokens.get(k).kind() != Token.Kind.ARABIC) {
          continue;
        }
        Token prev = tokens.get(k);
        if (PREPOSITIONS.contains(prev.norm()) || prev.prefix().isEmpty() && AR_HEADS.containsKey(prev.stem())) {
          out.add(t.norm());
        }
      }
      return out;
    }).contains(a.norm());
  }

  /** Per document: the words it writes right after a preposition or a head noun (read once, not per name). */
  private static final java.util.Map<Document, java.util.Set<String>> AFTER_PREPOSITION =
      java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  /** Per document: each Arabic stem (with its suffix) and the prefixes it is written with. */
  private static final java.util.Map<Document, java.util.Map<String, java.util.Set<String>>> STEMS =
      java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  static java.util.Map<String, java.util.Set<String>> stemPrefixes(Document doc, List<Token> tokens) {
    return STEMS.computeIfAbsent(doc, d -> {
      java.util.Map<String, java.util.Set<String>> out = new java.util.HashMap<>();
      for (Token t : tokens) {
        if (t.kind() == Token.Kind.ARABIC) {
          out.computeIfAbsent(org.isnad.text.ar.ArabicNormalizer.normalize(t.stem() + t.suffix()),
              k -> new java.util.HashSet<>()).add(t.prefix());
        }
      }
      return out;
    });
  }

  /** The index after {@code n} letters from {@code start}, skipping marks and tatweel. */
  static int skipLetters(String text, int start, int end, int n) {
    int i = start;
    int seen = 0;
    while (i < end && seen < n) {
      char c = text.charAt(i);
      if (org.isnad.text.ar.ArabicLetters.isLetter(c)) {
        seen++;
      }
      i++;
    }
    while (i < end && (org.isnad.text.ar.ArabicLetters.isDiacritic(text.charAt(i))
        || text.charAt(i) == org.isnad.text.ar.ArabicLetters.TATWEEL)) {
      i++;
    }
    return i;
  }
}
