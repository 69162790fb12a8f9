package org.isnad.text;

import java.util.ArrayList;
import java.util.List;
import org.isnad.text.ar.ArabicLetters;
import org.isnad.text.ar.ArabicNormalizer;
import org.isnad.text.ar.CliticSegmenter;

/**
 * Splits text into tokens, keeping original offsets. Arabic words keep their clitics on one
 * token and carry the analysis in their parts; numbers keep their separators (1,000; ١٬٠٠٠;
 * ١٫٥); every punctuation mark and quotation mark is a token of its own. Invisible controls
 * are skipped. Thread-safe.
 */
public final class Tokenizer {
  private final CliticSegmenter segmenter;

  public Tokenizer(CliticSegmenter segmenter) {
    this.segmenter = segmenter;
  }

  public static Tokenizer standard() {
    return new Tokenizer(CliticSegmenter.standard());
  }

  public List<Token> tokenize(String text, int from, int to) {
    List<Token> out = new ArrayList<>(Math.max(16, (to - from) / 5));
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0' || ArabicLetters.isInvisible(c)) {
        i++;
      } else if (ArabicLetters.isLetter(c) || isArabicPresentation(c)) {
        i = arabicWord(text, i, to, out);
      } else if (ArabicLetters.digitValue(c) >= 0) {
        i = number(text, i, to, out);
      } else if (Character.isLetter(c) || Character.isHighSurrogate(c) && i + 1 < to && Character.isLetter(text.codePointAt(i))) {
        i = latinWord(text, i, to, out);
      } else {
        int len = Character.charCount(text.codePointAt(i));
        if (len == 2 && i + 1 >= to) {
          len = 1;
        }
        Token.Kind kind = isQuote(c) ? Token.Kind.QUOTE
            : isPunct(c) ? Token.Kind.PUNCT : Token.Kind.SYMBOL;
        int end = i + len;
        if (c == '.' && end + 1 < to && text.charAt(end) == '.' && text.charAt(end + 1) == '.') {
          end += 2; // an ellipsis is one mark
        }
        String norm = ArabicNormalizer.normalize(text.substring(i, end));
        out.add(new Token(out.size(), i, end, norm, kind, "", norm, ""));
        i = end;
      }
    }
    return out;
  }

  private int arabicWord(String text, int i, int to, List<Token> out) {
    int start = i;
    while (i < to) {
      char c = text.charAt(i);
      if (ArabicLetters.isLetter(c) || ArabicLetters.isDiacritic(c) || c == ArabicLetters.TATWEEL
          || isArabicPresentation(c)) {
        i++;
      } else if ((c == '\u200C' || c == '\u200D') && i + 1 < to && ArabicLetters.isLetter(text.charAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    String surface = text.substring(start, i);
    String norm = ArabicNormalizer.normalize(surface);
    if (norm.isEmpty()) {
      return i;
    }
    CliticSegmenter.Parts p = segmenter.segment(norm, surface);
    out.add(new Token(out.size(), start, i, norm, Token.Kind.ARABIC, p.prefix(), p.stem(), p.suffix()));
    return i;
  }

  private int latinWord(String text, int i, int to, List<Token> out) {
    int start = i;
    while (i < to) {
      int cp = text.codePointAt(i);
      if (Character.isLetterOrDigit(cp) && !ArabicLetters.isLetter((char) cp) && ArabicLetters.digitValue((char) cp) < 0
          || Character.getType(cp) == Character.NON_SPACING_MARK) {
        i += Character.charCount(cp);
      } else if ((cp == '\'' || cp == '\u2019' || cp == '.' || cp == '&') && i + 1 < to
          && Character.isLetter(text.charAt(i + 1)) && !ArabicLetters.isLetter(text.charAt(i + 1))
          && (cp != '.' || isInitialism(text, start, i))) {
        i++;
      } else {
        break;
      }
    }
    // "U.S." keeps its final stop when it is an initialism.
    if (i < to && text.charAt(i) == '.' && i - start <= 4 && isInitialism(text, start, i) && text.indexOf('.', start) < i) {
      i++;
    }
    String surface = text.substring(start, i);
    String norm = ArabicNormalizer.normalize(surface);
    out.add(new Token(out.size(), start, i, norm, Token.Kind.LATIN, "", norm, ""));
    return i;
  }

  /** Single letters separated by stops, as in U.S. or U.N. */
  private static boolean isInitialism(String text, int start, int dot) {
    for (int k = start; k < dot; k++) {
      char c = text.charAt(k);
      if (c != '.' && !(Character.isUpperCase(c) && (k == start || text.charAt(k - 1) == '.'))) {
        return false;
      }
    }
    return true;
  }

  private int number(String text, int i, int to, List<Token> out) {
    int start = i;
    while (i < to) {
      char c = text.charAt(i);
      if (ArabicLetters.digitValue(c) >= 0) {
        i++;
      } else if ((c == ',' || c == '.' || c == ArabicLetters.ARABIC_THOUSANDS_SEPARATOR
          || c == ArabicLetters.ARABIC_DECIMAL_SEPARATOR || c == '\u066B')
          && i + 1 < to && ArabicLetters.digitValue(text.charAt(i + 1)) >= 0) {
        i++;
      } else {
        break;
      }
    }
    String norm = ArabicNormalizer.normalize(text.substring(start, i))
        .replace(ArabicLetters.ARABIC_THOUSANDS_SEPARATOR, ',').replace(ArabicLetters.ARABIC_DECIMAL_SEPARATOR, '.');
    out.add(new Token(out.size(), start, i, norm, Token.Kind.NUMBER, "", norm, ""));
    return i;
  }

  static boolean isArabicPresentation(char c) {
    return (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFC');
  }

  static boolean isQuote(char c) {
    return switch (c) {
      case '"', '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2039', '\u203A', '\'', '\u2018',
          '\u2019', '\u201A', '\u300C', '\u300D', '\uFF02' -> true;
      default -> false;
    };
  }

  static boolean isPunct(char c) {
    int t = Character.getType(c);
    return t == Character.OTHER_PUNCTUATION || t == Character.DASH_PUNCTUATION || t == Character.START_PUNCTUATION
        || t == Character.END_PUNCTUATION || t == Character.CONNECTOR_PUNCTUATION || c == ArabicLetters.ARABIC_COMMA
        || c == ArabicLetters.ARABIC_SEMICOLON || c == ArabicLetters.ARABIC_QUESTION_MARK || c == '\u06D4';
  }
}
