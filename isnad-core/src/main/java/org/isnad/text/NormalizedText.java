package org.isnad.text;

import org.isnad.text.ar.ArabicNormalizer;

/**
 * A folded copy of a text with an index back to the original: {@link #original(int)} gives,
 * for every index of the folded copy, the UTF-16 index in the original that produced it.
 * Normalization never moves an offset; it only changes what rules see.
 */
public final class NormalizedText {
  private final String text;
  private final int[] toOriginal;
  private final int originalLength;

  private NormalizedText(String text, int[] toOriginal, int originalLength) {
    this.text = text;
    this.toOriginal = toOriginal;
    this.originalLength = originalLength;
  }

  public static NormalizedText of(String original) {
    StringBuilder out = new StringBuilder(original.length());
    int[] map = new int[original.length() + 1];
    for (int i = 0; i < original.length(); i++) {
      char c = original.charAt(i);
      String f = ArabicNormalizer.fold(c);
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
    int[] trimmed = new int[out.length() + 1];
    System.arraycopy(map, 0, trimmed, 0, out.length());
    trimmed[out.length()] = original.length();
    return new NormalizedText(out.toString(), trimmed, original.length());
  }

  public String text() {
    return text;
  }

  /** The original index of folded index {@code i}; {@code length()} maps to the original's length. */
  public int original(int i) {
    return toOriginal[i];
  }

  /** The original span covering folded {@code [start, end)}. */
  public Span originalSpan(int start, int end) {
    int s = toOriginal[start];
    int e = end == 0 ? 0 : (end >= text.length() ? originalLength : toOriginal[end - 1] + 1);
    if (e < s) {
      e = s;
    }
    // A surrogate pair folds as two characters; keep the span on code-point boundaries.
    return new Span(s, e);
  }

  public int length() {
    return text.length();
  }
}
