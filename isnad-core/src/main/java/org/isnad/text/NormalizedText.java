package org.isnad.text;

import java.util.Arrays;
import org.isnad.text.ar.ArabicLetters;
import org.isnad.text.ar.ArabicNormalizer;

/**
 * A folded copy of a text with an index back to the original: {@link #original(int)} gives,
 * for every index of the folded copy, the UTF-16 index in the original that produced it.
 * Normalization never moves an offset; it only changes what rules see. A ligature may fold to
 * several characters (ﻻ to لا), all of which map back to it.
 */
public final class NormalizedText {
  private final String original;
  private final String text;
  private final int[] toOriginal;

  private NormalizedText(String original, String text, int[] toOriginal) {
    this.original = original;
    this.text = text;
    this.toOriginal = toOriginal;
  }

  public static NormalizedText of(String original) {
    StringBuilder out = new StringBuilder(original.length());
    // Folding can lengthen the text (ligatures expand), so the index grows as needed.
    int[] map = new int[original.length() + 1];
    for (int i = 0; i < original.length(); i++) {
      char c = original.charAt(i);
      char one = ArabicNormalizer.foldLetter(c);
      if (one != c || c < '\uFB50' || c > '\uFEFC') {
        if (one != 0 || c == 0) { // one letter for one letter: the common case, without allocating
          if (out.length() + 2 > map.length) {
            map = Arrays.copyOf(map, map.length * 2 + 2);
          }
          map[out.length()] = i;
          out.append(one);
        }
        continue;
      }
      String f = ArabicNormalizer.fold(c);
      int need = out.length() + (f == null ? 1 : f.length()) + 1;
      if (need > map.length) {
        map = Arrays.copyOf(map, Math.max(need, map.length * 2));
      }
      if (f == null) {
        map[out.length()] = i;
        out.append(c);
      } else {
        for (int k = 0; k < f.length(); k++) {
          map[out.length()] = i;
          out.append(f.charAt(k));
        }
      }
    }
    int[] trimmed = Arrays.copyOf(map, out.length() + 1);
    trimmed[out.length()] = original.length();
    return new NormalizedText(original, out.toString(), trimmed);
  }

  public String text() {
    return text;
  }

  /** The original index of folded index {@code i}; {@code length()} maps to the original's length. */
  public int original(int i) {
    return toOriginal[i];
  }

  /**
   * The original span covering folded {@code [start, end)}: it takes in the harakat and
   * tatweel that folding dropped after its last letter, and never cuts a surrogate pair.
   */
  public Span originalSpan(int start, int end) {
    if (start < 0 || end < start || end > text.length()) {
      throw new IllegalArgumentException("folded span [" + start + ", " + end + ") is not inside [0, "
          + text.length() + "]");
    }
    int s = toOriginal[start];
    if (start == end) {
      return new Span(s, s);
    }
    int e = toOriginal[end - 1] + 1;
    if (e < original.length() && Character.isHighSurrogate(original.charAt(e - 1))
        && Character.isLowSurrogate(original.charAt(e))) {
      e++;
    }
    while (e < original.length() && e < (end < text.length() ? toOriginal[end] : original.length())
        && isDroppedMark(original.charAt(e))) {
      e++;
    }
    if (s > 0 && Character.isLowSurrogate(original.charAt(s)) && Character.isHighSurrogate(original.charAt(s - 1))) {
      s--;
    }
    return new Span(s, Math.max(s, e));
  }

  private static boolean isDroppedMark(char c) {
    return ArabicLetters.isDiacritic(c) || c == ArabicLetters.TATWEEL;
  }

  public int length() {
    return text.length();
  }
}
