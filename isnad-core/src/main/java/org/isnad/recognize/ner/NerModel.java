package org.isnad.recognize.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.isnad.text.Token;

/**
 * A trained tagger: feature weights per label, label transitions and the gazetteer. The file
 * is gzip over big-endian data: weights quantized to 16 bits, rows sorted by feature hash and
 * stored only for labels with a non-zero weight. Immutable and thread-safe.
 */
final class NerModel {
  private static final int MAGIC = 0x494E4552; // "INER"
  /** Bump when {@link Features} or {@link Hash} change: old models then refuse to load. */
  static final int FEATURE_VERSION = 1;

  private final Features features;
  private final Gazetteer gazetteer;
  private final IntIndex index;
  private final float[] weights;
  private final float[] trans;

  NerModel(Gazetteer gazetteer, IntIndex index, float[] weights, float[] trans) {
    this.gazetteer = gazetteer;
    this.features = new Features(gazetteer);
    this.index = index;
    this.weights = weights;
    this.trans = trans;
  }

  int featureCount() {
    return index.size();
  }

  /** The best labels of tokens {@code [from, to)}. */
  int[] decode(List<Token> tokens, int from, int to) {
    Features.Sentence s = features.extract(tokens, from, to);
    int n = s.size();
    int l = Labels.COUNT;
    float[] emit = new float[n * l];
    int[] ids = s.ids();
    for (int i = 0; i < n; i++) {
      for (int j = s.off()[i]; j < s.off()[i + 1]; j++) {
        int row = index.get(ids[j]);
        if (row >= 0) {
          int base = row * l;
          for (int y = 0; y < l; y++) {
            emit[i * l + y] += weights[base + y];
          }
        }
      }
    }
    return Viterbi.decode(emit, n, trans);
  }

  void write(OutputStream raw) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
    int l = Labels.COUNT;
    out.writeInt(MAGIC);
    out.writeInt(FEATURE_VERSION);
    out.writeInt(l);
    gazetteer.write(out);
    for (float t : trans) {
      out.writeFloat(t);
    }
    float max = 0;
    for (float w : weights) {
      max = Math.max(max, Math.abs(w));
    }
    float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
    int[] keys = index.keysByRow();
    Integer[] order = new Integer[keys.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(keys[a], keys[b]));
    int kept = 0;
    short[][] q = new short[keys.length][];
    for (int r = 0; r < keys.length; r++) {
      short[] row = new short[l];
      boolean any = false;
      for (int y = 0; y < l; y++) {
        row[y] = (short) Math.round(weights[r * l + y] / scale);
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
      out.writeInt(keys[r] - prev);
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
    out.flush();
    gz.finish();
  }

  static NerModel read(InputStream raw) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16));
    if (in.readInt() != MAGIC) {
      throw new IOException("not an isnad NER model (bad magic number)");
    }
    int version = in.readInt();
    if (version != FEATURE_VERSION) {
      throw new IOException("NER model has feature version " + version + ", this code needs " + FEATURE_VERSION
          + ": retrain it with `isnad train ner`");
    }
    int l = in.readInt();
    if (l != Labels.COUNT) {
      throw new IOException("NER model has " + l + " labels, expected " + Labels.COUNT);
    }
    Gazetteer gaz = Gazetteer.read(in);
    float[] trans = new float[(l + 1) * l];
    for (int i = 0; i < trans.length; i++) {
      trans[i] = in.readFloat();
    }
    float scale = in.readFloat();
    int n = in.readInt();
    IntIndex index = new IntIndex(n);
    float[] weights = new float[n * l];
    int key = Integer.MIN_VALUE;
    for (int r = 0; r < n; r++) {
      key += in.readInt();
      int row = index.add(key);
      int mask = in.readShort() & 0xFFFF;
      for (int y = 0; y < l; y++) {
        if ((mask & (1 << y)) != 0) {
          weights[row * l + y] = in.readShort() * scale;
        }
      }
    }
    return new NerModel(gaz, index, weights, trans);
  }
}
