package org.isnad.recognize;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import org.isnad.recognize.QuoteMarks.Family;
import org.isnad.recognize.QuoteMarks.Role;
import org.isnad.text.Document;
import org.isnad.text.Span;
import org.isnad.text.ar.ArabicLetters;

/**
 * Finds quotations in a document's body, whatever marks they use (“ ” « » „ ‹ › " ' ‘ ’),
 * and tells speech from names set in quotation marks.
 *
 * <p>Marks are paired paragraph by paragraph (a paragraph is a line), on the characters, so a
 * quote is found whole even where the sentence splitter breaks inside it. Each mark opens,
 * closes or toggles by {@link QuoteMarks#role}; a closer closes the innermost open quote of its
 * family, and quotes opened inside it and still open close with it; a closer with nothing of
 * its family open is ignored. A quote left open closes at the end of its paragraph, except a
 * single-mark quote (' ‘ ’), which is dropped: a lone single mark is far more often an
 * elision ('em, students') than a quote. A quote with no words inside is dropped. Depth is the
 * number of quotes enclosing it. Speech is decided by {@link SpeechScore}. Thread-safe.
 */
public final class QuoteFinder {
  private static final QuoteFinder STANDARD = new QuoteFinder(new SpeechScore(SpeechCues.standard()));

  private final SpeechScore score;

  private QuoteFinder(SpeechScore score) {
    this.score = score;
  }

  public static QuoteFinder standard() {
    return STANDARD;
  }

  /**
   * The quotes of {@code doc}'s body, ordered by start, outer before inner. Telling speech needs
   * the tokens and sentences {@link org.isnad.text.TextAnalyzer} gives; in a document without
   * tokens every quote is found but none is called speech.
   */
  public List<Quote> find(Document doc) {
    Objects.requireNonNull(doc, "doc");
    List<Pair> pairs = pairMarks(doc.text(), doc.bodyStart());
    pairs.sort((a, b) -> a.span().compareTo(b.span()));
    List<Span> outer = new ArrayList<>();
    int[] depths = new int[pairs.size()];
    Deque<Span> open = new ArrayDeque<>();
    for (int k = 0; k < pairs.size(); k++) {
      Span s = pairs.get(k).span();
      while (!open.isEmpty() && !open.peek().contains(s)) {
        open.pop();
      }
      depths[k] = open.size();
      open.push(s);
      if (depths[k] == 0) {
        outer.add(s);
      }
    }
    List<Quote> out = new ArrayList<>(pairs.size());
    for (int k = 0; k < pairs.size(); k++) {
      Pair p = pairs.get(k);
      out.add(new Quote(p.span(), p.inner(), depths[k], score.isSpeech(doc, p.span(), p.inner(), p.closed(),
          depths[k], outer)));
    }
    return out;
  }

  private record Open(int pos, Family family) {}

  /** A quote before it is scored; {@code closed} when it ends with its own closing mark. */
  private record Pair(Span span, Span inner, boolean closed) {}

  /** The quotes of {@code text[from..]}, paired paragraph by paragraph. */
  private static List<Pair> pairMarks(String text, int from) {
    List<Pair> out = new ArrayList<>();
    int start = Math.min(Math.max(0, from), text.length());
    while (start < text.length()) {
      int end = start;
      while (end < text.length() && !isParagraphBreak(text.charAt(end))) {
        end++;
      }
      pairParagraph(text, start, end, out);
      start = end + 1;
    }
    return out;
  }

  private static void pairParagraph(String text, int from, int to, List<Pair> out) {
    Deque<Open> stack = new ArrayDeque<>();
    for (int i = from; i < to; i++) {
      Family family = QuoteMarks.family(text.charAt(i));
      if (family == null) {
        continue;
      }
      Role role = QuoteMarks.role(text, i, from, to);
      boolean familyOpen = stack.stream().anyMatch(o -> o.family() == family);
      if (role == Role.OPEN || role == Role.TOGGLE && !familyOpen) {
        stack.push(new Open(i, family));
      } else if (role != Role.NONE && familyOpen) {
        Open o;
        do {
          o = stack.pop();
          if (o.family() == family) {
            emit(text, o.pos(), i, i + 1, true, out);
          } else if (o.family() != Family.SINGLE) {
            emit(text, o.pos(), i, i, false, out); // opened inside, never closed: it ends with the outer one
          }
        } while (o.family() != family);
      }
    }
    int contentEnd = to;
    while (contentEnd > from && isBlank(text.charAt(contentEnd - 1))) {
      contentEnd--;
    }
    for (Open o : stack) {
      if (o.family() != Family.SINGLE) {
        emit(text, o.pos(), contentEnd, contentEnd, false, out);
      }
    }
  }

  /** Adds the quote opened at {@code open} whose words end at {@code innerEnd}, if it has any. */
  private static void emit(String text, int open, int innerEnd, int spanEnd, boolean closed, List<Pair> out) {
    int s = open + 1;
    int e = Math.max(s, innerEnd);
    while (s < e && isBlank(text.charAt(s))) {
      s++;
    }
    while (e > s && isBlank(text.charAt(e - 1))) {
      e--;
    }
    boolean words = false;
    for (int k = s; k < e && !words; k++) {
      words = Character.isLetterOrDigit(text.charAt(k));
    }
    if (words) {
      out.add(new Pair(new Span(open, Math.max(spanEnd, e)), new Span(s, e), closed));
    }
  }

  private static boolean isBlank(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || ArabicLetters.isInvisible(c);
  }

  static boolean isParagraphBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
  }
}
