package org.isnad.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.isnad.text.ar.ArabicNormalizer;

/**
 * Groups tokens into sentences. Thread-safe and stateless.
 *
 * <ul>
 *   <li>A line break always ends a sentence, so headlines, subheads and captions without a
 *       final stop stand alone; each line is one paragraph.
 *   <li>{@code . ! ? ؟ …} end a sentence; {@code ؛} and {@code ;} do not (they join clauses that
 *       share a subject, which the speaker and fact layers need to see together).
 *   <li>A stop after a title (Mr., Dr., Gen.) or a single Arabic letter (د. م. أ.) never ends
 *       one, except the era letter after a year (عام 2020م.); nor does one between Latin letters
 *       spelled in Arabic (يو. إس. أيه). After Inc., Jan., an initial or U.S. it does only when a
 *       capitalized sentence starter follows (The, He, But); after No. or p. only when no number
 *       follows.
 *   <li>An ellipsis ({@code … ... . . .}) in brackets or at the start of a sentence is an
 *       omission, not an end.
 *   <li>Closing quotation marks and brackets after the stop stay with the sentence they close;
 *       an opening mark after the stop starts the next one.
 *   <li>A stop does not end the sentence when what follows shows it goes on: a comma, a
 *       lower-case English word ({@code "No!" he said}), a speech verb right after a closing
 *       quote ({@code «لا!» قال}), or a word glued to it (example.com, ق.م).
 *   <li>Lines that are not the article's own text ("اقرأ المزيد:", "Read more:", photo credits,
 *       newsletter prompts, bylines) are marked {@code body = false}, and so is a photo credit
 *       in brackets at the end of a caption, which becomes a sentence of its own.
 * </ul>
 */
