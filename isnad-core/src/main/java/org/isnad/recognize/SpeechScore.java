package org.isnad.recognize;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.isnad.text.Document;
import org.isnad.text.Sentence;
import org.isnad.text.Span;
import org.isnad.text.Token;

/**
 * Tells speech from a name or term in quotation marks. The rule adds points and calls the
 * quote speech when the sum is at least {@value #THRESHOLD}:
 *
 * <pre>
 *   +3  a speech cue (قال، بحسب، said, according to) before the opening mark in its sentence,
 *       at most 8 words before it; +2 if it is farther back in the same sentence
 *   +3  a colon right before the opening mark, after such a cue (قال: «…»); +1 with no cue
 *   +3  a speech cue within 4 words after the closing mark; +3 more when a comma ends the
 *       quote and the cue is among the next 3 words (“…”، قال ترامب / "…," he said)
 *   +2  a clause inside: a clause word (إن، لن، هو، نحن، I, we, is, will, not), a stop, ! or ?,
 *       or, in a quote of two words or more, a future verb (سنواصل، سيقود)
 *   -4  1 or 2 words and no clause; -2 for 3 or 4 words and no clause
 *   +1  5 to 9 words; +2 for 10 words or more
 *   -3  with no clause, naming context: a category noun or naming word right before (شركة،
 *       مشروع، بعنوان، project, called, the so-called, known as), or, with no cue after, a category
 *       noun, a possessive ('s) or an appositive (، وهي / , a / , which) right after
 *   -2  with no clause, title-like: every English word capitalized, or an Arabic institution
 *       word first (هيئة، وزارة، مجلس)
 *   -1  nested inside another quote
 * </pre>
 *
 * Cues inside other quotes do not count. A document without tokens gives no speech. Thread-safe.
 */
final class SpeechScore {
  static final int THRESHOLD = 2;

  private static final Set<String> CLAUSE_WORDS = Set.of("i", "we", "you", "he", "she", "they", "it", "is", "are",
      "was", "were", "am", "be", "been", "being", "will", "would", "can", "could", "should", "shall", "may", "might",
      "must", "have", "has", "had", "do", "does", "did", "not", "never", "don't", "won't", "can't", "didn't", "doesn't",
      "isn't", "aren't", "wasn't", "weren't", "couldn't", "wouldn't", "shouldn't", "i'm", "we're", "you're",
      "they're", "it's", "that's", "there's", "we've", "i've", "they've", "you've", "i'll", "we'll", "you'll",
      "he's", "she's", "let's", "me", "us", "my", "our", "your", "because", "if", "when", "why", "how",
      "ان", "انه", "انها", "انهم", "اننا", "انني", "لن", "لم", "لا", "قد", "سوف", "ليس", "ليست", "كان", "كانت", "يكون",
      "تكون", "كنا", "كنت", "هو", "هي", "هم", "هن", "نحن", "انا", "انت", "انتم", "التي", "الذي", "الذين", "هذا", "هذه",
      "ذلك", "تلك", "اذا", "لو", "لان", "لكن", "كما", "حيث", "عندما", "ما", "ماذا", "لماذا", "كيف", "هل", "يجب", "يمكن",
      "يبدو", "نريد", "اريد", "اعتقد", "نعتقد", "سيكون", "ستكون", "لدينا", "لدي", "لديه", "لديها", "عندنا");
  private static final Set<String> CATEGORY_NOUNS = Set.of("شركه", "مشروع", "برنامج", "منصه", "تطبيق", "حزب",
      "كتاب", "فيلم", "مبادره", "عمليه", "حركه", "صحيفه", "مجله", "قناه", "موقع", "مجموعه", "صندوق", "جماعه", "تنظيم",
      "مسلسل", "روايه", "اغنيه", "حمله", "شعار", "مصطلح", "لقب", "اسم", "وسم", "هاشتاغ", "خطه", "قانون", "نموذج",
      "روبوت", "منتج", "علامه", "جايزه", "موتمر", "قمه", "منتدي", "معرض", "مهرجان", "كلمه", "عباره", "وكاله",
      "company", "firm", "startup", "project", "program", "programme", "app", "platform", "party", "book", "film",
      "movie", "show", "series", "newspaper", "magazine", "channel", "network", "operation", "initiative", "campaign",
      "slogan", "term", "phrase", "word", "hashtag", "plan", "bill", "act", "model", "chatbot", "product", "brand",
      "group", "fund", "conference", "summit", "festival", "award", "album", "song", "novel", "podcast", "website",
      "site", "tool", "feature", "service", "label", "nickname", "codename", "venture", "glasses", "deal");
  private static final Set<String> NAMING_WORDS = Set.of("مسمي", "مسماه", "معروف", "معروفه", "ملقب", "ملقبه",
      "عنوان", "يسمي", "تسمي", "سمي", "سميت", "يدعي", "تدعي", "دعي", "called", "named", "dubbed", "titled",
      "entitled", "nicknamed", "so-called", "branded");
  private static final Set<String> APPOSITIVES = Set.of("وهو", "وهي", "الذي", "التي", "a", "an", "the", "which",
      "who", "whose");
  private static final Set<String> INSTITUTIONS = Set.of("هييه", "وزاره", "شركه", "موسسه", "مجلس", "منظمه", "حزب",
      "جمعيه", "صندوق", "برنامج", "مشروع", "مركز", "جامعه", "بنك", "مصرف", "اتحاد", "لجنه", "رابطه", "نادي",
      "مجموعه", "تحالف", "جبهه", "حركه", "قناه", "صحيفه", "مجله", "وكاله");
  private static final Set<String> SMALL_WORDS = Set.of("of", "the", "and", "a", "an", "in", "on", "for", "to", "at",
      "by", "with", "or", "from", "vs");
  private static final Set<String> TERMINALS = Set.of(".", "!", "?", "؟", "…", "...");

