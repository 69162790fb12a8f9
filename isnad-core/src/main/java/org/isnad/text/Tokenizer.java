package org.isnad.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.isnad.text.ar.ArabicLetters;
import org.isnad.text.ar.ArabicNormalizer;
import org.isnad.text.ar.CliticSegmenter;

/**
 * Splits text into tokens, keeping original offsets. Arabic words keep their clitics on one
 * token and carry the analysis in their parts; numbers keep their separators (1,000; ١٬٠٠٠;
 * ١٫٥); every punctuation mark and quotation mark is a token of its own. Invisible controls
 * are skipped. Thread-safe; each distinct Arabic word is folded and segmented once.
 */
public final class Tokenizer {
  /** Distinct Arabic surfaces remembered; news vocabularies stay well below this. */
  private static final int WORD_CACHE_LIMIT = 200_000;
  /** One-character strings for ASCII marks, so punctuation allocates no text. */
  private static final String[] ASCII = new String[0x80];
  static {
    for (char c = 0; c < 0x80; c++) {
      ASCII[c] = String.valueOf(c);
    }
  }

  private final CliticSegmenter segmenter;
  /** Surface to folded form and clitic parts: folding and segmenting once per distinct word. */
  private final Map<String, Word> words = new ConcurrentHashMap<>();

  /** An Arabic word's folded form and parts; {@link #NONE} for harakat or tatweel alone. */
  private record Word(String norm, String prefix, String stem, String suffix) {
    static final Word NONE = new Word("", "", "", "");
  }

  public Tokenizer(CliticSegmenter segmenter) {
    this.segmenter = segmenter;
  }

  /** The shared tokenizer over the standard segmenter, so that every caller shares its word cache. */
  public static Tokenizer standard() {
    return Standard.INSTANCE;
  }

  private static final class Standard {
    static final Tokenizer INSTANCE = new Tokenizer(CliticSegmenter.standard());
  }

