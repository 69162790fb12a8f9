package org.isnad.recognize;

import java.util.ArrayList;
import java.util.List;
import org.isnad.fact.EntityType;
import org.isnad.recognize.ner.NameMention;
import org.isnad.recognize.ner.NameTagger;
import org.isnad.text.Document;
import org.isnad.text.Token;
import org.isnad.text.ar.ArabicNormalizer;
import org.isnad.text.ar.Proclitics;

/** The statistical tagger's names as mentions (Arabic documents; English goes by {@link NameRules}). */
public final class NerMentions implements MentionFinder {
  private final NameTagger tagger;

  public NerMentions(NameTagger tagger) {
    this.tagger = tagger;
  }

  public static NerMentions standard() {
    return new NerMentions(NameTagger.standard());
  }

  @Override
  public List<Mention> find(Document doc) {
    List<Mention> out = new ArrayList<>();
    if (!doc.isArabic()) {
      return out;
    }
    List<Token> tokens = doc.tokens();
    for (NameMention n : tagger.tag(doc)) {
      EntityType type = switch (n.type()) {
        case PERS -> EntityType.PERSON;
        case ORG -> EntityType.ORGANIZATION;
        case LOC -> EntityType.PLACE;
        case MISC -> EntityType.OTHER;
      };
      // "زوكربيرج وبيزوس": a word opening with the conjunction و starts another name.
      int first = n.firstToken();
      for (int k = first + 1; k <= n.endToken(); k++) {
        if (k == n.endToken() || startsConjunct(doc, tokens, tokens.get(k))) {
          add(doc, tokens, first, k, type, out);
          first = k;
        }
      }
    }
    return out;
  }

  private static void add(Document doc, List<Token> tokens, int first, int end, EntityType type, List<Mention> out) {
    while (first < end && ArabicWords.isFunction(tokens.get(first).norm())) {
      first++; // "أن زوكربيرغ": a particle the tagger took in
    }
    while (end > first && ArabicWords.isFunction(tokens.get(end - 1).norm())
        && !NameRules.BRAND_WORDS.contains(tokens.get(end - 1).norm())) {
      end--;
    }
    while (end > first && end < tokens.size() && NameRules.BRAND_WORDS.contains(tokens.get(end).norm())
        && tokens.get(end - 1).kind() == Token.Kind.ARABIC && !ArabicWords.isFunction(tokens.get(end - 1).norm())
        && type == EntityType.ORGANIZATION) {
      end++; // "النيل باي": the tagger stopped at a brand word that looks like a particle
    }
    if (type == EntityType.ORGANIZATION && end - first >= 2 && first > 0 && tokens.get(first).norm().equals("اداره")
        && tokens.get(first - 1).norm().endsWith("مجلس")) {
      first++; // "رئيس مجلس إدارة مرسى العقارية": the board's word belongs to the title
    }
    if (type == EntityType.PERSON) {
      int[] bounds = personBounds(doc, tokens, first, end);
      first = bounds[0];
      end = bounds[1];
    }
    if (first == end) {
      return;
    }
    String text = ArabicNormalizer.normalize(doc.slice(tokens.get(first).start(), tokens.get(end - 1).end()));
    if (end - first == 1 && NOT_NAMES.contains(Proclitics.strip(text))) {
      return; // الشركة، دولار: a common noun the tagger took for a name
    }
    Mention m = NameRules.mention(doc, tokens, first, end, type, type.json(), 0.8);
    if (end - first == 1 && first > 0 && OF_TITLE.contains(tokens.get(first - 1).norm())) {
      String raw = doc.slice(m.span());
      if (raw.length() >= 5 && raw.charAt(0) == 'ل' && raw.charAt(1) != 'ـ' && raw.charAt(1) != 'ل') {
        // "العضو المنتدب لنيلكانث، فلان": the company of a title, its ل not split off an unknown name
        org.isnad.text.Span span = new org.isnad.text.Span(m.span().start() + 1, m.span().end());
        out.add(new Mention(span, EntityType.ORGANIZATION, "organization",
            ArabicNormalizer.normalize(doc.slice(span)), 0.8, "ner"));
        return;
      }
    }
    out.add(new Mention(m.span(), type, type.json(), m.name(), 0.8, "ner"));
  }

  /** و starts another name (زوكربيرج وبيزوس); ل or ب a phrase after it (زوكربيرج لبلومبرج). */
  private static boolean startsConjunct(Document doc, List<Token> tokens, Token t) {
    return t.kind() == Token.Kind.ARABIC && t.stem().length() >= 3 && !t.prefix().isEmpty()
        && "ولب".indexOf(t.prefix().charAt(0)) >= 0 && !wholeNameWord(doc, tokens, t);
  }

