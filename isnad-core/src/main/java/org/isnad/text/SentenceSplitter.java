package org.isnad.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Groups tokens into sentences. A line break always ends a sentence, so headlines and
 * captions without a final stop stand alone; a stop ends one unless it follows an
 * abbreviation or an initial; closing quotation marks and brackets stay with the sentence
 * they close. Lines that are not the article's own text ("اقرأ المزيد:", "Read more",
 * photo credits) are marked as not body. Thread-safe.
 */
public final class SentenceSplitter {
  private static final Set<String> ABBREVIATIONS = Set.copyOf(java.util.Arrays.asList("mr", "mrs", "ms", "dr", "st", "jr", "sr", "inc", "corp",
      "co", "ltd", "vs", "no", "gen", "gov", "sen", "rep", "prof", "col", "lt", "sgt", "capt", "jan", "feb", "aug",
      "sept", "sep", "oct", "nov", "dec", "etc", "approx", "dept", "est", "fig", "mt", "ft", "د", "م", "ص", "ق", "ه"));
  private static final Pattern NON_BODY = Pattern.compile(
      "^\\s*[(\\[]?\\s*(اقرا المزيد|اقرا ايضا|اقرا كذلك|شاهد ايضا|شاهد|للمزيد|المزيد|مواضيع ذات صله|ذات صله"
          + "|تصوير|صوره|الصوره|مصدر الصوره|حقوق الصوره|read more|related|see also|watch|photo|photograph|image"
          + "|pictured|credit|getty images|ap photo|reuters/)\\b.*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern CREDIT_LINE = Pattern.compile(
      ".*(getty images|/ ?reuters|ap photo|afp via getty|\\(تصوير|/رويترز|/ا ف ب)\\s*\\)?\\s*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  public List<Sentence> split(String text, List<Token> tokens, int from) {
    List<Sentence> out = new ArrayList<>();
    int paragraph = 0;
    int first = 0;
    int lastNewlineCheck = from;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (i > first || i == first) {
        // A line break between the previous token and this one closes the sentence before.
        if (i > first && hasNewline(text, tokens.get(i - 1).end(), t.start())) {
          out.add(make(text, tokens, out.size(), first, i, paragraph));
          first = i;
        }
        if (i > 0 && hasNewline(text, Math.max(lastNewlineCheck, tokens.get(i - 1).end()), t.start())) {
          paragraph++;
        }
        lastNewlineCheck = t.start();
      }
      if (isTerminal(t) && !isAbbreviationStop(text, tokens, i)) {
        int end = i + 1;
        while (end < tokens.size() && isCloser(tokens.get(end)) && !hasNewline(text, tokens.get(end - 1).end(), tokens.get(end).start())
            && (end + 1 >= tokens.size() || !startsAfterNoSpace(text, tokens.get(end), tokens.get(end + 1)))) {
          end++;
        }
        if (end < tokens.size() && !hasSpaceBefore(text, tokens.get(end)) && tokens.get(end).kind() != Token.Kind.PUNCT) {
          continue; // "3.5" split oddly, or "a.b": not an end
        }
        out.add(make(text, tokens, out.size(), first, end, paragraph));
        first = end;
        i = end - 1;
      }
    }
    if (first < tokens.size()) {
      out.add(make(text, tokens, out.size(), first, tokens.size(), paragraph));
    }
    return out;
  }

  private static boolean startsAfterNoSpace(String text, Token a, Token b) {
    return a.end() == b.start() && b.isWord();
  }

  private Sentence make(String text, List<Token> tokens, int index, int first, int end, int paragraph) {
    int start = tokens.get(first).start();
    int stop = tokens.get(end - 1).end();
    int lineStart = text.lastIndexOf('\n', start - 1) + 1;
    int lineEnd = text.indexOf('\n', stop);
    String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
    String folded = org.isnad.text.ar.ArabicNormalizer.normalize(line).toLowerCase(Locale.ROOT);
    boolean body = !NON_BODY.matcher(folded).matches() && !CREDIT_LINE.matcher(folded).matches();
    return new Sentence(index, start, stop, first, end, paragraph, body);
  }

  private static boolean hasNewline(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == '\n' || c == '\r' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  private static boolean hasSpaceBefore(String text, Token t) {
    return t.start() > 0 && Character.isWhitespace(text.charAt(t.start() - 1));
  }

  private static boolean isTerminal(Token t) {
    if (t.kind() != Token.Kind.PUNCT) {
      return false;
    }
    String n = t.norm();
    return n.equals(".") || n.equals("!") || n.equals("?") || n.equals("؟") || n.equals("...") || n.equals("…")
        || n.equals("۔");
  }

  private static boolean isCloser(Token t) {
    if (t.kind() == Token.Kind.QUOTE) {
      char c = t.norm().charAt(0);
      return c != '\u201C' && c != '\u00AB' && c != '\u201E' && c != '\u2039' && c != '\u2018';
    }
    return t.kind() == Token.Kind.PUNCT && (t.norm().equals(")") || t.norm().equals("]") || t.norm().equals("!")
        || t.norm().equals("?") || t.norm().equals("؟"));
  }

  private static boolean isAbbreviationStop(String text, List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (!t.norm().equals(".") || i == 0) {
      return false;
    }
    Token prev = tokens.get(i - 1);
    if (prev.end() != t.start() || !prev.isWord()) {
      return false;
    }
    String w = prev.norm().toLowerCase(Locale.ROOT);
    if (ABBREVIATIONS.contains(w)) {
      return true;
    }
    // A single capital is an initial (J. Smith), unless it ends the text.
    return w.length() == 1 && Character.isUpperCase(prev.norm().charAt(0)) && i + 1 < tokens.size();
  }
}
