package org.isnad.recognize.ner;

/**
 * First-order Viterbi over BIO labels. Label pairs BIO forbids (O then I-X, B-X then I-Y,
 * I-X at the start) are never chosen, so every decoded sequence reads as whole names.
 */
final class Viterbi {
  private static final float NEG = -1e30f;
  private static final boolean[] ALLOWED = buildAllowed();

  private Viterbi() {}

  /**
   * The best labels for {@code n} tokens; {@code emit[i*L + y]} scores label y at token i,
   * {@code trans[(p+1)*L + y]} scores y after p, with row 0 the sentence start.
   */
  static int[] decode(float[] emit, int n, float[] trans) {
    int l = Labels.COUNT;
    int[] best = new int[n];
    if (n == 0) {
      return best;
    }
    float[] score = new float[n * l];
    int[] back = new int[n * l];
    for (int y = 0; y < l; y++) {
      score[y] = ALLOWED[y] ? emit[y] + trans[y] : NEG;
    }
    for (int i = 1; i < n; i++) {
      for (int y = 0; y < l; y++) {
        float top = NEG;
        int arg = 0;
        for (int p = 0; p < l; p++) {
          if (!ALLOWED[(p + 1) * l + y]) {
            continue;
          }
          float s = score[(i - 1) * l + p] + trans[(p + 1) * l + y];
          if (s > top) {
            top = s;
            arg = p;
          }
        }
        score[i * l + y] = top + emit[i * l + y];
        back[i * l + y] = arg;
      }
    }
    int arg = 0;
    for (int y = 1; y < l; y++) {
      if (score[(n - 1) * l + y] > score[(n - 1) * l + arg]) {
        arg = y;
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      best[i] = arg;
      arg = back[i * l + arg];
    }
    return best;
  }

  private static boolean[] buildAllowed() {
    int l = Labels.COUNT;
    boolean[] a = new boolean[(l + 1) * l];
    for (int p = -1; p < l; p++) {
      for (int y = 0; y < l; y++) {
        a[(p + 1) * l + y] = Labels.allowed(p, y);
      }
    }
    return a;
  }
}
