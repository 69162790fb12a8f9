package org.isnad.recognize.ner;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;
import org.isnad.text.Token;

/**
 * Trains the name tagger: two averaged structured perceptrons (Collins 2002) with Viterbi
 * decoding over BIO labels. The first pass sees sentence features; the second also sees the
 * first pass's labels and their consistency across nearby sentences, learned from
 * cross-validated (jackknifed) first-pass output so it learns how far to trust it.
 * Deterministic: fixed folds and an order drawn from a fixed seed give the same model, byte
 * for byte, from the same data.
 */
public final class NerTrainer {
  /**
   * One training sentence: its tokens and a BIO label (O, B-PERS, I-ORG, ...) per token.
   * Examples are given in text order: sentences near each other are read as one document.
   * An {@code auxiliary} example comes from another genre or annotation scheme: it also trains
   * a private copy of every feature (Daumé's "frustratingly easy" domain adaptation), which soaks
   * up what is peculiar to it and is left out of the model. {@code text}, when given, is the
   * text the tokens' offsets point into: it gives the spelling that folding loses.
   */
  public record Example(List<Token> tokens, List<String> labels, boolean auxiliary, String text) {
    public Example(List<Token> tokens, List<String> labels) {
      this(tokens, labels, false, null);
    }

    public Example(List<Token> tokens, List<String> labels, boolean auxiliary) {
      this(tokens, labels, auxiliary, null);
    }

    public Example {
      Objects.requireNonNull(tokens, "tokens");
      Objects.requireNonNull(labels, "labels");
      if (tokens.size() != labels.size()) {
        throw new IllegalArgumentException(tokens.size() + " tokens but " + labels.size() + " labels");
      }
    }
  }

  static final int FOLDS = 5;

  private final Gazetteer gazetteer;
  private final int epochs;
  private final long seed;
  private final int minCount;
  private final float recallBias;

