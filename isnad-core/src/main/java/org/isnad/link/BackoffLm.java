package org.isnad.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Arrays;

/**
 * A back-off n-gram model over integer symbols {@code 1..vocabulary}, read from the form the
 * trainer writes (ARPA-like: natural-log probability and back-off weight per n-gram). The
 * smoothing is done at training time; scoring here is a few hash probes. Immutable once read,
 * so thread-safe.
 */
final class BackoffLm {
  /** Log probability given to a symbol the model has never seen, even as a unigram. */
  static final float UNSEEN = -20f;

  private final int order;
  private final long base;
  private final long[] keys;
  private final float[] logp;
  private final float[] bow;
  private final int mask;
  private final long[] pow;

  private BackoffLm(int order, int vocabulary, int entries) {
    this.order = order;
    this.base = vocabulary + 1L;
    int capacity = Integer.highestOneBit(Math.max(4, entries * 2 - 1)) << 1;
    this.keys = new long[capacity];
    this.logp = new float[capacity];
    this.bow = new float[capacity];
    this.mask = capacity - 1;
    if (order < 2 || Math.pow(base, order) >= Long.MAX_VALUE) {
      throw new IllegalArgumentException("order " + order + " unusable with vocabulary " + vocabulary);
    }
    this.pow = new long[order];
    pow[0] = 1;
    for (int i = 1; i < order; i++) {
      pow[i] = pow[i - 1] * base;
    }
  }

  int order() {
    return order;
  }

  /**
   * Reads {@code "lm ORDER VOCABULARY ENTRIES"} and then ENTRIES lines
   * {@code "id id ...<TAB>logp<TAB>bow"}.
   */
  static BackoffLm read(BufferedReader in) throws IOException {
    String[] head = in.readLine().split(" ");
    if (!head[0].equals("lm")) {
      throw new IOException("expected an lm header, got " + String.join(" ", head));
    }
    BackoffLm lm = new BackoffLm(Integer.parseInt(head[1]), Integer.parseInt(head[2]),
        Integer.parseInt(head[3]));
    int entries = Integer.parseInt(head[3]);
    int[] ids = new int[lm.order];
    for (int e = 0; e < entries; e++) {
      String line = in.readLine();
      int t1 = line.indexOf('\t');
      int t2 = line.indexOf('\t', t1 + 1);
      int n = 0;
      int v = 0;
      for (int i = 0; i < t1; i++) {
        char c = line.charAt(i);
        if (c == ' ') {
          ids[n++] = v;
          v = 0;
        } else {
          v = v * 10 + (c - '0');
        }
      }
      ids[n++] = v;
      lm.put(lm.key(ids, 0, n), Float.parseFloat(line.substring(t1 + 1, t2)),
          Float.parseFloat(line.substring(t2 + 1)));
    }
    return lm;
  }

  long key(int[] ids, int from, int to) {
    long k = 0;
    for (int i = from; i < to; i++) {
      k = k * base + ids[i];
    }
    return k;
  }

  private void put(long key, float p, float b) {
    int i = slot(key);
    keys[i] = key;
    logp[i] = p;
    bow[i] = b;
  }

  private int slot(long key) {
    int i = (int) (mix(key) & mask);
    while (keys[i] != 0 && keys[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private static long mix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    return k;
  }

  /**
   * Natural-log probability of {@code word} after a history packed by {@link #push}, holding
   * {@code length} symbols (most recent in the lowest digit). Allocation-free.
   */
  float logProb(long history, int length, int word) {
    int n = Math.min(length, order - 1);
    float backoff = 0f;
    for (; n >= 0; n--) {
      long context = history % pow[n];
      int i = slot(context * base + word);
      if (keys[i] != 0) {
        return backoff + logp[i];
      }
      if (n > 0) {
        int c = slot(context);
        if (keys[c] != 0) {
          backoff += bow[c];
        }
      }
    }
    return backoff + UNSEEN;
  }

  /** The history after {@code word}, keeping the last {@code order - 1} symbols. */
  long push(long history, int word) {
    return (history % pow[order - 2]) * base + word;
  }

  @Override
  public String toString() {
    long used = Arrays.stream(keys).filter(k -> k != 0).count();
    return "BackoffLm[order=" + order + ", entries=" + used + "]";
  }
}