  private final SpeechCues cues;

  SpeechScore(SpeechCues cues) {
    this.cues = cues;
  }

  boolean isSpeech(Document doc, Span span, Span inner, boolean closed, int depth, List<Span> outer) {
    return score(doc, span, inner, closed, depth, outer) >= THRESHOLD;
  }

  int score(Document doc, Span span, Span inner, boolean closed, int depth, List<Span> outer) {
    List<Token> toks = doc.tokens();
    if (toks.isEmpty()) {
      return Integer.MIN_VALUE;
    }
    int a = firstAtOrAfter(toks, inner.start());
    int b = firstAtOrAfter(toks, inner.end());
    int o = firstAtOrAfter(toks, span.start()); // the opening mark
    int c = closed ? firstAtOrAfter(toks, span.end() - 1) : -1; // the closing mark
    closed &= c >= 0 && c < toks.size() && toks.get(c).start() == span.end() - 1;
    int words = 0;
    boolean clause = false;
    boolean future = false;
    for (int k = a; k < b; k++) {
      Token t = toks.get(k);
      if (t.isWord() || t.kind() == Token.Kind.NUMBER) {
        words++;
        clause |= isClauseWord(t, k == a);
        future |= isFutureVerb(t) && k < lastWord(toks, a, b); // loanwords end names: أمازون ويب سيرفيسز
      } else {
        clause |= t.kind() == Token.Kind.PUNCT && TERMINALS.contains(t.norm());
      }
    }
    clause |= future && words >= 2;
    int before = cueBefore(doc, toks, o, span, outer);
    int score = before;
    if (o > 0 && o <= toks.size() && toks.get(o - 1).is(":") && sameLine(doc, toks.get(o - 1).end(), span.start())) {
      score += before > 0 ? 3 : 1;
    }
    int after = closed ? cueAfter(doc, toks, c) : -1;
    if (after >= 0) {
      boolean comma = endsWithComma(doc, toks, c, inner);
      score += comma && after < 3 ? 6 : 3;
    }
    score += clause ? 2 : 0;
    score += clause ? (words >= 10 ? 2 : words >= 5 ? 1 : 0) : words <= 2 ? -4 : words <= 4 ? -2 : words >= 10 ? 2 : 1;
    if (!clause && (namedBefore(toks, o) || closed && after < 0 && namedAfter(doc, toks, c, inner))) {
      score -= 3;
    }
    if (!clause && titleLike(toks, a, b)) {
      score -= 2;
    }
    return depth > 0 ? score - 1 : score;
  }

  private int cueBefore(Document doc, List<Token> toks, int o, Span span, List<Span> outer) {
    Sentence s = doc.sentenceAt(span.start());
    int from = s != null ? s.firstToken() : o;
    if (s == null) {
      while (from > 0 && sameLine(doc, toks.get(from - 1).end(), toks.get(from).start())) {
        from--;
      }
    }
    int best = 0;
    for (SpeechCues.Cue cue : cues.find(toks, from, Math.min(o, toks.size()))) {
      Span at = cue.span(toks);
      if (outer.stream().anyMatch(q -> q.contains(at) && !q.contains(span))) {
        continue; // a cue quoted in an earlier quote is not this quote's cue
      }
      int gap = 0;
      for (int k = cue.endToken(); k < o; k++) {
        gap += toks.get(k).isWord() ? 1 : 0;
      }
      best = gap <= 8 ? 3 : 2;
    }
    return best;
  }

