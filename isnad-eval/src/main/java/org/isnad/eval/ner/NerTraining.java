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
 * AQMAR training articles and writes the model file. Fixed data order, epochs and seed, so it
 * reproduces the shipped model. {@link #dev} is the tuning loop: it holds out the end of the
 * ANERcorp train split and prints a learning curve on it, never touching the test split.
 */
public final class NerTraining {
  static final int EPOCHS = 12;
  static final long SEED = 20261129L;
  static final int MIN_COUNT = Integer.getInteger("ner.minCount", 2);

  private NerTraining() {}

  /** Trains on all training data and writes the model to {@code modelOut}; returns an exit code. */
  public static int train(Path shared, Path modelOut, PrintStream out) {
    try {
      long t0 = System.nanoTime();
      List<NerCorpus.Sentence> training = new ArrayList<>(NerCorpus.read(shared.resolve(NerData.ANER_TRAIN)));
      training.addAll(NerData.aqmar(shared, false));
      Gazetteer gaz = NerData.gazetteer(shared, NerData.commonWords(training));
      List<NerTrainer.Example> examples = new ArrayList<>();
      int tokens = addAll(training, examples);
      out.printf(Locale.ROOT, "training on %d sentences, %d tokens; gazetteer %s%n", examples.size(), tokens, sizes(gaz));
      if (modelOut.getParent() != null) {
        Files.createDirectories(modelOut.getParent());
      }
      try (OutputStream o = Files.newOutputStream(modelOut)) {
        new NerTrainer(gaz, EPOCHS, SEED, MIN_COUNT).train(examples, out::println, o);
      }
      out.printf(Locale.ROOT, "wrote %s (%,d bytes) in %.1f s%n", modelOut, Files.size(modelOut), (System.nanoTime() - t0) / 1e9);
      return 0;
    } catch (IOException e) {
      out.println("cannot train the NER model: " + e.getMessage());
      return 1;
    }
  }

  /** Trains without the last {@link NerData#DEV_SENTENCES} ANERcorp train sentences and scores on them per epoch. */
  public static int dev(Path shared, int epochs, PrintStream out) throws IOException {
    List<NerCorpus.Sentence> aner = NerCorpus.read(shared.resolve(NerData.ANER_TRAIN));
    List<NerCorpus.Sentence> dev = aner.subList(aner.size() - NerData.DEV_SENTENCES, aner.size());
    List<NerCorpus.Sentence> training = new ArrayList<>(aner.subList(0, aner.size() - NerData.DEV_SENTENCES));
    if (!Boolean.getBoolean("ner.noAqmar")) {
      training.addAll(NerData.aqmar(shared, false));
    }
    Gazetteer gaz = NerData.gazetteer(shared, NerData.commonWords(training));
    List<NerTrainer.Example> examples = new ArrayList<>();
    addAll(training, examples);
    List<NerCorpus.Sentence> aqTest = NerData.aqmar(shared, true);
    NameTagger tagger = new NerTrainer(gaz, epochs, SEED, MIN_COUNT).train(examples, null);
    SpanScore sc = NerEvaluation.score(tagger, dev);
    if (System.getProperty("ner.dump") != null) {
      dump(tagger, dev, Path.of(System.getProperty("ner.dump")));
    }
    sc.print("dev (last " + NerData.DEV_SENTENCES + " sentences of ANERcorp train)", out);
    NerEvaluation.score(tagger, aqTest).print("AQMAR held-out", out);
    return 0;
  }

  /**
   * Cross-validation on the ANERcorp train split in {@code folds} contiguous blocks (AQMAR's
   * training articles always train): steadier than one dev slice for choosing features.
   */
  public static int crossValidate(Path shared, int folds, int epochs, PrintStream out) throws IOException {
    List<NerCorpus.Sentence> aner = NerCorpus.read(shared.resolve(NerData.ANER_TRAIN));
    List<NerCorpus.Sentence> aqmar = NerData.aqmar(shared, false);
    SpanScore total = new SpanScore();
    for (int f = 0; f < folds; f++) {
      int from = aner.size() * f / folds;
      int to = aner.size() * (f + 1) / folds;
      List<NerCorpus.Sentence> training = new ArrayList<>(aner.subList(0, from));
      training.addAll(aner.subList(to, aner.size()));
      training.addAll(aqmar);
      Gazetteer gaz = NerData.gazetteer(shared, NerData.commonWords(training));
      List<NerTrainer.Example> examples = new ArrayList<>();
      addAll(training, examples);
      NameTagger tagger = new NerTrainer(gaz, epochs, SEED, MIN_COUNT).train(examples, null);
      SpanScore s = NerEvaluation.score(tagger, aner.subList(from, to));
      total.addAll(s);
      out.printf(Locale.ROOT, "fold %d F1 %.2f (PERS %.2f ORG %.2f LOC %.2f MISC %.2f)%n", f, s.f1(), s.f1("PERS"),
          s.f1("ORG"), s.f1("LOC"), s.f1("MISC"));
    }
    total.print(folds + "-fold cross-validation on ANERcorp train", out);
    return 0;
  }

  private static void dump(NameTagger tagger, List<NerCorpus.Sentence> sentences, Path file) {
    StringBuilder b = new StringBuilder();
    for (NerCorpus.Sentence s : sentences) {
      NerCorpus.Aligned a = NerCorpus.align(s);
      List<String> p = NerCorpus.wordTags(a, tagger.labels(a.tokens()), s.words().size()); // sentence alone
      for (int i = 0; i < s.words().size(); i++) {
        b.append(s.words().get(i)).append(' ').append(s.tags().get(i)).append(' ').append(p.get(i))
            .append(s.tags().get(i).equals(p.get(i)) ? "" : " <<<").append('\n');
      }
      b.append('\n');
    }
    try {
      Files.writeString(file, b.toString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static int addAll(List<NerCorpus.Sentence> sentences, List<NerTrainer.Example> out) {
    int tokens = 0;
    for (NerCorpus.Sentence s : sentences) {
      NerCorpus.Aligned a = NerCorpus.align(s);
      if (!a.tokens().isEmpty()) {
        out.add(a.example());
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

  public static void main(String[] args) throws IOException {
    Path shared = Path.of(args.length > 1 ? args[1] : "/work/shared/data");
    if (args.length > 0 && args[0].equals("cv")) {
      crossValidate(shared, 5, args.length > 2 ? Integer.parseInt(args[2]) : EPOCHS, System.out);
    } else if (args.length > 0 && args[0].equals("dev")) {
      dev(shared, args.length > 2 ? Integer.parseInt(args[2]) : EPOCHS, System.out);
    } else {
      System.exit(train(shared, Path.of(args.length > 2 ? args[2] : "ner-ar.bin.gz"), System.out));
    }
  }
}
