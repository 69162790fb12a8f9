package org.isnad.eval.ner;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.isnad.recognize.ner.Gazetteer;
import org.isnad.recognize.ner.NameTagger;
import org.isnad.recognize.ner.NerTrainer;

/**
 * {@code isnad train ner}: trains the Arabic name tagger on the ANERcorp train split and the
 * AQMAR training articles and writes the model file. Fixed data order, settings and seed, so it
 * reproduces the shipped model byte for byte. {@link #crossValidate} is the tuning loop: it
 * never touches the ANERcorp test split.
 */
public final class NerTraining {
  /**
   * What a training run may vary. {@code aqmarMisc}: keep AQMAR's MISC, read it as O, or skip
   * its sentences; {@code aqmarAuxiliary}: train AQMAR as an auxiliary domain.
   */
  record Settings(int epochs, int minCount, String aqmarMisc, boolean aqmarAuxiliary, double recallBias, long seed,
      List<Integer> clusters) {
    /** The settings of the shipped model, chosen by 5-fold cross-validation on ANERcorp train. */
    static Settings shipped() {
      return new Settings(8, 2, "keep", true, 0, 20261129L, List.of(32, 128, 512));
    }

    /** The shipped settings, overridden by {@code ner.*} system properties (experiments only). */
    static Settings fromProperties() {
      Settings d = shipped();
      String clusters = System.getProperty("ner.clusters");
      return new Settings(Integer.getInteger("ner.epochs", d.epochs), Integer.getInteger("ner.minCount", d.minCount),
          System.getProperty("ner.aqmarMisc", d.aqmarMisc), !Boolean.getBoolean("ner.aqmarPlain"),
          Double.parseDouble(System.getProperty("ner.recallBias", "0")), d.seed,
          clusters == null ? d.clusters : clusters.isBlank() ? List.of()
              : java.util.Arrays.stream(clusters.split(",")).map(Integer::valueOf).toList());
    }

    NerTrainer trainer(Gazetteer gaz) {
      return new NerTrainer(gaz, epochs, seed, minCount, recallBias);
    }
  }

  private NerTraining() {}

  /**
   * Trains on all training data and writes the model to {@code modelOut}; returns an exit code.
   * {@code shared} is the shared folder or its {@code data} folder.
   */
  public static int train(Path shared, Path modelOut, PrintStream out) {
    return train(shared, modelOut, Settings.shipped(), out);
  }

  static int train(Path shared, Path modelOut, Settings settings, PrintStream out) {
    try {
      long t0 = System.nanoTime();
      Path data = NerData.dataDir(shared);
      List<NerCorpus.Sentence> aner = NerCorpus.read(data.resolve(NerData.ANER_TRAIN));
      List<NerCorpus.Sentence> aqmar = NerData.aqmarForTraining(data, settings.aqmarMisc());
      Gazetteer gaz = NerData.gazetteer(data, concat(aner, aqmar), settings.clusters());
      List<NerTrainer.Example> examples = new ArrayList<>();
      int tokens = addAll(aner, false, examples) + addAll(aqmar, settings.aqmarAuxiliary(), examples);
      out.printf(Locale.ROOT, "training on %d sentences, %d tokens; gazetteer %s; %,d clustered words; %s%n",
          examples.size(), tokens, sizes(gaz), gaz.clusteredWords(), settings);
      if (modelOut.toAbsolutePath().getParent() != null) {
        Files.createDirectories(modelOut.toAbsolutePath().getParent());
      }
      try (OutputStream o = Files.newOutputStream(modelOut)) {
        settings.trainer(gaz).train(examples, out::println, o);
      }
      out.printf(Locale.ROOT, "wrote %s (%,d bytes) in %.1f s%n", modelOut, Files.size(modelOut),
          (System.nanoTime() - t0) / 1e9);
      return 0;
    } catch (IOException e) {
      out.println("cannot train the NER model: " + e.getMessage());
      return 1;
    }
  }

