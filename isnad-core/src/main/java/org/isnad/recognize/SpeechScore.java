package org.isnad.recognize;

import java.util.List;
import java.util.Locale;
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
 *   +2  a clause inside: a clause word (إن، لن، هو، نحن، I, we, is, will, not), or a stop, ! or ?
 *       that ends a sentence: last in a quote of two words or more, or between two words on each
 *       side, after a word of three letters or more (not the dots of "يو. إس. أيه")
 *   -4  1 or 2 words and no clause; -2 for 3 or 4 words and no clause
 *   +1  5 to 9 words; +2 for 10 words or more
 *   -3  with no clause, naming context: a category noun or naming word right before (شركة،
 *       مشروع، بعنوان، project, called, the so-called, known as), or, with no cue after, a category
 *       noun, a possessive ('s) or an appositive (، وهي / , a / , which) right after
 *   -2  with no clause, title-like: every English word capitalized, an Arabic institution word
 *       first (هيئة، وزارة، مجلس), or Latin letters spelled in Arabic as an acronym (إيه. بي. سي)
 *   -1  nested inside another quote
 * </pre>
 *
 * A cue after the quote does not count when it introduces words of its own: a colon, إن/أن or
 * "that" follows it (عن “الصفقة”، فأجاب الوزير: “…”). Cues inside other quotes do not count. A
 * document without tokens gives no speech. Thread-safe.
 */
final class SpeechScore {
  static final int THRESHOLD = 2;

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
    for (int k = a; k < b; k++) {
      Token t = toks.get(k);
      if (t.isWord() || t.kind() == Token.Kind.NUMBER) {
        words++;
        clause |= QuoteWords.isClauseWord(t, k == a);
      }
    }
    clause |= endsSentence(toks, a, b, words);
    int before = cueBefore(doc, toks, o, span, outer);
    int score = before;
    if (before == 3 && words >= 3 && complementizerBefore(toks, o)) {
      score += 2; // "said that Reed had been "found liable for fraud"": a partial quote of what was said
    }
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

  private static final java.util.Set<String> THAT = java.util.Set.of("that", "ان", "بان", "انه", "انها", "انهم");

  /** Whether "that" / أن stands among the six words before the opening mark {@code o}, in its sentence. */
  private static boolean complementizerBefore(List<Token> toks, int o) {
    for (int k = o - 1; k >= Math.max(0, o - 6); k--) {
      Token t = toks.get(k);
      if (t.is(".") || t.is("،") || t.is(",") || t.kind() == Token.Kind.QUOTE) {
        return false;
      }
      if (THAT.contains(t.norm().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private int cueBefore(Document doc, List<Token> toks, int o, Span span, List<Span> outer) {
    if (o >= toks.size()) {
      return 0;
    }
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
          || t.kind() == Token.Kind.PUNCT && QuoteWords.TERMINALS.contains(t.norm())) {
        return -1;
      }
      SpeechCues.Cue cue = t.isWord() ? cues.at(toks, k, c + 1, toks.size()) : null;
      if (cue != null) {
        return introducesOwnWords(toks, cue.endToken()) ? -1 : words;
      }
      words += t.isWord() ? 1 : 0;
    }
    return -1;
  }

  /** A cue followed, after its speaker, by a colon or by إن/أن/that speaks of what comes next. */
  private static boolean introducesOwnWords(List<Token> toks, int from) {
    for (int k = from, words = 0; k < toks.size() && words <= 3; k++) {
      Token t = toks.get(k);
      String n = t.norm().toLowerCase(Locale.ROOT);
      if (t.is(":") || n.equals("ان") || n.equals("انه") || n.equals("انها") || n.equals("بان") || n.equals("that")) {
        return true;
      }
      if (t.kind() == Token.Kind.QUOTE || t.kind() == Token.Kind.PUNCT) {
        return false;
      }
      words++;
    }
    return false;
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
    String w = QuoteWords.bare(toks.get(o - 1));
    if (QuoteWords.CATEGORY_NOUNS.contains(w) || QuoteWords.NAMING_WORDS.contains(w)) {
      return true;
    }
    String w2 = o >= 2 ? QuoteWords.bare(toks.get(o - 2)) : "";
    boolean reach = w.equals("-") || w.equals("the") || w.equals("a") || w.equals("an");
    return reach && (QuoteWords.CATEGORY_NOUNS.contains(w2) || QuoteWords.NAMING_WORDS.contains(w2))
        || w.equals("as") && w2.equals("known");
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
    String w = QuoteWords.bare(toks.get(k));
    String n = toks.get(k).norm().toLowerCase(Locale.ROOT);
    return QuoteWords.CATEGORY_NOUNS.contains(w) && k == c + 1
        || QuoteWords.APPOSITIVES.contains(n) && (comma || n.startsWith("ال"));
  }

  private static boolean titleLike(List<Token> toks, int a, int b) {
    boolean capitalized = true;
    boolean latin = false;
    boolean arabic = false;
    for (int k = a; k < b; k++) {
      Token t = toks.get(k);
      if (t.kind() == Token.Kind.ARABIC) {
        arabic = true;
        boolean acronym = QuoteWords.LETTER_NAMES.contains(t.norm()) && k + 1 < b && toks.get(k + 1).is(".");
        if (acronym || k == firstWord(toks, a, b) && QuoteWords.INSTITUTIONS.contains(QuoteWords.bare(t))) {
          return true;
        }
      } else if (t.kind() == Token.Kind.LATIN && !QuoteWords.SMALL_WORDS.contains(t.norm())) {
        latin = true;
        capitalized &= Character.isUpperCase(t.norm().codePointAt(0));
      }
    }
    return latin && !arabic && capitalized;
  }


  /** Whether a stop, ! or ? inside {@code [a, b)} ends a sentence rather than an abbreviation. */
  private static boolean endsSentence(List<Token> toks, int a, int b, int words) {
    int before = 0;
    for (int k = a; k < b; k++) {
      Token t = toks.get(k);
      if (t.isWord() || t.kind() == Token.Kind.NUMBER) {
        before++;
      } else if (t.kind() == Token.Kind.PUNCT && QuoteWords.TERMINALS.contains(t.norm()) && k > a) {
        Token prev = toks.get(k - 1);
        String w = prev.norm();
        boolean acronym = prev.kind() == Token.Kind.LATIN && (w.indexOf('.') >= 0
            || w.length() <= 3 && Character.isUpperCase(w.charAt(0))); // U.S.A., Inc.
        boolean real = prev.kind() == Token.Kind.NUMBER || prev.isWord() && w.length() >= 3 && !acronym;
        boolean last = true;
        for (int j = k + 1; j < b && last; j++) {
          last = !toks.get(j).isWord() && toks.get(j).kind() != Token.Kind.NUMBER;
        }
        if (real && (last ? words >= 2 : before >= 2 && words - before >= 2)) {
          return true;
        }
      }
    }
    return false;
  }

  private static int firstWord(List<Token> toks, int a, int b) {
    for (int k = a; k < b; k++) {
      if (toks.get(k).isWord()) {
        return k;
      }
    }
    return b;
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
