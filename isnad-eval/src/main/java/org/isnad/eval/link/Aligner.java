package org.isnad.eval.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Monotone letter alignment by expectation maximization: every source letter emits zero to
 * {@code maxTarget} target letters, and the joint probability of (source letter, target chunk)
 * pairs is re-estimated by forward-backward over all segmentations. Deterministic: uniform
 * start, fixed iteration count, no randomness.
 */
final class Aligner {
  private final int maxTarget;
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> units = new ArrayList<>();
  private double[] prob;

  Aligner(int maxTarget) {
    this.maxTarget = maxTarget;
  }

  /** One aligned pair: the unit for each source letter, as {@code source + "\t" + chunk}. */
  record Alignment(List<String> units) {}

  /** Aligns every pair; pairs that cannot be aligned (target too long) give null. */
  List<Alignment> align(List<String> sources, List<String> targets, int iterations) {
    int[][][] lattices = new int[sources.size()][][];
    for (int p = 0; p < sources.size(); p++) {
      lattices[p] = lattice(sources.get(p), targets.get(p));
    }
    prob = new double[units.size()];
    java.util.Arrays.fill(prob, 1.0 / units.size());
    for (int it = 0; it < iterations; it++) {
      double[] counts = new double[units.size()];
      for (int p = 0; p < lattices.length; p++) {
        if (lattices[p] != null) {
          expect(lattices[p], targets.get(p).length(), counts);
        }
      }
      double total = 0;
      for (double c : counts) {
        total += c;
      }
      for (int u = 0; u < prob.length; u++) {
        prob[u] = (counts[u] + 1e-6) / (total + 1e-6 * prob.length);
      }
    }
    List<Alignment> out = new ArrayList<>(sources.size());
    for (int p = 0; p < lattices.length; p++) {
      out.add(lattices[p] == null ? null : viterbi(lattices[p], targets.get(p).length()));
    }
    return out;
  }

  /** lattice[i][j * (maxTarget + 1) + k]: the unit for source letter i ending at target j with k letters, or -1. */
  private int[][] lattice(String s, String t) {
    int m = s.length();
    int n = t.length();
    if (m == 0 || n > m * maxTarget) {
      return null;
    }
    int[][] lat = new int[m][(n + 1) * (maxTarget + 1)];
    for (int i = 0; i < m; i++) {
      java.util.Arrays.fill(lat[i], -1);
      for (int j = 0; j <= n; j++) {
        for (int k = 0; k <= maxTarget && k <= j; k++) {
          int start = j - k;
          // Feasible only if the letters before and after can still be covered.
          if (start > i * maxTarget || n - j > (m - i - 1) * maxTarget) {
            continue;
          }
          String key = s.charAt(i) + "\t" + t.substring(start, j);
          lat[i][j * (maxTarget + 1) + k] = ids.computeIfAbsent(key, x -> {
            units.add(x);
            return units.size() - 1;
          });
        }
      }
    }
    return lat;
  }

  private void expect(int[][] lat, int n, double[] counts) {
    int m = lat.length;
    int w = maxTarget + 1;
    double[][] alpha = new double[m + 1][n + 1];
    double[][] beta = new double[m + 1][n + 1];
    alpha[0][0] = 1;
    for (int i = 0; i < m; i++) {
      for (int j = 0; j <= n; j++) {
        for (int k = 0; k < w && k <= j; k++) {
          int u = lat[i][j * w + k];
          if (u >= 0 && alpha[i][j - k] > 0) {
            alpha[i + 1][j] += alpha[i][j - k] * prob[u];
          }
        }
      }
    }
    double z = alpha[m][n];
    if (z <= 0) {
      return;
    }
    beta[m][n] = 1;
    for (int i = m - 1; i >= 0; i--) {
      for (int j = n; j >= 0; j--) {
        if (beta[i + 1][j] == 0) {
          continue;
        }
        for (int k = 0; k < w && k <= j; k++) {
          int u = lat[i][j * w + k];
          if (u >= 0) {
            double edge = alpha[i][j - k] * prob[u] * beta[i + 1][j];
            beta[i][j - k] += prob[u] * beta[i + 1][j];
            counts[u] += edge / z;
          }
        }
      }
    }
  }

  private Alignment viterbi(int[][] lat, int n) {
    int m = lat.length;
    int w = maxTarget + 1;
    double[][] best = new double[m + 1][n + 1];
    int[][] back = new int[m + 1][n + 1];
    for (double[] row : best) {
      java.util.Arrays.fill(row, Double.NEGATIVE_INFINITY);
    }
    best[0][0] = 0;
    for (int i = 0; i < m; i++) {
      for (int j = 0; j <= n; j++) {
        for (int k = 0; k < w && k <= j; k++) {
          int u = lat[i][j * w + k];
          if (u >= 0 && best[i][j - k] > Double.NEGATIVE_INFINITY) {
            double s = best[i][j - k] + Math.log(prob[u]);
            if (s > best[i + 1][j]) {
              best[i + 1][j] = s;
              back[i + 1][j] = k;
            }
          }
        }
      }
    }
    if (best[m][n] == Double.NEGATIVE_INFINITY) {
      return null;
    }
    String[] path = new String[m];
    int j = n;
    for (int i = m; i > 0; i--) {
      int k = back[i][j];
      path[i - 1] = units.get(lat[i - 1][j * w + k]);
      j -= k;
    }
    return new Alignment(List.of(path));
  }
}
