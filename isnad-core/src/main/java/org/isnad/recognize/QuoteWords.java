package org.isnad.recognize;

import java.util.Locale;
import java.util.Set;
import org.isnad.text.Token;

/**
 * The word lists {@link SpeechScore} reads, folded (Arabic letters folded, English lower case):
 * words that make a clause, nouns and verbs that introduce a name, appositives, institutions.
 */
final class QuoteWords {
  static final Set<String> CLAUSE_WORDS = Set.of("i", "we", "you", "he", "she", "they", "it", "is", "are",
      "was", "were", "am", "be", "been", "being", "will", "would", "can", "could", "should", "shall", "may", "might",
      "must", "have", "has", "had", "do", "does", "did", "not", "never", "don't", "won't", "can't", "didn't", "doesn't",
      "isn't", "aren't", "wasn't", "weren't", "couldn't", "wouldn't", "shouldn't", "i'm", "we're", "you're",
      "they're", "it's", "that's", "there's", "we've", "i've", "they've", "you've", "i'll", "we'll", "you'll",
      "he's", "she's", "let's", "me", "us", "my", "our", "your", "because", "if", "when", "why", "how",
      "ان", "انه", "انها", "انهم", "اننا", "انني", "لن", "لم", "لا", "قد", "سوف", "ليس", "ليست", "كان", "كانت", "يكون",
      "تكون", "كنا", "كنت", "هو", "هي", "هم", "هن", "نحن", "انا", "انت", "انتم", "التي", "الذي", "الذين", "هذا", "هذه",
      "ذلك", "تلك", "اذا", "لو", "لان", "لكن", "كما", "حيث", "عندما", "ما", "ماذا", "لماذا", "كيف", "هل", "يجب", "يمكن",
      "يبدو", "نريد", "اريد", "اعتقد", "نعتقد", "سيكون", "ستكون", "لدينا", "لدي", "لديه", "لديها", "عندنا");
  static final Set<String> CATEGORY_NOUNS = Set.of("شركه", "مشروع", "برنامج", "منصه", "تطبيق", "حزب",
      "كتاب", "فيلم", "مبادره", "عمليه", "حركه", "صحيفه", "مجله", "قناه", "موقع", "مجموعه", "صندوق", "جماعه", "تنظيم",
      "مسلسل", "روايه", "اغنيه", "حمله", "شعار", "مصطلح", "لقب", "اسم", "وسم", "هاشتاغ", "خطه", "قانون", "نموذج",
      "روبوت", "منتج", "علامه", "جايزه", "موتمر", "قمه", "منتدي", "معرض", "مهرجان", "كلمه", "عباره", "وكاله",
      "company", "firm", "startup", "project", "program", "programme", "app", "platform", "party", "book", "film",
      "movie", "show", "series", "newspaper", "magazine", "channel", "network", "operation", "initiative", "campaign",
      "slogan", "term", "phrase", "word", "hashtag", "plan", "bill", "act", "model", "chatbot", "product", "brand",
      "group", "fund", "conference", "summit", "festival", "award", "album", "song", "novel", "podcast", "website",
      "site", "tool", "feature", "service", "label", "nickname", "codename", "venture", "glasses", "deal");
  static final Set<String> NAMING_WORDS = Set.of("مسمي", "مسماه", "معروف", "معروفه", "ملقب", "ملقبه",
      "عنوان", "يسمي", "تسمي", "سمي", "سميت", "يدعي", "تدعي", "دعي", "called", "named", "dubbed", "titled",
      "entitled", "nicknamed", "so-called", "branded");
  static final Set<String> APPOSITIVES = Set.of("وهو", "وهي", "الذي", "التي", "a", "an", "the", "which",
      "who", "whose");
  static final Set<String> INSTITUTIONS = Set.of("هييه", "وزاره", "شركه", "موسسه", "مجلس", "منظمه", "حزب",
      "جمعيه", "صندوق", "برنامج", "مشروع", "مركز", "جامعه", "بنك", "مصرف", "اتحاد", "لجنه", "رابطه", "نادي",
      "مجموعه", "تحالف", "جبهه", "حركه", "قناه", "صحيفه", "مجله", "وكاله");
  static final Set<String> SMALL_WORDS = Set.of("of", "the", "and", "a", "an", "in", "on", "for", "to", "at",
      "by", "with", "or", "from", "vs");
  static final Set<String> TERMINALS = Set.of(".", "!", "?", "؟", "…", "...");

  /** Latin letters spelled in Arabic: followed by a stop they make an acronym (يو. إس. أيه), a name. */
  static final Set<String> LETTER_NAMES = Set.of("ايه", "اي", "بي", "سي", "دي", "اف", "جي", "اتش", "اش", "جيه",
      "كيه", "كي", "ال", "ام", "ان", "او", "ار", "اس", "تي", "يو", "في", "دبليو", "اكس", "واي", "زد", "كيو");

  private QuoteWords() {}

  /** Whether {@code t} is a clause word; {@code first} lets a capitalized first word count (We, It). */
  static boolean isClauseWord(Token t, boolean first) {
    String n = t.norm().replace('\u2019', '\'');
    if (t.kind() == Token.Kind.LATIN) {
      return CLAUSE_WORDS.contains(first || n.equals("I") ? n.toLowerCase(Locale.ROOT) : n);
    }
    if (CLAUSE_WORDS.contains(n)) {
      return true;
    }
    // و and ف go before any clause word (ولن، فإن); ب and ل only before أن and its forms (بأن، لأنه).
    char p = n.isEmpty() ? 0 : n.charAt(0);
    String rest = n.length() > 2 ? n.substring(1) : "";
    return (p == 'و' || p == 'ف') && CLAUSE_WORDS.contains(rest)
        || (p == 'ب' || p == 'ل') && rest.startsWith("ان") && CLAUSE_WORDS.contains(rest);
  }

  /** A word without its Arabic proclitics and article, or an English word in lower case. */
  static String bare(Token t) {
    if (t.kind() != Token.Kind.ARABIC) {
      return t.norm().toLowerCase(Locale.ROOT);
    }
    String n = t.norm();
    for (String p : new String[] {"وبال", "وال", "بال", "لل", "ال", "و", "ب", "ل", "ف"}) {
      if (n.startsWith(p) && n.length() - p.length() >= 3) {
        String rest = n.substring(p.length());
        if (CATEGORY_NOUNS.contains(rest) || NAMING_WORDS.contains(rest) || INSTITUTIONS.contains(rest)) {
          return rest;
        }
      }
    }
    return n;
  }
}
