package org.isnad.eval.link;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Interpolated Kneser-Ney estimation over integer symbols, written in the back-off form that
 * {@code org.isnad.link.BackoffLm} reads. Symbols are {@code 1..vocabulary}; the last two are
 * the sentence start and end. One discount per order, from the counts of counts.
 */
final class KneserNey {
  private final int order;
  private final int vocabulary;
  private final long base;
  private final int bos;
  private final List<Map<Long, Integer>> counts = new ArrayList<>();

  KneserNey(int order, int vocabulary) {
    this.order = order;
    this.vocabulary = vocabulary;
    this.base = vocabulary + 1L;
    this.bos = vocabulary - 1;
    for (int k = 0; k <= order; k++) {
      counts.add(new HashMap<>());
      raw.add(new HashMap<>());
    }
  }

  /** Adds one sequence of symbols (without start and end; they are added here). */
  void add(int[] symbols) {
    int[] s = new int[symbols.length + 2];
    s[0] = bos;
    System.arraycopy(symbols, 0, s, 1, symbols.length);
    s[s.length - 1] = vocabulary;
    for (int end = 1; end < s.length; end++) {
      for (int k = 1; k <= order && end - k + 1 >= 0; k++) {
        raw.get(k).merge(key(s, end - k + 1, end + 1), 1, Integer::sum);
      }
    }
  }

  private final List<Map<Long, Integer>> raw = new ArrayList<>();

  /** Raw counts at the top order and for n-grams at the sentence start; distinct left contexts elsewhere. */
  private void modifyCounts() {
    for (int k = 1; k <= order; k++) {
      Map<Long, Integer> c = counts.get(k);
      c.clear();
      final int kk = k;
      raw.get(k).forEach((g, n) -> {
        if (kk == order || first(g, kk) == bos) {
          c.put(g, n);
        }
      });
      if (k < order) {
        raw.get(k + 1).keySet().forEach(g -> c.merge(suffix(g, kk + 1), 1, Integer::sum));
      }
    }
    counts.get(1).putIfAbsent((long) bos, 0);
  }

  private long first(long key, int k) {
    long p = 1;
    for (int i = 1; i < k; i++) {
      p *= base;
    }
    return key / p;
  }

  private long key(int[] s, int from, int to) {
    long k = 0;
    for (int i = from; i < to; i++) {
      k = k * base + s[i];
    }
    return k;
  }

  private long prefix(long key) {
    return key / base;
  }

  private long suffix(long key, int k) {
    long p = 1;
    for (int i = 1; i < k; i++) {
      p *= base;
    }
    return key % p;
  }

  private long last(long key) {
    return key % base;
  }

  /** Writes {@code lm ORDER VOCABULARY ENTRIES} and the entries, dropping highest-order n-grams seen fewer than minTop times. */
  void write(Writer out, int minTop) throws IOException {
    modifyCounts();
    List<Map<Long, Double>> logp = new ArrayList<>();
    List<Map<Long, Double>> bow = new ArrayList<>();
    for (int k = 0; k <= order; k++) {
      logp.add(new HashMap<>());
      bow.add(new HashMap<>());
    }
    for (int k = 1; k <= order; k++) {
      Map<Long, Integer> c = counts.get(k);
      double d = discount(c);
      Map<Long, double[]> ctx = new HashMap<>(); // total, distinct
      c.forEach((g, n) -> {
        double[] t = ctx.computeIfAbsent(prefix(g), x -> new double[2]);
        t[0] += n;
        if (n > 0) {
          t[1]++;
        }
      });
      final int kk = k;
      for (Map.Entry<Long, Integer> e : c.entrySet()) {
        long g = e.getKey();
        double[] t = ctx.get(prefix(g));
        double lower = k == 1 ? 1.0 / (vocabulary - 1) : Math.exp(logp.get(k - 1).get(suffix(g, k)));
        double p = t[0] == 0 ? lower : Math.max(e.getValue() - d, 0) / t[0] + d * t[1] / t[0] * lower;
        logp.get(kk).put(g, Math.log(p));
      }
      if (k > 1) {
        ctx.forEach((h, t) -> bow.get(kk - 1).put(h, t[0] == 0 ? 0 : Math.log(d * t[1] / t[0])));
      }
    }
    int entries = 0;
    for (int k = 1; k <= order; k++) {
      for (Map.Entry<Long, Integer> e : counts.get(k).entrySet()) {
        if (k < order || e.getValue() >= minTop) {
          entries++;
        }
      }
    }
    out.write(String.format(Locale.ROOT, "lm %d %d %d%n", order, vocabulary, entries));
    for (int k = 1; k <= order; k++) {
      List<Long> keys = new ArrayList<>(counts.get(k).keySet());
      keys.sort(null);
      for (long g : keys) {
        if (k == order && counts.get(k).get(g) < minTop) {
          continue;
        }
        double p = last(g) == bos ? -99 : logp.get(k).get(g);
        double b = bow.get(k).getOrDefault(g, 0.0);
        out.write(ids(g));
        out.write('\t');
        out.write(compact(p));
        out.write('\t');
        out.write(compact(b));
        out.write('\n');
      }
    }
  }

  /** Three decimals of a natural log are finer than the estimates; trailing zeros dropped. */
  private static String compact(double v) {
    String s = String.format(Locale.ROOT, "%.3f", v);
    s = s.replaceFirst("0+$", "").replaceFirst("\\.$", "");
    return s.equals("-0") ? "0" : s;
  }

  private String ids(long key) {
    List<Long> parts = new ArrayList<>();
    while (key > 0) {
      parts.add(0, key % base);
      key /= base;
    }
    StringBuilder sb = new StringBuilder();
    for (long p : parts) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(p);
    }
    return sb.toString();
  }

  private static double discount(Map<Long, Integer> c) {
    long n1 = c.values().stream().filter(v -> v == 1).count();
    long n2 = c.values().stream().filter(v -> v == 2).count();
    double d = n1 + 2 * n2 == 0 ? 0.5 : (double) n1 / (n1 + 2 * n2);
    return Math.min(0.9, Math.max(0.1, d));
  }
}
