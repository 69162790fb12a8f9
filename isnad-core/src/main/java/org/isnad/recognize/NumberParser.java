package org.isnad.recognize;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.isnad.recognize.NumberWords.Entry;
import org.isnad.recognize.NumberWords.Kind;
import org.isnad.text.Token;
import org.isnad.text.Tokenizer;

/**
 * Reads number expressions over tokens: digits in Latin, Arabic-Indic and Persian script with
 * their separators, and number words in Arabic and English ("1.5 مليار", "ثلاثة ملايين
 * ونصف", "خمسة وعشرون ألفا", "two hundred and fifty million", "1.5bn"). Vague quantities
 * ("عشرات الملايين", "millions of") are recognised as such and have no value. Stateless and
 * thread-safe.
 */
public final class NumberParser {
  private NumberParser() {}

  /** What {@link #at} read: tokens {@code [start, end)}, the value, and whether it is vague. */
  record Parsed(int start, int end, double value, boolean vague, double topScale) {}

  /** The value of {@code tokens} when they are exactly one number expression with a value. */
  public static OptionalDouble parse(List<Token> tokens) {
    Parsed p = at(tokens, 0, tokens.size());
    if (p == null || p.vague() || p.end() != tokens.size()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(p.value());
  }

  /** Tokenizes {@code text} with the standard tokenizer and reads it as one number expression. */
  public static OptionalDouble parse(String text) {
    return parse(Tokenizer.standard().tokenize(text, 0, text.length()));
  }

  /** The longest number expression that starts at token {@code from}, or null. */
  static Parsed at(List<Token> toks, int from, int limit) {
    return at(toks, from, limit, null);
  }

  /** As {@link #at(List, int, int)}, also reading decimals that bidi controls have turned round. */
  static Parsed at(List<Token> toks, int from, int limit, String text) {
    return at(toks, from, limit, Double.POSITIVE_INFINITY, text);
  }

  private static Parsed at(List<Token> toks, int from, int limit, double maxScale, String text) {
    double total = 0;
    double group = 0;
    boolean groupSet = false;
    double lastScale = maxScale;
    double topScale = 1;
    boolean vague = false;
    int i = from;
    while (i < limit) {
      Token t = toks.get(i);
      boolean consumed = i > from;
      boolean conj = false;
      int wordAt = i;
      if (consumed && isConnector(t) && i + 1 < limit) {
        conj = true;
        wordAt = i + 1;
        t = toks.get(wordAt);
      } else if (consumed && groupSet && group >= 20 && group < 100 && group % 10 == 0 && t.norm().equals("-")
          && i + 1 < limit && toks.get(i + 1).kind() == Token.Kind.LATIN && t.end() == toks.get(i + 1).start()) {
        wordAt = i + 1; // twenty-five
        t = toks.get(wordAt);
      }
      if (t.kind() == Token.Kind.NUMBER) {
        if (conj && !groupSet && total > 0) {
          Parsed rest = at(toks, wordAt, limit, lastScale, text);
          if (rest != null && !rest.vague() && rest.topScale() < lastScale) {
            return new Parsed(from, rest.end(), total + rest.value(), false, Math.max(topScale, rest.topScale()));
          }
          break;
        }
        if (consumed) {
          break;
        }
        int after = wordAt + 1;
        double v;
        String turned = text == null ? null : Digits.turnedDecimal(toks, wordAt, limit, text);
        if (turned != null) {
          v = Double.parseDouble(turned);
          after = wordAt + 3;
        } else {
          v = Digits.value(t.norm(), after < limit && isScaleWord(toks.get(after)));
        }
        if (Double.isNaN(v)) {
          break;
        }
        group = v;
        groupSet = true;
        i = after;
        if (i + 1 < limit && toks.get(i).norm().equals("-") && toks.get(i).start() == toks.get(i - 1).end()
            && toks.get(i + 1).kind() == Token.Kind.LATIN && toks.get(i + 1).start() == toks.get(i).end()) {
          Entry e = NumberWords.ENGLISH.get(toks.get(i + 1).norm().toLowerCase(Locale.ROOT));
          if (e != null && (e.kind() == Kind.SCALE || e.kind() == Kind.SCALE_ABBREV)) {
            i++; // "$5-million", written as one word
          }
        }
        if (i < limit && toks.get(i).kind() == Token.Kind.LATIN) {
          Entry e = NumberWords.ENGLISH.get(toks.get(i).norm().toLowerCase(Locale.ROOT));
          if (e != null && e.kind() == Kind.SCALE_ABBREV) {
            total += group * e.value();
            topScale = Math.max(topScale, e.value());
            return new Parsed(from, i + 1, total, false, topScale);
          }
        }
        continue;
      }
      Word w = word(t, wordAt == from);
      if (w == null) {
        break;
      }
      if (w.conjPrefix) {
        if (!consumed) {
          w = new Word(w.entry, false, w.article); // a leading و joins the clause, not the number
        } else if (conj) {
          break; // "و وخمسة"
        } else {
          conj = true;
        }
      }
      Entry e = w.entry;
      if (conj && !groupSet && total > 0 && e.kind() != Kind.FRACTION) {
        Parsed rest = at(toks, wordAt, limit, lastScale, text);
        if (rest != null && !rest.vague() && rest.topScale() < lastScale && !w.article) {
          return new Parsed(from, rest.end(), total + rest.value(), false, Math.max(topScale, rest.topScale()));
        }
        break;
      }
      if (w.article && e.kind() != Kind.SCALE_PLURAL && !(vague && e.kind() == Kind.SCALE)) {
        break; // "المليون" only counts after a fraction or a vague word, handled where they are read
      }
      switch (e.kind()) {
        case UNIT, TEN, TEEN, TEEN_HEAD -> {
          double v = e.value();
          int next = wordAt + 1;
          boolean teen = (e.kind() == Kind.UNIT && v < 10 || e.kind() == Kind.TEEN_HEAD) && next < limit
              && NumberWords.isTeenTen(toks.get(next).norm());
          if (teen) {
            v += 10;
            next++;
          } else if (e.kind() == Kind.TEEN_HEAD) {
            return result(from, i, total, group, groupSet, vague, topScale);
          }
          if (groupSet) {
            boolean unitsThenTens = conj && e.kind() == Kind.TEN && group < 10;
            boolean afterHundreds = group >= 100 && group % 100 == 0 && v < 100;
            boolean englishTens = !conj && e.kind() != Kind.TEN && group >= 20 && group < 100 && group % 10 == 0
                && hyphenBefore(toks, wordAt);
            if (!(unitsThenTens || afterHundreds || englishTens)) {
              return result(from, i, total, group, groupSet, vague, topScale);
            }
            group += v;
          } else {
            group = v;
            groupSet = true;
          }
          i = next;
        }
        case HUNDREDS, HUNDRED_MUL -> {
          if (e.kind() == Kind.HUNDRED_MUL || (e.value() == 100 && groupSet && !conj && group < 10)) {
            group = (groupSet ? group : 1) * 100;
          } else if (groupSet && !conj) {
            return result(from, i, total, group, groupSet, vague, topScale);
          } else {
            group = groupSet ? group + e.value() : e.value();
          }
          groupSet = true;
          i = wordAt + 1;
        }
        case SCALE, SCALE_ACC, SCALE_DUAL, SCALE_PLURAL -> {
          double s = e.value();
          if (s >= lastScale) {
            return result(from, i, total, group, groupSet, vague, topScale);
          }
          if (vague) {
            return new Parsed(from, wordAt + 1, Double.NaN, true, s);
          }
          double n;
          if (e.kind() == Kind.SCALE_DUAL) {
            if (groupSet) {
              return result(from, i, total, group, groupSet, vague, topScale);
            }
            n = 2;
          } else if (e.kind() == Kind.SCALE_PLURAL && !groupSet) {
            return new Parsed(from, wordAt + 1, Double.NaN, true, s);
          } else if (e.kind() == Kind.SCALE_ACC && !groupSet) {
            // "مليونا دولار" is a dual before its noun; "بلغ مليونًا وخمسمئة ألف" an accusative one
            n = wordAt + 1 < limit && toks.get(wordAt + 1).kind() == Token.Kind.ARABIC
                && word(toks.get(wordAt + 1), false) == null && !toks.get(wordAt + 1).norm().startsWith("و") ? 2 : 1;
          } else {
            n = groupSet ? group : 1;
          }
          total += n * s;
          group = 0;
          groupSet = false;
          lastScale = s;
          topScale = Math.max(topScale, s);
          i = wordAt + 1;
          i = halfAfterScale(toks, i, limit, s);
          if (i < 0) {
            i = -i;
            total += 0.5 * s;
          }
        }
        case FRACTION -> {
          if (groupSet || total > 0) {
            return result(from, i, total, group, groupSet, vague, topScale);
          }
          int k = wordAt + 1;
          if (k < limit && isArticle(toks.get(k))) {
            k++;
          }
          if (k < limit && toks.get(k).kind() == Token.Kind.LATIN && toks.get(k).norm().equalsIgnoreCase("of")) {
            k++;
            if (k < limit && isArticle(toks.get(k))) {
              k++;
            }
          }
          Word sw = k < limit ? word(toks.get(k), false) : null;
          if (sw == null || sw.conjPrefix || (sw.entry.kind() != Kind.SCALE && sw.entry.kind() != Kind.HUNDRED_MUL
              && !(sw.article && sw.entry.kind() == Kind.SCALE))) {
            return null;
          }
          double s = sw.entry.value();
          return new Parsed(from, k + 1, e.value() * s, false, s);
        }
        case VAGUE -> {
          vague = true;
          i = wordAt + 1;
          if (i < limit && toks.get(i).norm().equalsIgnoreCase("of")) {
            i++;
          }
        }
        case ARTICLE -> {
          if (consumed || wordAt + 1 >= limit) {
            return result(from, i, total, group, groupSet, vague, topScale);
          }
          Word next = word(toks.get(wordAt + 1), false);
          if (next == null || (next.entry.kind() != Kind.SCALE && next.entry.kind() != Kind.HUNDRED_MUL)) {
            return null;
          }
          group = 1;
          groupSet = true;
          i = wordAt + 1;
        }
        default -> {
          return result(from, i, total, group, groupSet, vague, topScale);
        }
      }
    }
    return result(from, i, total, group, groupSet, vague, topScale);
  }

  private static Parsed result(int from, int end, double total, double group, boolean groupSet, boolean vague,
      double topScale) {
    if (end <= from) {
      return null;
    }
    if (vague) {
      return new Parsed(from, end, Double.NaN, true, topScale);
    }
    if (!groupSet && total == 0) {
      return null;
    }
    return new Parsed(from, end, total + (groupSet ? group : 0), false, topScale);
  }

  /** "مليون ونصف" and "مليار ونصف المليار": returns the new position, negated when a half was read. */
  private static int halfAfterScale(List<Token> toks, int i, int limit, double scale) {
    if (i >= limit) {
      return i;
    }
    String n = toks.get(i).norm();
    int k;
    if (n.equals("ونصف")) {
      k = i + 1;
    } else if (n.equals("و") && i + 1 < limit && toks.get(i + 1).norm().equals("نصف")) {
      k = i + 2;
    } else {
      return i;
    }
    if (k < limit) {
      Word w = word(toks.get(k), false);
      if (w != null && w.article && w.entry.value() == scale) {
        k++;
      }
    }
    return -k;
  }

  private static boolean isConnector(Token t) {
    String n = t.norm();
    return n.equals("و") || n.equalsIgnoreCase("and");
  }

  private static boolean isArticle(Token t) {
    return t.kind() == Token.Kind.LATIN && (t.norm().equalsIgnoreCase("a") || t.norm().equalsIgnoreCase("an"));
  }

  private static boolean hyphenBefore(List<Token> toks, int i) {
    return i > 0 && toks.get(i - 1).norm().equals("-") && toks.get(i - 1).end() == toks.get(i).start();
  }

  static boolean isScaleWord(Token t) {
    Word w = word(t, false);
    return w != null && !w.conjPrefix && switch (w.entry.kind()) {
      case SCALE, SCALE_ACC, SCALE_PLURAL, SCALE_ABBREV -> true;
      default -> false;
    };
  }

  /** A number word: its entry, whether a conjunction و was on it, whether it has the article. */
  private record Word(Entry entry, boolean conjPrefix, boolean article) {}

  private static Word word(Token t, boolean first) {
    if (t.kind() == Token.Kind.LATIN) {
      Entry e = NumberWords.ENGLISH.get(t.norm().toLowerCase(Locale.ROOT));
      if (e == null || e.kind() == Kind.SCALE_ABBREV) {
        return null; // abbreviations count only right after digits
      }
      return new Word(e, false, false);
    }
    if (t.kind() != Token.Kind.ARABIC) {
      return null;
    }
    Clitics.Hit<Entry> hit = Clitics.lookup(t.norm(), NumberWords.ARABIC);
    if (hit == null) {
      return null;
    }
    String p = hit.prefix();
    boolean conj = p.startsWith("و") || p.startsWith("ف");
    boolean article = p.endsWith("ال") || p.endsWith("لل");
    String rest = conj ? p.substring(1) : p;
    if (rest.startsWith("ل") && !rest.startsWith("لل") || rest.startsWith("ك")) {
      return null; // ل and ك on a number word are rarely part of an amount
    }
    if (rest.startsWith("ب") && !first) {
      return null;
    }
    return new Word(hit.value(), conj, article);
  }
}