public final class SentenceSplitter {
  /** Titles before a name: the stop after them never ends a sentence. */
  private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "sen", "sens",
      "rep", "reps", "gov", "lt", "col", "capt", "sgt", "cpl", "adm", "maj", "st", "rev", "hon", "pres", "supt", "vs",
      "mt", "ft");
  /** Abbreviations that may also end a sentence: they do when a sentence starter follows. */
  private static final Set<String> END_CAPABLE = Set.of("inc", "corp", "co", "ltd", "llc", "plc", "jr", "sr", "etc",
      "dept", "est", "approx", "bros", "govt", "intl", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
      "nov", "dec", "a.m", "p.m");
  /** Abbreviations that are one only before a number (No. 10, p. 5); otherwise the word ends the sentence. */
  private static final Set<String> NUMBER_ABBREVIATIONS = Set.of("no", "nos", "p", "pp", "art", "vol", "ch", "sec",
      "fig", "op", "para", "nr");
  /** Capitalized words that usually begin an English sentence: they confirm a stop after an abbreviation. */
  private static final Set<String> STARTERS = Set.of("The", "A", "An", "He", "She", "It", "They", "We", "I", "You",
      "In", "On", "At", "But", "And", "Or", "So", "Yet", "This", "That", "These", "Those", "His", "Her", "Their", "Its",
      "Our", "There", "Here", "When", "While", "After", "Before", "As", "If", "For", "Some", "Many", "Most", "Still",
      "However", "Meanwhile", "Also", "Then", "Now", "What", "Why", "How", "Who", "Mr.", "Mrs.", "Ms.", "Dr.");
  /** Latin letters spelled in Arabic, folded: "يو. إس. أيه" and "بي.إيه.سي" are acronyms, not sentences. */
  private static final Set<String> LETTER_NAMES = Set.of("ايه", "اي", "بي", "سي", "دي", "اف", "جي", "اتش", "اش",
      "جيه", "كيه", "كي", "ال", "ام", "ان", "او", "ار", "اس", "تي", "يو", "في", "دبليو", "اكس", "واي", "زد", "كيو");
  /** Speech verbs that, right after a closing quote, continue the quoted sentence («لا!» قال ترامب). */
  private static final Set<String> SPEECH_AFTER_QUOTE = Set.of("قال", "قالت", "يقول", "تقول", "اضاف", "اضافت",
      "تابع", "تابعت", "اكد", "اكدت", "اوضح", "اوضحت", "تساءل", "تساءلت", "اجاب", "اجابت", "سال", "سالت", "وقال",
      "وقالت", "واضاف", "واضافت");

  public List<Sentence> split(String text, List<Token> tokens, int from) {
    List<Sentence> out = new ArrayList<>();
    int lineFirst = 0;
    while (lineFirst < tokens.size() && tokens.get(lineFirst).start() < from) {
      lineFirst++;
    }
    int paragraph = 0;
    while (lineFirst < tokens.size()) {
      int lineEnd = lineFirst + 1;
      while (lineEnd < tokens.size() && !hasNewline(text, tokens.get(lineEnd - 1).end(), tokens.get(lineEnd).start())) {
        lineEnd++;
      }
      splitLine(text, tokens, lineFirst, lineEnd, paragraph++, out);
      lineFirst = lineEnd;
    }
    return out;
  }

  private void splitLine(String text, List<Token> tokens, int lineFirst, int lineEnd, int paragraph,
      List<Sentence> out) {
    String line = text.substring(tokens.get(lineFirst).start(), tokens.get(lineEnd - 1).end());
    boolean body = !BodyLines.isNonBody(line);
    int first = lineFirst;
    for (int k = lineFirst; k < lineEnd; k++) {
      if (!endsSentence(text, tokens, k, first, lineEnd)) {
        continue;
      }
      int end = absorbClosers(text, tokens, k + 1, lineEnd);
      if (end < lineEnd && goesOn(text, tokens, k, end)) {
        k = end - 1;
        continue;
      }
      emit(text, tokens, first, end, paragraph, body, out);
      first = end;
      k = end - 1;
    }
    if (first < lineEnd) {
      emit(text, tokens, first, lineEnd, paragraph, body, out);
    }
  }

  /** Adds {@code [first, end)}, with a trailing bracketed photo credit split off as a non-body sentence. */
  private static void emit(String text, List<Token> tokens, int first, int end, int paragraph, boolean body,
      List<Sentence> out) {
    int open = creditStart(text, tokens, first, end);
    if (open > first) {
      add(tokens, first, open, paragraph, body, out);
    }
    add(tokens, open, end, paragraph, body && open == end, out);
  }

  private static void add(List<Token> tokens, int first, int end, int paragraph, boolean body, List<Sentence> out) {
    if (first < end) {
      out.add(new Sentence(out.size(), tokens.get(first).start(), tokens.get(end - 1).end(), first, end, paragraph,
          body));
    }
  }

  /** Where a bracketed credit ending {@code [first, end)} opens, or {@code end} when there is none. */
  private static int creditStart(String text, List<Token> tokens, int first, int end) {
    int last = end - 1;
    while (last > first && tokens.get(last).kind() == Token.Kind.PUNCT && !tokens.get(last).is(")")) {
      last--; // "(... / رويترز)." keeps its stop with the credit
    }
    if (!tokens.get(last).is(")")) {
      return end;
    }
    for (int p = last - 1; p >= first && last - p <= 16; p--) {
      if (tokens.get(p).is("(")) {
        String group = text.substring(tokens.get(p).start(), tokens.get(last).end());
        return BodyLines.isCredit(group, last - p - 1) ? p : end;
      }
    }
    return end;
  }

  private static boolean endsSentence(String text, List<Token> tokens, int k, int first, int lineEnd) {
    Token t = tokens.get(k);
    if (t.kind() == Token.Kind.LATIN && t.norm().endsWith(".")) {
      return nextIsStarter(text, tokens, k + 1, lineEnd); // "in the U.S. The talks"
    }
    if (t.kind() != Token.Kind.PUNCT) {
      return false;
    }
    return switch (t.norm()) {
      // In a spaced ellipsis ". . ." only the last stop may end the sentence.
      case "." -> !(k + 1 < lineEnd && tokens.get(k + 1).is(".")) && !isAbbreviationStop(text, tokens, k, lineEnd);
      case "!", "?", "؟", "۔", "‼", "⁉", "⁈" -> true;
      case "...", "…" -> !isOmission(tokens, k, first, lineEnd);
      default -> false;
    };
  }

  /** The index after the marks that close the sentence ended at {@code from - 1}. */
  private static int absorbClosers(String text, List<Token> tokens, int from, int lineEnd) {
    int end = from;
    while (end < lineEnd) {
      Token c = tokens.get(end);
      boolean attached = c.start() == tokens.get(end - 1).end();
      String n = c.norm();
      boolean closes;
      if (c.kind() == Token.Kind.PUNCT) {
        closes = attached && (n.equals(")") || n.equals("]") || n.equals("}") || n.equals(".") || n.equals("!")
            || n.equals("?") || n.equals("؟") || n.equals("...") || n.equals("…"));
      } else if (c.kind() == Token.Kind.QUOTE) {
        closes = closesQuote(text, c, attached);
      } else {
        closes = false;
      }
      if (!closes) {
        break;
      }
      end++;
    }
    return end;
  }

  /**
   * A quotation mark after a stop closes the sentence's quote when it is glued to the stop and
   * not to the next word, or when it is a closing glyph (” » ’) followed by a space or the end.
   */
  private static boolean closesQuote(String text, Token c, boolean attached) {
    char m = text.charAt(c.start());
    boolean gluedToNext = c.end() < text.length() && Character.isLetterOrDigit(text.charAt(c.end()));
    boolean closingGlyph = m == '\u201D' || m == '\u00BB' || m == '\u203A' || m == '\u2019' || m == '\u300D';
    // Glued to the stop, any mark not glued to a following word closes (Arabic text often
    // closes with “); a closing glyph closes even before a word (.”وقال) or after a space.
    return attached ? closingGlyph || !gluedToNext : closingGlyph && !gluedToNext;
  }

  /** Whether the sentence goes on past the stop at {@code k}, judging by the token at {@code next}. */
  private static boolean goesOn(String text, List<Token> tokens, int k, int next) {
    Token t = tokens.get(next);
    String n = t.norm();
    if (t.kind() == Token.Kind.PUNCT) {
      return n.equals(",") || n.equals("،") || n.equals(";") || n.equals("؛") || n.equals(":");
    }
    if (t.kind() == Token.Kind.LATIN && Character.isLowerCase(n.codePointAt(0))) {
      return true;
    }
    if (t.start() == tokens.get(next - 1).end() && (t.isWord() || t.kind() == Token.Kind.NUMBER) && k > 0) {
      Token before = tokens.get(k - 1);
      return t.kind() != Token.Kind.ARABIC || before.kind() != Token.Kind.ARABIC || before.norm().length() == 1
          || n.length() == 1 || LETTER_NAMES.contains(before.norm()) && LETTER_NAMES.contains(n);
      // example.com, ق.م and بي.إيه.سي go on; "ترامب.ماذا" is a missing space
    }
    return next > k + 1 && tokens.get(next - 1).kind() == Token.Kind.QUOTE && SPEECH_AFTER_QUOTE.contains(n);
  }

  private static boolean isAbbreviationStop(String text, List<Token> tokens, int k, int lineEnd) {
    if (k == 0) {
      return false;
    }
    Token prev = tokens.get(k - 1);
    if (prev.end() != tokens.get(k).start() || !prev.isWord()) {
      return false;
    }
    String w = prev.norm().toLowerCase(Locale.ROOT);
    if (TITLES.contains(w)) {
      return true;
    }
    if (END_CAPABLE.contains(w)) {
      return !nextIsStarter(text, tokens, k + 1, lineEnd);
    }
    if (NUMBER_ABBREVIATIONS.contains(w)) {
      return k + 1 < lineEnd && tokens.get(k + 1).kind() == Token.Kind.NUMBER;
    }
    if (w.length() == 1 && prev.kind() == Token.Kind.LATIN) {
      return Character.isUpperCase(prev.norm().charAt(0)) && !nextIsStarter(text, tokens, k + 1, lineEnd);
    }
    if (w.length() == 1 && prev.kind() == Token.Kind.ARABIC) {
      // "عام 2020م." and "1445هـ." end with the era letter; any other lone letter is an abbreviation.
      boolean era = (w.equals("م") || w.equals("ه")) && k >= 2 && tokens.get(k - 2).kind() == Token.Kind.NUMBER;
      return !era;
    }
    if (LETTER_NAMES.contains(w) && k + 1 < lineEnd) {
      return LETTER_NAMES.contains(tokens.get(k + 1).norm()); // "يو. إس. أيه"
    }
    return false;
  }

  private static boolean nextIsStarter(String text, List<Token> tokens, int j, int lineEnd) {
    return j < lineEnd && tokens.get(j).kind() == Token.Kind.LATIN && tokens.get(j).start() > 0
        && Character.isWhitespace(text.charAt(tokens.get(j).start() - 1)) && STARTERS.contains(tokens.get(j).norm());
  }

  /** An ellipsis that marks words left out: "[…]", "(...)", or at the start of a sentence or quote. */
  private static boolean isOmission(List<Token> tokens, int k, int first, int lineEnd) {
    if (k == first) {
      return true;
    }
    Token prev = tokens.get(k - 1);
    if (prev.is("(") || prev.is("[")) {
      return true;
    }
    if (k + 1 < lineEnd && (tokens.get(k + 1).is(")") || tokens.get(k + 1).is("]"))) {
      return true;
    }
    return prev.kind() == Token.Kind.QUOTE && prev.end() == tokens.get(k).start() && k - 1 == first;
  }

  private static boolean hasNewline(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028' || c == '\u0085') {
        return true;
      }
    }
    return false;
  }

  /** The fold used by the line patterns. */
  static String fold(String s) {
    return ArabicNormalizer.normalize(s).toLowerCase(Locale.ROOT).strip();
  }
}
