package org.isnad.recognize.ner;

import java.util.List;
import java.util.Locale;
import org.isnad.text.Token;

/**
 * Turns a sentence's tokens into hashed feature ids, the same way at training and at run
 * time: word forms and the last letter as written, clitic parts, a lexicon-free light stem,
 * affixes, shapes, the words two either side, gazetteer matches, and word classes learned from
 * unlabeled text. Stateless; the gazetteer is read-only.
 */
final class Features {
  private static final String START = "<s>";
  private static final String END = "</s>";

  private final Gazetteer gazetteer;

  Features(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The features of tokens {@code [from, to)}: token {@code i}'s ids are {@code ids[off[i]..off[i+1])}. */
  record Sentence(int[] ids, int[] off) {
    int size() {
      return off.length - 1;
    }
  }

  /**
   * {@code text} is what the tokens' offsets point into, or null when it is not at hand; it gives
   * the spelling that folding loses (على and علي fold alike, so do موسى and موسي).
   */
  Sentence extract(List<Token> tokens, int from, int to, CharSequence text) {
    int n = to - from;
    String[] w = new String[n];
    String[] st = new String[n];
    String[] ls = new String[n];
    String[] sh = new String[n];
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(from + i);
      boolean latin = t.kind() == Token.Kind.LATIN;
      w[i] = latin ? t.norm().toLowerCase(Locale.ROOT) : t.norm();
      st[i] = latin ? w[i] : t.stem();
      ls[i] = t.kind() == Token.Kind.ARABIC ? lightStem(t.norm()) : w[i];
      sh[i] = shape(t);
    }
    String[] cl = new String[n];
    for (int i = 0; i < n; i++) {
      cl[i] = w[i].length() == ls[i].length() ? "" : w[i].substring(0, w[i].length() - ls[i].length());
    }
    int[] gaz = gazetteer.match(tokens, from, to);
    int[] freq = new int[n];
    int[] like = new int[n];
    for (int i = 0; i < n; i++) {
      Token.Kind kind = tokens.get(from + i).kind();
      // The same key as docKey(), from the forms already folded above.
      String key = kind == Token.Kind.ARABIC || kind == Token.Kind.LATIN ? ls[i] : null;
      freq[i] = gazetteer.frequency(key != null && key.length() >= 2 ? key : null);
      like[i] = kind == Token.Kind.ARABIC ? gazetteer.nameLikeness(ls[i]) : -9;
    }
    int[] wc = new int[n];
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(from + i);
      wc[i] = gazetteer.cluster(t.kind() == Token.Kind.ARABIC || t.kind() == Token.Kind.LATIN ? ls[i]
          : t.kind() == Token.Kind.NUMBER ? sh[i] : t.norm());
    }
    int[] ids = new int[n * 64];
    int[] off = new int[n + 1];
    int k = 0;
    for (int i = 0; i < n; i++) {
      int need = 128 + 2 * tokens.get(from + i).norm().length();
      if (ids.length - k < need) {
        // grow past a very long word too (a 200,000-letter token needs more than one doubling)
        ids = java.util.Arrays.copyOf(ids, Math.max(ids.length * 2, k + need));
      }
      Token t = tokens.get(from + i);
      String wm1 = at(w, i - 1);
      String wp1 = at(w, i + 1);
      ids[k++] = Hash.of(2, w[i]);
      char tail = tail(text, t);
      ids[k++] = Hash.finish(Hash.addInt(Hash.add(Hash.start(97), w[i]), tail));
      ids[k++] = Hash.finish(Hash.addInt(Hash.start(98), tail));
      ids[k++] = Hash.of(7, st[i]);
      ids[k++] = Hash.of(17, ls[i]);
      ids[k++] = Hash.finish(Hash.add(Hash.add(Hash.start(11), wm1), w[i]));
      ids[k++] = Hash.finish(Hash.add(Hash.add(Hash.start(12), w[i]), wp1));
      ids[k++] = Hash.of(1, "");
      ids[k++] = Hash.of(3, wm1);
      ids[k++] = Hash.of(4, wp1);
      ids[k++] = Hash.of(5, at(w, i - 2));
      ids[k++] = Hash.of(6, at(w, i + 2));
      ids[k++] = Hash.finish(Hash.add(Hash.add(Hash.start(8), t.prefix()), t.suffix()));
      ids[k++] = Hash.of(9, at(st, i - 1));
      ids[k++] = Hash.of(10, at(st, i + 1));
      String s = ls[i];
      for (int len = 1; len <= 4 && len < s.length(); len++) {
        ids[k++] = Hash.finish(Hash.add(Hash.start(13 + 100 * len), s, s.length() - len, s.length()));
      }
      for (int len = 2; len <= 3 && len < s.length(); len++) {
        ids[k++] = Hash.finish(Hash.add(Hash.start(14 + 100 * len), s, 0, len));
      }
      if (t.kind() == Token.Kind.ARABIC || t.kind() == Token.Kind.LATIN) {
        k = charGrams(s, ids, k);
      }
      ids[k++] = Hash.of(15, sh[i]);
      ids[k++] = Hash.finish(Hash.add(Hash.add(Hash.add(Hash.start(16), at(sh, i - 1)), sh[i]), at(sh, i + 1)));
      ids[k++] = Hash.of(18, at(ls, i - 1));
      ids[k++] = Hash.of(19, at(ls, i + 1));
      k = gazetteerFeatures(gaz, i, n, ids, k);
      ids[k++] = Hash.finish(Hash.addInt(Hash.start(24), Math.min(s.length(), 10)));
      ids[k++] = Hash.of(26, at(st, i - 2));
      ids[k++] = Hash.of(27, at(st, i + 2));
      ids[k++] = Hash.finish(Hash.add(Hash.add(Hash.start(28), wm1), wp1));
      ids[k++] = Hash.finish(Hash.addInt(Hash.start(61), freq[i]));
      ids[k++] = Hash.finish(Hash.addInt(Hash.addInt(Hash.start(62), freq[i]), i > 0 ? freq[i - 1] : -2));
      ids[k++] = Hash.finish(Hash.addInt(Hash.addInt(Hash.start(63), freq[i]), i + 1 < n ? freq[i + 1] : -2));
      ids[k++] = Hash.finish(Hash.add(Hash.add(Hash.start(70), clitic(cl, i - 1)), clitic(cl, i + 1)));
      ids[k++] = Hash.finish(Hash.add(Hash.add(Hash.start(71), clitic(cl, i)), at(sh, i + 1)));
      ids[k++] = Hash.finish(Hash.add(Hash.add(Hash.start(72), clitic(cl, i)), clitic(cl, i + 1)));
      ids[k++] = Hash.finish(Hash.add(Hash.add(Hash.start(73), clitic(cl, i - 1)), clitic(cl, i)));
      ids[k++] = Hash.finish(Hash.add(Hash.add(Hash.start(74), clitic(cl, i)), at(ls, i - 1)));
      ids[k++] = Hash.finish(Hash.addInt(Hash.start(66), like[i]));
      ids[k++] = Hash.finish(Hash.addInt(Hash.addInt(Hash.start(67), like[i]), freq[i]));
      ids[k++] = Hash.finish(Hash.addInt(Hash.addInt(Hash.start(68), like[i]), i > 0 ? like[i - 1] : -8));
      ids[k++] = Hash.finish(Hash.addInt(Hash.addInt(Hash.start(69), like[i]), i + 1 < n ? like[i + 1] : -8));
      k = clusterFeatures(wc, i, n, ids, k);
      off[i + 1] = k;
    }
    return new Sentence(ids, off);
  }

  /**
   * The token's last letter as written, when folding changes it (ى, ة, ئ, ؤ) or could have
   * (ي, ه); 0 otherwise or without the text. It tells the preposition على from the name علي.
   */
  static char tail(CharSequence text, Token t) {
    if (text == null || t.kind() != Token.Kind.ARABIC || t.end() > text.length()) {
      return 0;
    }
    for (int i = t.end() - 1; i >= t.start(); i--) {
      char c = text.charAt(i);
      if (org.isnad.text.ar.ArabicNormalizer.foldLetter(c) == 0) {
        continue; // a diacritic or tatweel
      }
      return c == 'ى' || c == 'ي' || c == 'ة' || c == 'ه' || c == 'ئ' || c == 'ؤ' ? c : 0;
    }
    return 0;
  }

  /**
   * The word classes of the token and its neighbours at each granularity (coarse to fine), and
   * coarse class pairs: a word never seen in training still has the class of words it is used like.
   */
  private static int clusterFeatures(int[] wc, int i, int n, int[] ids, int k) {
    int c = wc[i];
    int prev = i > 0 ? wc[i - 1] : -2;
    int next = i + 1 < n ? wc[i + 1] : -2;
    for (int g = 0; g < 3; g++) {
      ids[k++] = Hash.finish(Hash.addInt(Hash.start(80 + g), level(c, g)));
      ids[k++] = Hash.finish(Hash.addInt(Hash.start(83 + g), level(prev, g)));
      ids[k++] = Hash.finish(Hash.addInt(Hash.start(86 + g), level(next, g)));
    }
    ids[k++] = Hash.finish(Hash.addInt(Hash.addInt(Hash.start(89), level(prev, 0)), level(c, 0)));
    ids[k++] = Hash.finish(Hash.addInt(Hash.addInt(Hash.start(90), level(c, 0)), level(next, 0)));
    return k;
  }

  private static int level(int packed, int g) {
    return packed < 0 ? packed : WordClusters.unpack(packed, g);
  }

  /** The word that word classes are learned and looked up by: the light stem, a number's shape, or the mark itself. */
  static String clusterKey(Token t) {
    return switch (t.kind()) {
      case ARABIC -> lightStem(t.norm());
      case LATIN -> t.norm().toLowerCase(Locale.ROOT);
      case NUMBER -> shape(t);
      default -> t.norm();
    };
  }

  /** Letter trigrams of the stem, word edges marked: they tell a transliterated name (فولكسفاغن) from a native word. */
  private static int charGrams(String s, int[] ids, int k) {
    int n = s.length();
    if (n < 2) {
      return k;
    }
    for (int i = -1; i + 2 <= n; i++) {
      int h = Hash.start(29);
      for (int j = i; j < i + 3; j++) {
        char c = j < 0 ? '^' : j >= n ? '$' : s.charAt(j);
        h = (h ^ c) * 0x01000193;
      }
      ids[k++] = Hash.finish(h);
    }
    return k;
  }

  /** The word a token is matched on across a document: its light stem, or null for non-words. */
  static String docKey(Token t) {
    if (t.kind() == Token.Kind.ARABIC) {
      String ls = lightStem(t.norm());
      return ls.length() >= 2 ? ls : null;
    }
    return t.kind() == Token.Kind.LATIN && t.norm().length() >= 2 ? t.norm().toLowerCase(Locale.ROOT) : null;
  }

  /**
   * The second pass's features: the base features plus the first pass's labels around each
   * token and the {@link Consistency} evidence ({@link #stackExtras}).
   */
  static Sentence stack(Sentence base, int[] labels, int[] masks) {
    Sentence extra = stackExtras(labels, masks);
    int n = base.size();
    int[] ids = new int[base.ids().length + extra.ids().length];
    int[] off = new int[n + 1];
    int k = 0;
    for (int i = 0; i < n; i++) {
      for (int j = base.off()[i]; j < base.off()[i + 1]; j++) {
        ids[k++] = base.ids()[j];
      }
      for (int j = extra.off()[i]; j < extra.off()[i + 1]; j++) {
        ids[k++] = extra.ids()[j];
      }
      off[i + 1] = k;
    }
    return new Sentence(ids, off);
  }

  /**
   * Only what the second pass adds to the base features: the first pass's labels around each
   * token and the {@link Consistency} masks of the token and its neighbours.
   */
  static Sentence stackExtras(int[] labels, int[] masks) {
    int n = labels.length;
    int[] ids = new int[n * 16];
    int[] off = new int[n + 1];
    int k = 0;
    for (int i = 0; i < n; i++) {
      int y = labels[i];
      int prev = i > 0 ? labels[i - 1] : -1;
      int next = i + 1 < n ? labels[i + 1] : -1;
      int m = masks[i];
      ids[k++] = Hash.finish(Hash.addInt(Hash.start(40), y));
      ids[k++] = Hash.finish(Hash.addInt(Hash.start(41), prev));
      ids[k++] = Hash.finish(Hash.addInt(Hash.start(42), next));
      for (int bit = 0; bit < 5; bit++) {
        if ((m & (1 << bit)) != 0) {
          ids[k++] = Hash.finish(Hash.addInt(Hash.start(43), bit));
        }
      }
      ids[k++] = Hash.finish(Hash.addInt(Hash.start(44), m));
      ids[k++] = Hash.finish(Hash.addInt(Hash.addInt(Hash.start(47), m), y));
      ids[k++] = Hash.finish(Hash.addInt(Hash.start(45), i > 0 ? masks[i - 1] : -1));
      ids[k++] = Hash.finish(Hash.addInt(Hash.start(46), i + 1 < n ? masks[i + 1] : -1));
      off[i + 1] = k;
    }
    return new Sentence(ids, off);
  }

  private static int gazetteerFeatures(int[] gaz, int i, int n, int[] ids, int k) {
    int g = gaz[i];
    for (int bit = 0; bit < 2 * Gazetteer.KINDS; bit++) {
      if ((g & (1 << bit)) != 0) {
        ids[k++] = Hash.finish(Hash.addInt(Hash.start(20), bit));
      }
    }
    int prev = i > 0 ? gaz[i - 1] : 0;
    int next = i + 1 < n ? gaz[i + 1] : 0;
    for (int bit = 0; bit < 2 * Gazetteer.KINDS; bit += 2) {
      if ((prev & (3 << bit)) != 0) {
        ids[k++] = Hash.finish(Hash.addInt(Hash.start(21), bit));
      }
      if ((next & (1 << bit)) != 0) {
        ids[k++] = Hash.finish(Hash.addInt(Hash.start(22), bit));
      }
    }
    if (g != 0) {
      ids[k++] = Hash.finish(Hash.addInt(Hash.start(23), g));
    }
    return k;
  }

  /** What the light stem took off word i (و, ب, ال, ...): the clitics that mark a word boundary. */
  private static String clitic(String[] cl, int i) {
    return i < 0 || i >= cl.length ? "#" : cl[i];
  }

  private static String at(String[] a, int i) {
    return i < 0 ? START : i >= a.length ? END : a[i];
  }

  /**
   * The word without a leading conjunction, preposition or article, found without a
   * lexicon, so the feature does not shift when the clitic segmenter's lexicon changes.
   */
  static String lightStem(String w) {
    int s = 0;
    if (w.length() - s >= 4 && (w.charAt(s) == 'و' || w.charAt(s) == 'ف')) {
      s++;
    }
    if (w.length() - s >= 4 && (w.charAt(s) == 'ب' || w.charAt(s) == 'ل' || w.charAt(s) == 'ك')
        && w.startsWith("ال", s + 1)) {
      s++;
    }
    if (w.length() - s >= 4 && w.startsWith("لل", s)) {
      s += 2;
    } else if (w.length() - s >= 4 && w.startsWith("ال", s)) {
      s += 2;
    }
    return s == 0 ? w : w.substring(s);
  }

  static String shape(Token t) {
    String n = t.norm();
    if (n.isEmpty()) {
      return "_"; // a lone mark that folds away, such as a Quranic sign
    }
    switch (t.kind()) {
      case ARABIC:
        return n.length() <= 2 ? "a" : "A";
      case NUMBER:
        return n.length() == 4 ? "D4" : "D";
      case QUOTE:
        return "Q";
      case PUNCT:
      case SYMBOL:
        return n;
      default:
        break;
    }
    boolean upperFirst = Character.isUpperCase(n.charAt(0));
    boolean allUpper = true;
    boolean digit = false;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      allUpper &= !Character.isLowerCase(c);
      digit |= Character.isDigit(c);
    }
    return (allUpper && n.length() > 1 ? "XX" : upperFirst ? "Xx" : "x") + (digit ? "d" : "");
  }
}