  public List<Token> tokenize(String text, int from, int to) {
    List<Token> out = new ArrayList<>(Math.max(16, (to - from) / 5));
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\n') {
        i++; // the common case first
      } else if (isArabicStart(c)) {
        i = arabicWord(text, i, to, out);
      } else if (ArabicLetters.digitValue(c) >= 0) {
        i = number(text, i, to, out);
      } else if (isSkipped(c)) {
        i++;
      } else if (Character.isHighSurrogate(c) && Character.getType(codePointAt(text, i, to)) == Character.FORMAT) {
        i += 2; // a tag character or other invisible control outside the BMP
      } else if ((c == '\'' || c == '\u2019') && isPossessive(text, i, to) && !out.isEmpty()
          && out.get(out.size() - 1).end() == i && out.get(out.size() - 1).kind() == Token.Kind.LATIN) {
        out.add(new Token(out.size(), i, i + 2, "'s", Token.Kind.LATIN, "", "'s", ""));
        i += 2;
      } else if (Character.isLetter(c) || Character.isHighSurrogate(c) && Character.isLetter(codePointAt(text, i, to))) {
        i = latinWord(text, i, to, out);
      } else {
        int len = Character.charCount(codePointAt(text, i, to));
        Token.Kind kind = isQuote(c) ? Token.Kind.QUOTE
            : isPunct(c) ? Token.Kind.PUNCT : Token.Kind.SYMBOL;
        int end = i + len;
        if (c == '.' && end + 1 < to && text.charAt(end) == '.' && text.charAt(end + 1) == '.') {
          end += 2; // an ellipsis is one mark
        }
        String norm = end == i + 1 && c < 0x80 ? ASCII[c] : ArabicNormalizer.normalize(text.substring(i, end));
        out.add(new Token(out.size(), i, end, norm, kind, "", norm, ""));
        i = end;
      }
    }
    return out;
  }

  /**
   * Spaces of every kind, invisible controls (bidi marks, zero-width characters, the byte-order
   * mark, soft hyphens) and combining marks with no letter to sit on make no token.
   */
  private static boolean isSkipped(char c) {
    if (Character.isWhitespace(c) || Character.isSpaceChar(c) || ArabicLetters.isInvisible(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.CONTROL;
  }

  /** An Arabic letter, a presentation form of one, or tatweel and harakat, which join the word. */
  private static boolean isArabicStart(char c) {
    return c >= '\u0610' && (ArabicLetters.isLetter(c) || ArabicLetters.isDiacritic(c) || c == ArabicLetters.TATWEEL
        || isArabicPresentation(c));
  }

  /** The code point at {@code i}, never reading a low surrogate at or past {@code to}. */
  private static int codePointAt(String text, int i, int to) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
      return Character.toCodePoint(c, text.charAt(i + 1));
    }
    return c;
  }

  private int arabicWord(String text, int i, int to, List<Token> out) {
    int start = i;
    while (i < to) {
      char c = text.charAt(i);
      if (isArabicStart(c)) {
        i++;
      } else if ((c == '\u200C' || c == '\u200D') && i + 1 < to && ArabicLetters.isLetter(text.charAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    String surface = text.substring(start, i);
    Word w = words.get(surface);
    if (w == null) {
      String norm = ArabicNormalizer.normalize(surface);
      CliticSegmenter.Parts p = norm.isEmpty() ? null : segmenter.segment(norm, surface);
      w = p == null ? Word.NONE : new Word(norm, p.prefix(), p.stem(), p.suffix());
      if (words.size() < WORD_CACHE_LIMIT) {
        words.put(surface, w);
      }
    }
    if (w != Word.NONE) {
      out.add(new Token(out.size(), start, i, w.norm(), Token.Kind.ARABIC, w.prefix(), w.stem(), w.suffix()));
    }
    return i;
  }

  private int latinWord(String text, int i, int to, List<Token> out) {
    int start = i;
    while (i < to) {
      int cp = codePointAt(text, i, to);
      if (cp >= 0x10000 ? Character.isLetterOrDigit(cp) : isLatinPart((char) cp)) {
        i += Character.charCount(cp);
      } else if ((cp == '\'' || cp == '\u2019') && isPossessive(text, i, to)) {
        break; // Trump's: the name, then the possessive as a token of its own
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
    if (i - start >= 3 && Character.isUpperCase(text.charAt(start)) && Character.isDigit(text.charAt(i - 1))) {
      java.util.regex.Matcher glued = GLUED_CURRENCY.matcher(text.substring(start, i));
      if (glued.matches()) {
        i = start + glued.end(1); // "KD96", "SR2.4": the currency, then the number as a token of its own
      }
    }
    String surface = text.substring(start, i);
    String norm = ArabicNormalizer.normalize(surface);
    out.add(new Token(out.size(), start, i, norm, Token.Kind.LATIN, "", norm, ""));
    return i;
  }

  /** A currency abbreviation written against its amount: KD96, SR2, QR1, Dh50, Rs10, RM5. */
  private static final java.util.regex.Pattern GLUED_CURRENCY =
      java.util.regex.Pattern.compile("(KD|SR|QR|BD|RO|Dhs?|Rs|RM|AED|SAR|QAR|KWD|BHD|OMR|EGP|JOD|MAD|TND|DZD)[0-9][0-9.,]*");

  /**
   * Letters of any script but Arabic, ASCII digits (G20, Web3), and the combining marks on
   * them. Arabic-Indic digits and Arabic letters start tokens of their own.
   */
  private static boolean isLatinPart(char c) {
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    if (ArabicLetters.isLetter(c) || ArabicLetters.digitValue(c) >= 0 || isArabicPresentation(c)
        || c == ArabicLetters.TATWEEL) {
      return false;
    }
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  /** An apostrophe that starts an English possessive: 's or ’s followed by a non-letter. */
  static boolean isPossessive(String text, int i, int to) {
    return i + 1 < to && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
        && (i + 2 >= to || !Character.isLetter(text.charAt(i + 2)));
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
          || c == ArabicLetters.ARABIC_DECIMAL_SEPARATOR)
          && i + 1 < to && ArabicLetters.digitValue(text.charAt(i + 1)) >= 0) {
        i++;
      } else {
        break;
      }
    }
    String norm = ArabicNormalizer.normalize(text.substring(start, i)); // ١٬٠٠٠٫٥ folds to 1,000.5
    out.add(new Token(out.size(), start, i, norm, Token.Kind.NUMBER, "", norm, ""));
    return i;
  }

  /**
   * Arabic presentation forms of letters and ligatures; not the ornate parentheses ﴾ ﴿, the
   * rial sign or the unassigned code points between them.
   */
  static boolean isArabicPresentation(char c) {
    return (c >= '\uFB50' && c <= '\uFDFF' || c >= '\uFE70' && c <= '\uFEFC') && Character.isLetter(c);
  }

  /** Every character with the Unicode Quotation_Mark property, plus the ornamental ❛❜❝❞. */
  static boolean isQuote(char c) {
    return switch (c) {
      case '"', '\'', '\u00AB', '\u00BB', '\u2018', '\u2019', '\u201A', '\u201B', '\u201C', '\u201D', '\u201E',
          '\u201F', '\u2039', '\u203A', '\u2E42', '\u300C', '\u300D', '\u300E', '\u300F', '\u301D', '\u301E',
          '\u301F', '\uFE41', '\uFE42', '\uFE43', '\uFE44', '\uFF02', '\uFF07', '\uFF62', '\uFF63', '\u275B',
          '\u275C', '\u275D', '\u275E' -> true;
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