  /** How many words stand between the closing mark {@code c} and a speech cue after it, or -1. */
  private int cueAfter(Document doc, List<Token> toks, int c) {
    int words = 0;
    for (int k = c + 1; k < toks.size() && words < 4; k++) {
      Token t = toks.get(k);
      if (!sameLine(doc, toks.get(k - 1).end(), t.start()) || t.kind() == Token.Kind.QUOTE
          || t.kind() == Token.Kind.PUNCT && TERMINALS.contains(t.norm())) {
        return -1;
      }
      if (t.isWord() && cues.at(toks, k, c + 1, toks.size()) != null) {
        return words;
      }
      words += t.isWord() ? 1 : 0;
    }
    return -1;
  }

  /** A comma as the quote's last character or right after its closing mark. */
  private static boolean endsWithComma(Document doc, List<Token> toks, int c, Span inner) {
    char last = doc.text().charAt(inner.end() - 1);
    return last == ',' || last == '،' || c + 1 < toks.size() && (toks.get(c + 1).is(",") || toks.get(c + 1).is("،"));
  }

  private static boolean namedBefore(List<Token> toks, int o) {
    if (o < 1 || o > toks.size()) {
      return false;
    }
    String w = bare(toks.get(o - 1));
    if (CATEGORY_NOUNS.contains(w) || NAMING_WORDS.contains(w)) {
      return true;
    }
    String w2 = o >= 2 ? bare(toks.get(o - 2)) : "";
    boolean reach = w.equals("-") || w.equals("the") || w.equals("a") || w.equals("an");
    return reach && (CATEGORY_NOUNS.contains(w2) || NAMING_WORDS.contains(w2)) || w.equals("as") && w2.equals("known");
  }

  private static boolean namedAfter(Document doc, List<Token> toks, int c, Span inner) {
    String text = doc.text();
    int after = toks.get(c).end();
    if (after + 1 < text.length() && (text.charAt(after) == '\'' || text.charAt(after) == '\u2019')
        && text.charAt(after + 1) == 's') {
      return true; // "Stargate"'s
    }
    int k = c + 1;
    if (k >= toks.size() || !sameLine(doc, after, toks.get(k).start())) {
      return false;
    }
    boolean comma = toks.get(k).is(",") || toks.get(k).is("،") || text.charAt(inner.end() - 1) == ',';
    if (toks.get(k).is(",") || toks.get(k).is("،")) {
      k++;
    }
    if (k >= toks.size()) {
      return false;
    }
    String w = bare(toks.get(k));
    String n = toks.get(k).norm().toLowerCase(Locale.ROOT);
    return CATEGORY_NOUNS.contains(w) && k == c + 1 || APPOSITIVES.contains(n) && (comma || n.startsWith("ال"));
  }

  private static boolean titleLike(List<Token> toks, int a, int b) {
    boolean any = false;
    for (int k = a; k < b; k++) {
      Token t = toks.get(k);
      if (t.kind() == Token.Kind.ARABIC) {
        return k == firstWord(toks, a, b) && INSTITUTIONS.contains(bare(t));
      }
      if (t.kind() == Token.Kind.LATIN && !SMALL_WORDS.contains(t.norm())) {
        if (!Character.isUpperCase(t.norm().codePointAt(0))) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  private static int lastWord(List<Token> toks, int a, int b) {
    for (int k = b - 1; k >= a; k--) {
      if (toks.get(k).isWord()) {
        return k;
      }
    }
    return a;
  }

  private static int firstWord(List<Token> toks, int a, int b) {
    for (int k = a; k < b; k++) {
      if (toks.get(k).isWord()) {
        return k;
      }
    }
    return b;
  }

  private static boolean isClauseWord(Token t, boolean first) {
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

  /** An Arabic future verb: س and a person prefix before a stem of three letters or more (سنواصل، وسيقود). */
  private static boolean isFutureVerb(Token t) {
    if (t.kind() != Token.Kind.ARABIC) {
      return false;
    }
    String n = t.norm();
    int i = n.startsWith("وس") || n.startsWith("فس") ? 1 : 0;
    return n.length() - i >= 5 && n.charAt(i) == 'س' && "يتنا".indexOf(n.charAt(i + 1)) >= 0;
  }

  /** A word without its Arabic proclitics and article, or an English word in lower case. */
  private static String bare(Token t) {
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

  private static boolean sameLine(Document doc, int from, int to) {
    String text = doc.text();
    for (int k = from; k < to; k++) {
      if (QuoteFinder.isParagraphBreak(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static int firstAtOrAfter(List<Token> toks, int pos) {
    int lo = 0;
    int hi = toks.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (toks.get(mid).start() < pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