  /**
   * "إليزابيث وارين"، "كارين لوندغرين": و (or ل، ب) starts the surname, not a second name or a
   * phrase, when the document never writes the rest of the word alone (it writes بيزوس alone where
   * "زوكربيرج وبيزوس" lists two).
   */
  static boolean wholeNameWord(Document doc, List<Token> tokens, Token t) {
    if (!(t.prefix().equals("و") || t.prefix().equals("ل") || t.prefix().equals("ب")) || t.index() == 0) {
      return false;
    }
    // After a given name (إليزابيث، ليلى) a surname follows; after a surname or a brand, a list.
    String before = ArabicNormalizer.normalize(tokens.get(t.index() - 1).norm());
    if (PersonNames.get().count(before) < 50) {
      return false;
    }
    java.util.Set<String> prefixes = NameRules.stemPrefixes(doc, tokens)
        .get(ArabicNormalizer.normalize(t.stem() + t.suffix()));
    return prefixes != null && prefixes.size() == 1 && prefixes.contains(t.prefix()); // كارين لوندغرين
  }

  /**
   * The words a person's name the tagger found really spans: without a relation title before it,
   * with a given name or a family name the tagger left out. {first, end}.
   */
  private static int[] personBounds(Document doc, List<Token> tokens, int first, int end) {
    while (end - first >= 2 && RELATION_TITLES.contains(tokens.get(first).norm())) {
      first++; // "محامي الكعبي": the title of someone's relation, then the name
    }
    if (first >= 2 && tokens.get(first - 1).norm().equals("علي")
        && doc.slice(tokens.get(first - 1).span()).endsWith("ي") && ListedNames.isComma(tokens.get(first - 2))) {
      first--; // "محامي الكعبي، علي حسن الزبيدي": علي written with ي after a comma is a given name, not على
    }
    if (end - first >= 2 && end < tokens.size() && NameRules.familyName(tokens.get(end))) {
      end++; // "قاسم جبار الحلفي": the tagger stopped before the family name
    }
    if (end - first >= 2 && end + 1 < tokens.size() && unknownWord(tokens.get(end))
        && tokens.get(end + 1).kind() == Token.Kind.PUNCT) {
      end++; // "عبدالله محسن باعوضة،": a surname no lexicon knows, closed by punctuation
    }
    if (first >= 2 && givenName(tokens.get(first - 1))
        && (ListedNames.isComma(tokens.get(first - 2)) || tokens.get(first - 2).kind() == Token.Kind.QUOTE)) {
      first--; // "، منيرة عبدالله الرومي": the given name the tagger left out after the comma
    }
    return new int[] {first, end};
  }

  /** Folded last words of titles that a ل-phrase naming the organization follows: المنتدب لـX، التنفيذي لـX. */
  private static final java.util.Set<String> OF_TITLE = java.util.Set.of("المنتدب", "التنفيذي", "التنفيذيه",
      "العام", "العامه", "مدير", "رييس", "مؤسس", "موسس", "الاداره", "اداره", "المالي", "التشغيلي");

  /** An Arabic word without clitics that the running-text lexicon never saw: a transliterated or rare surname. */
  private static boolean unknownWord(Token t) {
    return t.kind() == Token.Kind.ARABIC && t.prefix().isEmpty() && t.suffix().isEmpty() && t.norm().length() >= 4
        && !t.norm().startsWith("ال") && org.isnad.text.ar.WordCounts.count(t.norm()) == 0
        && !ArabicWords.isFunction(t.norm());
  }

  /** An Arabic word without clitics that is often a given name and is no ordinary word: منيرة، خالد. */
  private static boolean givenName(Token t) {
    return t.kind() == Token.Kind.ARABIC && t.prefix().isEmpty() && !t.norm().startsWith("ال")
        && PersonNames.get().count(t.norm()) >= 3 && !org.isnad.text.ar.WordCounts.isCommonWord(t.norm(), 3)
        && !ArabicWords.isFunction(t.norm());
  }

  /** Folded nouns that name someone by a relation or courtesy, never part of a name: محامي فلان، السيد فلان. */
  private static final java.util.Set<String> RELATION_TITLES = java.util.Set.of("محامي", "المحامي", "محاميه",
      "المحاميه", "مستشار", "المستشار", "السيد", "السيده", "نجل", "شقيق", "شقيقه", "زوجه", "موكله", "موكلي");

  /** Common nouns the tagger sometimes takes for names; nominal reference is {@code Nominals}' job. */
  private static final java.util.Set<String> NOT_NAMES = java.util.Set.of("الشركه", "الحكومه", "الصحيفه", "الرييس",
      "دولار", "الدولار", "دولارا", "يورو", "الادارة", "الاداره", "المجموعه", "المنصه", "الوزاره", "اللجنه", "البنك",
      "المصرف", "الصندوق", "الجهاز", "الهييه");
}
