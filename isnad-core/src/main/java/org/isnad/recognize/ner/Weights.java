package org.isnad.recognize.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * One linear sequence scorer: a weight per feature and label, and label-transition weights.
 * Stored quantized to 16 bits, rows sorted by feature hash, only non-zero labels written.
 * Immutable once built; thread-safe.
 */
final class Weights {
  private final IntIndex index;
  private final float[] w;
  private final float[] trans;

  Weights(IntIndex index, float[] w, float[] trans) {
    this.index = index;
    this.w = w;
    this.trans = trans;
  }

  IntIndex index() {
    return index;
  }

  float[] weights() {
    return w;
  }

  float[] transitions() {
    return trans;
  }

  int features() {
    return index.size();
  }

  int[] decode(Features.Sentence s) {
    return decode(s, 0f);
  }

  /** These weights without the features in {@code dropped}. */
  Weights without(IntIndex dropped) {
    if (dropped.size() == 0) {
      return this;
    }
    int l = Labels.COUNT;
    int[] keys = index.keysByRow();
    IntIndex kept = new IntIndex(keys.length);
    float[] out = new float[keys.length * l];
    for (int r = 0; r < keys.length; r++) {
      if (dropped.get(keys[r]) < 0) {
        int row = kept.add(keys[r]);
        System.arraycopy(w, r * l, out, row * l, l);
      }
    }
    return new Weights(kept, Arrays.copyOf(out, kept.size() * l), trans);
  }

  /** Decodes with {@code recallBias} taken off every O score: above 0 it finds more names. */
  int[] decode(Features.Sentence s, float recallBias) {
    int n = s.size();
    int l = Labels.COUNT;
    float[] emit = new float[n * l];
    int[] ids = s.ids();
    int[] off = s.off();
    for (int i = 0; i < n; i++) {
      int e = i * l;
      for (int j = off[i]; j < off[i + 1]; j++) {
        int row = index.get(ids[j]);
        if (row >= 0) {
          int base = row * l;
          for (int y = 0; y < l; y++) {
            emit[e + y] += w[base + y];
          }
        }
      }
    }
    if (recallBias != 0f) {
      for (int i = 0; i < n; i++) {
        emit[i * l + Labels.O] -= recallBias;
      }
    }
    return Viterbi.decode(emit, n, trans);
  }

  void write(DataOutputStream out) throws IOException {
    int l = Labels.COUNT;
    for (float t : trans) {
      out.writeFloat(t);
    }
    float max = 0;
    for (float x : w) {
      max = Math.max(max, Math.abs(x));
    }
    float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
    int[] keys = index.keysByRow();
    Integer[] order = new Integer[keys.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> Integer.compare(keys[a], keys[b]));
    short[][] q = new short[keys.length][];
    int kept = 0;
    for (int r = 0; r < keys.length; r++) {
      short[] row = new short[l];
      boolean any = false;
      for (int y = 0; y < l; y++) {
        row[y] = (short) Math.round(w[r * l + y] / scale);
        any |= row[y] != 0;
      }
      if (any) {
        q[r] = row;
        kept++;
      }
    }
    out.writeFloat(scale);
    out.writeInt(kept);
    int prev = Integer.MIN_VALUE;
    for (int r : order) {
      if (q[r] == null) {
        continue;
      }
      out.writeInt(keys[r] - prev); // sorted deltas compress far better than raw hashes
      prev = keys[r];
      int mask = 0;
      for (int y = 0; y < l; y++) {
        mask |= q[r][y] != 0 ? 1 << y : 0;
      }
      out.writeShort(mask);
      for (int y = 0; y < l; y++) {
        if (q[r][y] != 0) {
          out.writeShort(q[r][y]);
        }
      }
    }
  }

  static Weights read(DataInputStream in) throws IOException {
    int l = Labels.COUNT;
    float[] trans = new float[(l + 1) * l];
    for (int i = 0; i < trans.length; i++) {
      trans[i] = in.readFloat();
    }
    float scale = in.readFloat();
    int n = in.readInt();
    IntIndex index = new IntIndex(n);
    float[] w = new float[n * l];
    int key = Integer.MIN_VALUE;
    for (int r = 0; r < n; r++) {
      key += in.readInt();
      int row = index.add(key);
      int mask = in.readShort() & 0xFFFF;
      for (int y = 0; y < l; y++) {
        if ((mask & (1 << y)) != 0) {
          w[row * l + y] = in.readShort() * scale;
        }
      }
    }
    return new Weights(index, w, trans);
  }
}
