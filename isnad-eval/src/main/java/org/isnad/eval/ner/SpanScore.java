package org.isnad.eval.ner;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * CoNLL exact-span scoring (as conlleval): a predicted name counts only when its class, first
 * and last word all match a gold name. Chunks are read the conlleval way, so an I-X that
 * follows O or another class starts a new name.
 */
final class SpanScore {
  private final Map<String, int[]> counts = new TreeMap<>(); // class -> {tp, fp, fn}

  record Chunk(String type, int start, int end) {}

  void add(List<String> gold, List<String> predicted) {
    List<Chunk> g = chunks(gold);
    List<Chunk> p = chunks(predicted);
    for (Chunk c : p) {
      counts.computeIfAbsent(c.type(), k -> new int[3])[g.contains(c) ? 0 : 1]++;
    }
    for (Chunk c : g) {
      if (!p.contains(c)) {
        counts.computeIfAbsent(c.type(), k -> new int[3])[2]++;
      }
    }
  }

  void addAll(SpanScore other) {
    other.counts.forEach((k, v) -> {
      int[] c = counts.computeIfAbsent(k, x -> new int[3]);
      for (int i = 0; i < 3; i++) {
        c[i] += v[i];
      }
    });
  }

  static List<Chunk> chunks(List<String> tags) {
    List<Chunk> out = new ArrayList<>();
    String type = null;
    int start = 0;
    for (int i = 0; i <= tags.size(); i++) {
      String t = i < tags.size() ? tags.get(i) : "O";
      String ty = t.equals("O") ? null : t.substring(2);
      boolean begins = ty != null && (t.startsWith("B-") || !ty.equals(type));
      if (type != null && (ty == null || begins)) {
        out.add(new Chunk(type, start, i));
        type = null;
      }
      if (begins) {
        type = ty;
        start = i;
      }
    }
    return out;
  }

  /** {tp, fp, fn} summed over classes. */
  int[] overall() {
    int[] all = new int[3];
    for (int[] c : counts.values()) {
      for (int k = 0; k < 3; k++) {
        all[k] += c[k];
      }
    }
    return all;
  }

  double f1() {
    return f1(overall());
  }

  double f1(String type) {
    return f1(counts.getOrDefault(type, new int[3]));
  }

  static double f1(int[] c) {
    double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
    double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
    return p + r == 0 ? 0 : 200 * p * r / (p + r);
  }

  void print(String title, PrintStream out) {
    out.println(title);
    out.println(String.format(Locale.ROOT, "  %-8s %7s %7s %7s %6s %6s %6s", "class", "P", "R", "F1", "tp", "fp", "fn"));
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      line(e.getKey(), e.getValue(), out);
    }
    line("overall", overall(), out);
  }

  private static void line(String name, int[] c, PrintStream out) {
    double p = c[0] + c[1] == 0 ? 0 : 100.0 * c[0] / (c[0] + c[1]);
    double r = c[0] + c[2] == 0 ? 0 : 100.0 * c[0] / (c[0] + c[2]);
    out.println(String.format(Locale.ROOT, "  %-8s %7.2f %7.2f %7.2f %6d %6d %6d", name, p, r, f1(c), c[0], c[1], c[2]));
  }
}
