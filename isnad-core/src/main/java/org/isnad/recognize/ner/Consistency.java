package org.isnad.recognize.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Document-level evidence for the second pass: for each token, which classes the first pass
 * gave to other occurrences of the same word in nearby sentences. A name the first pass found
 * once, where its context was clear, is then found again where it stands bare.
 * Bit {@code c} is set for class ordinal {@code c}; bit 4 when another occurrence was O.
 */
final class Consistency {
  /** Sentences either side that count as the same document, at training and at run time alike. */
  static final int WINDOW = 15;

  private Consistency() {}

  /**
   * {@code keys.get(s)[i]} is token i's word key in sentence s (null for none); {@code labels}
   * are the first pass's labels. Returns a bit mask per token.
   */
  static List<int[]> masks(List<String[]> keys, List<int[]> labels) {
    Map<String, List<int[]>> seen = new HashMap<>(); // key -> {sentence, token, class bit} in order
    for (int s = 0; s < keys.size(); s++) {
      String[] k = keys.get(s);
      for (int i = 0; i < k.length; i++) {
        if (k[i] != null) {
          NameClass c = Labels.classOf(labels.get(s)[i]);
          seen.computeIfAbsent(k[i], x -> new ArrayList<>()).add(new int[] {s, i, c == null ? 4 : c.ordinal()});
        }
      }
    }
    List<int[]> out = new ArrayList<>(keys.size());
    for (int s = 0; s < keys.size(); s++) {
      String[] k = keys.get(s);
      int[] m = new int[k.length];
      for (int i = 0; i < k.length; i++) {
        if (k[i] == null) {
          continue;
        }
        List<int[]> occ = seen.get(k[i]);
        int lo = lowerBound(occ, s - WINDOW);
        for (int j = lo; j < occ.size() && occ.get(j)[0] <= s + WINDOW; j++) {
          int[] o = occ.get(j);
          if (o[0] != s || o[1] != i) {
            m[i] |= 1 << o[2];
          }
        }
      }
      out.add(m);
    }
    return out;
  }

  private static int lowerBound(List<int[]> occ, int sentence) {
    int lo = 0;
    int hi = occ.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (occ.get(mid)[0] < sentence) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