  /**
   * @param minCount features seen fewer times in the training data are not learned: memorizing
   *     rare words is what overfits
   * @param recallBias taken off the score of O at every token when tagging (see
   *     {@link NameTagger#withRecallBias}); it is stored in the model
   */
  public NerTrainer(Gazetteer gazetteer, int epochs, long seed, int minCount, double recallBias) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    if (epochs < 1) {
      throw new IllegalArgumentException("epochs must be at least 1, was " + epochs);
    }
    this.epochs = epochs;
    this.seed = seed;
    this.minCount = Math.max(1, minCount);
    this.recallBias = (float) recallBias;
  }

  public NameTagger train(List<Example> examples, Consumer<String> log) {
    return new NameTagger(trainModel(examples, log));
  }

  /** Trains and writes the model file (gzip) to {@code out}. */
  public NameTagger train(List<Example> examples, Consumer<String> log, OutputStream out) throws IOException {
    NerModel m = trainModel(examples, log);
    m.write(out);
    return new NameTagger(m);
  }

  NerModel trainModel(List<Example> examples, Consumer<String> log) {
    Consumer<String> say = log == null ? s -> { } : log;
    Features features = new Features(gazetteer);
    List<Features.Sentence> base = new ArrayList<>(examples.size());
    List<int[]> gold = new ArrayList<>(examples.size());
    List<String[]> keys = new ArrayList<>(examples.size());
    IntIndex privateIds = new IntIndex(1024);
    for (Example e : examples) {
      Features.Sentence s = features.extract(e.tokens(), 0, e.tokens().size(), e.text());
      base.add(e.auxiliary() ? augment(s, privateIds) : s);
      int[] g = new int[e.labels().size()];
      for (int i = 0; i < g.length; i++) {
        g[i] = Labels.parse(e.labels().get(i));
      }
      gold.add(g);
      keys.add(NerModel.keys(e.tokens(), 0, e.tokens().size()));
    }
    int n = examples.size();
    int[] all = new int[n];
    Arrays.setAll(all, i -> i);
    Weights first = perceptron(base, gold, all);
    say.accept("first pass trained: " + first.features() + " features");
    List<int[]> jack = new ArrayList<>(Arrays.asList(new int[n][]));
    for (int f = 0; f < FOLDS; f++) {
      int from = n * f / FOLDS;
      int to = n * (f + 1) / FOLDS;
      int[] rest = new int[n - (to - from)];
      int k = 0;
      for (int i = 0; i < n; i++) {
        if (i < from || i >= to) {
          rest[k++] = i;
        }
      }
      Weights w = perceptron(base, gold, rest);
      for (int i = from; i < to; i++) {
        jack.set(i, w.decode(base.get(i)));
      }
      say.accept("jackknife fold " + (f + 1) + "/" + FOLDS + " done");
    }
    List<int[]> masks = Consistency.masks(keys, jack);
    List<Features.Sentence> stacked = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      stacked.add(Features.stack(base.get(i), jack.get(i), masks.get(i)));
    }
    Weights second = perceptron(stacked, gold, all);
    say.accept("second pass trained: " + second.features() + " features");
    return new NerModel(gazetteer, first.without(privateIds), second.without(privateIds), recallBias);
  }

  /** The sentence's features followed by their auxiliary-only copies, which {@code privateIds} collects. */
  private static Features.Sentence augment(Features.Sentence s, IntIndex privateIds) {
    int n = s.size();
    int[] ids = new int[s.ids().length * 2];
    int[] off = new int[n + 1];
    int k = 0;
    for (int i = 0; i < n; i++) {
      for (int j = s.off()[i]; j < s.off()[i + 1]; j++) {
        ids[k++] = s.ids()[j];
      }
      for (int j = s.off()[i]; j < s.off()[i + 1]; j++) {
        int copy = Hash.finish(s.ids()[j] ^ 0x5BD1E995);
        privateIds.add(copy);
        ids[k++] = copy;
      }
      off[i + 1] = k;
    }
    return new Features.Sentence(ids, off);
  }

  /** An averaged structured perceptron on the examples {@code subset}. */
  Weights perceptron(List<Features.Sentence> sentences, List<int[]> gold, int[] subset) {
    int l = Labels.COUNT;
    IntIndex seen = new IntIndex(1 << 18);
    int[] counts = new int[1 << 18];
    for (int x : subset) {
      Features.Sentence s = sentences.get(x);
      for (int j = 0; j < s.off()[s.size()]; j++) {
        int r = seen.add(s.ids()[j]);
        if (r >= counts.length) {
          counts = Arrays.copyOf(counts, counts.length * 2);
        }
        counts[r]++;
      }
    }
    IntIndex index = new IntIndex(seen.size());
    int[][] rows = new int[sentences.size()][];
    int[][] offs = new int[sentences.size()][];
    for (int x : subset) {
      Features.Sentence s = sentences.get(x);
      int[] off = new int[s.size() + 1];
      int[] r = new int[s.off()[s.size()]];
      int k = 0;
      for (int i = 0; i < s.size(); i++) {
        for (int j = s.off()[i]; j < s.off()[i + 1]; j++) {
          if (counts[seen.get(s.ids()[j])] >= minCount) {
            r[k++] = index.add(s.ids()[j]);
          }
        }
        off[i + 1] = k;
      }
      rows[x] = Arrays.copyOf(r, k);
      offs[x] = off;
    }
    int nf = index.size();
    float[] w = new float[nf * l];
    double[] u = new double[nf * l]; // sum of c * update: averaging without copying w each step
    float[] t = new float[(l + 1) * l];
    double[] tu = new double[(l + 1) * l];
    int[] order = subset.clone();
    Random random = new Random(seed);
    int c = 1;
    for (int epoch = 1; epoch <= epochs; epoch++) {
      shuffle(order, random);
      for (int ex : order) {
        int[] r = rows[ex];
        int[] off = offs[ex];
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
    }
    for (int i = 0; i < w.length; i++) {
      w[i] -= (float) (u[i] / c);
    }
    for (int i = 0; i < t.length; i++) {
      t[i] -= (float) (tu[i] / c);
    }
    return new Weights(index, w, t);
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
