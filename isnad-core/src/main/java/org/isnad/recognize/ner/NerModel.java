package org.isnad.recognize.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.isnad.text.Token;

/**
 * A trained tagger: the gazetteer, a first-pass scorer on sentence features, and a second-pass
 * scorer that also sees the first pass's labels and their {@link Consistency} across nearby
 * sentences. The file is gzip over big-endian data. Immutable and thread-safe.
 */
final class NerModel {
  private static final int MAGIC = 0x494E4552; // "INER"
  /** Bump when {@link Features} or {@link Hash} change: old models then refuse to load. */
  static final int FEATURE_VERSION = 5;

  private final Gazetteer gazetteer;
  private final Features features;
  private final Weights first;
  private final Weights second;
  private final float recallBias;

  NerModel(Gazetteer gazetteer, Weights first, Weights second, float recallBias) {
    this.gazetteer = gazetteer;
    this.features = new Features(gazetteer);
    this.first = first;
    this.second = second;
    this.recallBias = recallBias;
    int l = Labels.COUNT;
    int[] k1 = first.index().keysByRow();
    int[] k2 = second.index().keysByRow();
    IntIndex j = new IntIndex(k1.length + k2.length / 8);
    for (int key : k1) {
      j.add(key);
    }
    for (int key : k2) {
      j.add(key);
    }
    this.joint = j;
    this.w1 = new float[j.size() * l];
    this.w2 = new float[j.size() * l];
    for (int r = 0; r < k1.length; r++) {
      System.arraycopy(first.weights(), r * l, w1, j.get(k1[r]) * l, l);
    }
    for (int r = 0; r < k2.length; r++) {
      System.arraycopy(second.weights(), r * l, w2, j.get(k2[r]) * l, l);
    }
  }

  /** Both passes' feature weights on one index: a base feature is looked up once for both. */
  private final IntIndex joint;
  private final float[] w1;
  private final float[] w2;

  NerModel withRecallBias(float bias) {
    return new NerModel(gazetteer, first, second, bias);
  }

  float recallBias() {
    return recallBias;
  }

  /**
   * The labels of each sentence {@code ranges[s] = {from, to}} of {@code tokens}, the
   * sentences read as one document in order; {@code texts.get(s)} is the text sentence s's
   * offsets point into ({@code texts} may be null: the tagger then does without spelling).
   */
  List<int[]> decode(List<Token> tokens, List<int[]> ranges, List<? extends CharSequence> texts) {
    int l = Labels.COUNT;
    List<float[]> emit2 = new ArrayList<>(ranges.size());
    List<int[]> labels = new ArrayList<>(ranges.size());
    List<String[]> keys = new ArrayList<>(ranges.size());
    for (int j = 0; j < ranges.size(); j++) {
      int[] r = ranges.get(j);
      Features.Sentence s = features.extract(tokens, r[0], r[1], texts == null ? null : texts.get(j));
      int n = s.size();
      float[] e1 = new float[n * l];
      float[] e2 = new float[n * l];
      int[] ids = s.ids();
      int[] off = s.off();
      for (int i = 0; i < n; i++) {
        int e = i * l;
        for (int x = off[i]; x < off[i + 1]; x++) {
          int row = joint.get(ids[x]);
          if (row >= 0) {
            int b = row * l;
            for (int y = 0; y < l; y++) {
              e1[e + y] += w1[b + y];
              e2[e + y] += w2[b + y];
            }
          }
        }
      }
      labels.add(Viterbi.decode(e1, n, first.transitions()));
      emit2.add(e2);
      keys.add(keys(tokens, r[0], r[1]));
    }
    List<int[]> masks = Consistency.masks(keys, labels);
    List<int[]> out = new ArrayList<>(ranges.size());
    for (int s = 0; s < ranges.size(); s++) {
      Features.Sentence extra = Features.stackExtras(labels.get(s), masks.get(s));
      float[] e2 = emit2.get(s);
      int n = extra.size();
      for (int i = 0; i < n; i++) {
        int e = i * l;
        for (int x = extra.off()[i]; x < extra.off()[i + 1]; x++) {
          int row = joint.get(extra.ids()[x]);
          if (row >= 0) {
            int b = row * l;
            for (int y = 0; y < l; y++) {
              e2[e + y] += w2[b + y];
            }
          }
        }
        e2[e + Labels.O] -= recallBias;
      }
      out.add(Viterbi.decode(e2, n, second.transitions()));
    }
    return out;
  }

  static String[] keys(List<Token> tokens, int from, int to) {
    String[] k = new String[to - from];
    for (int i = from; i < to; i++) {
      k[i - from] = Features.docKey(tokens.get(i));
    }
    return k;
  }

  void write(OutputStream raw) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
    out.writeInt(MAGIC);
    out.writeInt(FEATURE_VERSION);
    out.writeInt(Labels.COUNT);
    out.writeInt(Consistency.WINDOW);
    gazetteer.write(out);
    first.write(out);
    second.write(out);
    out.writeFloat(recallBias);
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
    int window = in.readInt();
    if (l != Labels.COUNT || window != Consistency.WINDOW) {
      throw new IOException("NER model has " + l + " labels and window " + window + ", this code expects "
          + Labels.COUNT + " and " + Consistency.WINDOW + ": retrain it");
    }
    Gazetteer gaz = Gazetteer.read(in);
    Weights first = Weights.read(in);
    Weights second = Weights.read(in);
    return new NerModel(gaz, first, second, in.readFloat());
  }
}
