package org.isnad.recognize.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns word classes from plain text with the predictive exchange algorithm (Uszkoreit and
 * Brants 2008): each word moves to the class that best predicts it from the word before it,
 * under a class bigram model, until no move helps. Words used alike (month names, job titles,
 * organization head words, given names) end up together, so the tagger generalizes from the
 * words it was trained on to words it only saw in unlabeled text. Deterministic: words are
 * visited in frequency order, ties broken by the word.
 */
final class WordClusters {
  /** Sentence boundary: a word of its own, so a sentence's first word has a predecessor. */
  static final String BOUNDARY = "<s>";

  private WordClusters() {}

  /**
   * The class of every word seen at least {@code minCount} times in {@code sentences}, one
   * clustering per entry of {@code sizes}, packed as {@link #pack}. Rarer words share one
   * unknown word while learning and get no class.
   */
  static Map<String, Integer> learn(List<String[]> sentences, int[] sizes, int minCount, int iterations) {
    Map<String, Integer> counts = new HashMap<>();
    for (String[] s : sentences) {
      for (String w : s) {
        counts.merge(w, 1, Integer::sum);
      }
    }
    List<String> vocab = new ArrayList<>();
    counts.forEach((w, c) -> {
      if (c >= minCount) {
        vocab.add(w);
      }
    });
    vocab.sort((a, b) -> counts.get(a).equals(counts.get(b)) ? a.compareTo(b) : counts.get(b) - counts.get(a));
    Map<String, Integer> id = new HashMap<>();
    for (int i = 0; i < vocab.size(); i++) {
      id.put(vocab.get(i), i);
    }
    int unknown = vocab.size();
    int boundary = unknown + 1;
    int v = unknown + 2;
    // The corpus as word ids with boundaries, then its distinct bigrams grouped by second word.
    int total = 0;
    Map<Long, Integer> bigrams = new HashMap<>();
    long[] wordCount = new long[v];
    for (String[] s : sentences) {
      int prev = boundary;
      for (int i = 0; i <= s.length; i++) {
        int w = i == s.length ? boundary : id.getOrDefault(s[i], unknown);
        bigrams.merge(((long) w << 32) | prev, 1, Integer::sum);
        wordCount[w]++;
        total++;
        prev = w;
      }
    }
    int[][] pred = new int[v][];
    int[][] predCount = new int[v][];
    int[] fill = new int[v];
    for (long key : bigrams.keySet()) {
      fill[(int) (key >>> 32)]++;
    }
    for (int w = 0; w < v; w++) {
      pred[w] = new int[fill[w]];
      predCount[w] = new int[fill[w]];
      fill[w] = 0;
    }
    Long[] keys = bigrams.keySet().toArray(new Long[0]);
    Arrays.sort(keys);
    for (long key : keys) {
      int w = (int) (key >>> 32);
      pred[w][fill[w]] = (int) key;
      predCount[w][fill[w]++] = bigrams.get(key);
    }
    double[] xlogx = new double[total + 1];
    for (int x = 1; x <= total; x++) {
      xlogx[x] = x * Math.log(x);
    }
    int[][] classes = new int[sizes.length][];
    for (int g = 0; g < sizes.length; g++) {
      classes[g] = exchange(v, Math.min(sizes[g], v), pred, predCount, wordCount, xlogx, iterations);
    }
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < vocab.size(); i++) {
      int packed = 0;
      for (int g = 0; g < sizes.length; g++) {
        packed = pack(packed, g, classes[g][i]);
      }
      out.put(vocab.get(i), packed);
    }
    return out;
  }

  /** Class {@code c} (below 1024) stored in bits {@code 10g..10g+9} of {@code packed}. */
  static int pack(int packed, int g, int c) {
    return packed | (c << (10 * g));
  }

  static int unpack(int packed, int g) {
    return (packed >>> (10 * g)) & 0x3FF;
  }

  private static int[] exchange(int v, int k, int[][] pred, int[][] predCount, long[] wordCount, double[] f,
      int iterations) {
    int[] cls = new int[v];
    for (int w = 0; w < v; w++) {
      cls[w] = w % k; // the most frequent words start in classes of their own
    }
    int[] n = new int[v * k]; // n[u*k + c]: how often word u is followed by a word of class c
    long[] nc = new long[k];
    for (int w = 0; w < v; w++) {
      for (int j = 0; j < pred[w].length; j++) {
        n[pred[w][j] * k + cls[w]] += predCount[w][j];
      }
      nc[cls[w]] += wordCount[w];
    }
    double[] gain = new double[k];
    for (int it = 0; it < iterations; it++) {
      int moved = 0;
      for (int w = 0; w < v; w++) {
        int a = cls[w];
        int[] p = pred[w];
        int[] pc = predCount[w];
        for (int j = 0; j < p.length; j++) {
          n[p[j] * k + a] -= pc[j];
        }
        nc[a] -= wordCount[w];
        Arrays.fill(gain, 0);
        for (int j = 0; j < p.length; j++) {
          int row = p[j] * k;
          int m = pc[j];
          for (int c = 0; c < k; c++) {
            int x = n[row + c];
            gain[c] += f[x + m] - f[x];
          }
        }
        int best = a;
        double top = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
          double g = gain[c] - (xlogx(nc[c] + wordCount[w]) - xlogx(nc[c]));
          if (g > top + 1e-9 || (c == a && g >= top - 1e-9)) {
            top = g;
            best = c;
          }
        }
        if (best != a) {
          moved++;
        }
        cls[w] = best;
        for (int j = 0; j < p.length; j++) {
          n[p[j] * k + best] += pc[j];
        }
        nc[best] += wordCount[w];
      }
      if (moved == 0) {
        break;
      }
    }
    return cls;
  }

  private static double xlogx(long x) {
    return x <= 0 ? 0 : x * Math.log(x);
  }
}