  /**
   * Cross-validation on the ANERcorp train split in {@code folds} contiguous blocks (AQMAR's
   * training articles always train): steadier than one dev slice for choosing features.
   */
  static int crossValidate(Path shared, int folds, Settings settings, PrintStream out) throws IOException {
    Path data = NerData.dataDir(shared);
    List<NerCorpus.Sentence> aner = NerCorpus.read(data.resolve(NerData.ANER_TRAIN));
    List<NerCorpus.Sentence> aqmar = Boolean.getBoolean("ner.noAqmar") ? List.of()
        : NerData.aqmarForTraining(data, settings.aqmarMisc());
    SpanScore total = new SpanScore();
    for (int f = 0; f < folds; f++) {
      int from = aner.size() * f / folds;
      int to = aner.size() * (f + 1) / folds;
      List<NerCorpus.Sentence> training = new ArrayList<>(aner.subList(0, from));
      training.addAll(aner.subList(to, aner.size()));
      Gazetteer gaz = NerData.gazetteer(data, concat(training, aqmar), settings.clusters());
      List<NerTrainer.Example> examples = new ArrayList<>();
      addAll(training, false, examples);
      addAll(aqmar, settings.aqmarAuxiliary(), examples);
      NameTagger tagger = settings.trainer(gaz).train(examples, null);
      List<NerCorpus.Sentence> held = aner.subList(from, to);
      SpanScore s = NerEvaluation.score(tagger, held);
      String dump = System.getProperty("ner.dump");
      if (dump != null) { // word, gold and predicted tag per line, for error analysis
        List<List<String>> predicted = NerEvaluation.predict(tagger, held);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < held.size(); i++) {
          for (int j = 0; j < held.get(i).words().size(); j++) {
            b.append(held.get(i).words().get(j)).append(' ').append(held.get(i).tags().get(j)).append(' ')
                .append(predicted.get(i).get(j)).append('\n');
          }
          b.append('\n');
        }
        Files.writeString(Path.of(dump + "." + f), b.toString(), java.nio.charset.StandardCharsets.UTF_8);
      }
      total.addAll(s);
      out.printf(Locale.ROOT, "fold %d F1 %.2f (PERS %.2f ORG %.2f LOC %.2f MISC %.2f)%n", f, s.f1(), s.f1("PERS"),
          s.f1("ORG"), s.f1("LOC"), s.f1("MISC"));
    }
    total.print(folds + "-fold cross-validation on ANERcorp train, " + settings, out);
    return 0;
  }

  private static List<NerCorpus.Sentence> concat(List<NerCorpus.Sentence> a, List<NerCorpus.Sentence> b) {
    List<NerCorpus.Sentence> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static int addAll(List<NerCorpus.Sentence> sentences, boolean auxiliary, List<NerTrainer.Example> out) {
    int tokens = 0;
    for (NerCorpus.Sentence s : sentences) {
      NerCorpus.Aligned a = NerCorpus.align(s);
      if (!a.tokens().isEmpty()) {
        out.add(new NerTrainer.Example(a.tokens(), a.labels(), auxiliary, a.text()));
        tokens += a.tokens().size();
      }
    }
    return tokens;
  }

  private static String sizes(Gazetteer g) {
    StringBuilder b = new StringBuilder();
    for (Gazetteer.Kind k : Gazetteer.Kind.values()) {
      b.append(k).append('=').append(g.size(k)).append(' ');
    }
    return b.toString().trim();
  }

  /** {@code train SHARED MODEL_OUT} or {@code cv SHARED} (cross-validation; {@code -Dner.*} settings apply). */
  public static void main(String[] args) throws IOException {
    if (args.length >= 2 && args[0].equals("cv")) {
      crossValidate(Path.of(args[1]), 5, Settings.fromProperties(), System.out);
    } else if (args.length >= 3 && args[0].equals("train")) {
      System.exit(train(Path.of(args[1]), Path.of(args[2]), System.out));
    } else {
      System.err.println("usage: NerTraining train SHARED MODEL_OUT | cv SHARED");
      System.exit(2);
    }
  }
}
