package org.isnad.recognize.ner;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.ObjIntConsumer;
import org.isnad.text.Token;

/**
 * Trains the name tagger: an averaged structured perceptron (Collins 2002) with Viterbi
 * decoding over BIO labels. Deterministic: examples are visited in an order drawn from a
 * fixed seed, so the same data and settings give the same model, byte for byte.
 */
public final class NerTrainer {
  /** One training sentence: its tokens and a BIO label (O, B-PERS, I-ORG, ...) per token. */
  public record Example(List<Token> tokens, List<String> labels) {
    public Example {
      Objects.requireNonNull(tokens, "tokens");
      Objects.requireNonNull(labels, "labels");
      if (tokens.size() != labels.size()) {
        throw new IllegalArgumentException(tokens.size() + " tokens but " + labels.size() + " labels");
      }
    }
  }

  private final Gazetteer gazetteer;
  private final int epochs;
  private final long seed;

  public NerTrainer(Gazetteer gazetteer, int epochs, long seed) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    if (epochs < 1) {
      throw new IllegalArgumentException("epochs must be at least 1, was " + epochs);
    }
    this.epochs = epochs;
    this.seed = seed;
  }

  /**
   * Trains on {@code examples}. {@code afterEpoch}, when not null, is given the averaged
   * tagger as it stands after each epoch, with the epoch's number (for learning curves).
   */
  public NameTagger train(List<Example> examples, ObjIntConsumer<NameTagger> afterEpoch) {
    return new NameTagger(trainModel(examples, afterEpoch));
  }

  /** Trains and writes the model file (gzip) to {@code out}. */
  public NameTagger train(List<Example> examples, ObjIntConsumer<NameTagger> afterEpoch, OutputStream out) throws IOException {
    NerModel m = trainModel(examples, afterEpoch);
    m.write(out);
    return new NameTagger(m);
  }

  NerModel trainModel(List<Example> examples, ObjIntConsumer<NameTagger> afterEpoch) {
    int l = Labels.COUNT;
    Features features = new Features(gazetteer);
    IntIndex index = new IntIndex(1 << 18);
    List<int[]> rows = new ArrayList<>();
    List<int[]> offs = new ArrayList<>();
    List<int[]> gold = new ArrayList<>();
    for (Example e : examples) {
      Features.Sentence s = features.extract(e.tokens(), 0, e.tokens().size());
      int[] r = new int[s.off()[s.size()]];
      for (int j = 0; j < r.length; j++) {
        r[j] = index.add(s.ids()[j]);
      }
      rows.add(r);
      offs.add(s.off());
      int[] g = new int[e.labels().size()];
      for (int i = 0; i < g.length; i++) {
        g[i] = Labels.parse(e.labels().get(i));
      }
      gold.add(g);
    }
    int nf = index.size();
    float[] w = new float[nf * l];
    double[] u = new double[nf * l]; // sum of c * update, for averaging without copying w each step
    float[] t = new float[(l + 1) * l];
    double[] tu = new double[(l + 1) * l];
    int[] order = new int[examples.size()];
    Arrays.setAll(order, i -> i);
    Random random = new Random(seed);
    int c = 1;
    for (int epoch = 1; epoch <= epochs; epoch++) {
      shuffle(order, random);
      for (int ex : order) {
        int[] r = rows.get(ex);
        int[] off = offs.get(ex);
        int[] g = gold.get(ex);
        int n = g.length;
        float[] emit = new float[n * l];
        for (int i = 0; i < n; i++) {
          for (int j = off[i]; j < off[i + 1]; j++) {
            int base = r[j] * l;
            for (int y = 0; y < l; y++) {
              emit[i * l + y] += w[base + y];
            }
          }
        }
        int[] p = Viterbi.decode(emit, n, t);
        for (int i = 0; i < n; i++) {
          if (p[i] != g[i]) {
            for (int j = off[i]; j < off[i + 1]; j++) {
              int base = r[j] * l;
              w[base + g[i]] += 1;
              u[base + g[i]] += c;
              w[base + p[i]] -= 1;
              u[base + p[i]] -= c;
            }
          }
          int gp = i == 0 ? 0 : g[i - 1] + 1;
          int pp = i == 0 ? 0 : p[i - 1] + 1;
          if (gp != pp || g[i] != p[i]) {
            t[gp * l + g[i]] += 1;
            tu[gp * l + g[i]] += c;
            t[pp * l + p[i]] -= 1;
            tu[pp * l + p[i]] -= c;
          }
        }
        c++;
      }
      if (afterEpoch != null && epoch < epochs) {
        afterEpoch.accept(new NameTagger(averaged(index, w, u, t, tu, c)), epoch);
      }
    }
    NerModel m = averaged(index, w, u, t, tu, c);
    if (afterEpoch != null) {
      afterEpoch.accept(new NameTagger(m), epochs);
    }
    return m;
  }

  private NerModel averaged(IntIndex index, float[] w, double[] u, float[] t, double[] tu, int c) {
    float[] aw = new float[w.length];
    for (int i = 0; i < w.length; i++) {
      aw[i] = (float) (w[i] - u[i] / c);
    }
    float[] at = new float[t.length];
    for (int i = 0; i < t.length; i++) {
      at[i] = (float) (t[i] - tu[i] / c);
    }
    return new NerModel(gazetteer, index, aw, at);
  }

  private static void shuffle(int[] a, Random random) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int tmp = a[i];
      a[i] = a[j];
      a[j] = tmp;
    }
  }
}
