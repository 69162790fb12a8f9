package org.isnad.eval.ner;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.isnad.recognize.ner.NameTagger;
import org.isnad.text.Token;

/**
 * {@code isnad eval ner}: CoNLL exact-span precision, recall and F1 per class of the shipped
 * name tagger on the ANERcorp test split and on the held-out AQMAR articles, and its speed.
 * Scores count the corpora's own whitespace tokens; speed is a measurement, never a check.
 */
public final class NerEvaluation {
  private NerEvaluation() {}

  /** Evaluates the model shipped in isnad-core; returns an exit code. */
  public static int evaluate(Path shared, PrintStream out) {
    return evaluate(shared, NameTagger.standard(), out);
  }

  public static int evaluate(Path shared, NameTagger tagger, PrintStream out) {
    try {
      Path data = NerData.dataDir(shared);
      List<NerCorpus.Sentence> test = NerCorpus.read(data.resolve(NerData.ANER_TEST));
      score(tagger, test).print("ANERcorp test (CAMeL split, " + words(test) + " words)", out);
      List<NerCorpus.Sentence> aq = NerData.aqmar(data, true);
      score(tagger, aq).print("AQMAR held-out articles " + new java.util.TreeSet<>(NerData.AQMAR_TEST) + " (" + words(aq)
          + " words)", out);
      speed(tagger, test, out);
      return 0;
    } catch (IOException e) {
      out.println("cannot evaluate the NER model: " + e.getMessage());
      return 1;
    }
  }

  static SpanScore score(NameTagger tagger, List<NerCorpus.Sentence> sentences) {
    SpanScore score = new SpanScore();
    List<List<String>> predicted = predict(tagger, sentences);
    for (int i = 0; i < sentences.size(); i++) {
      score.add(sentences.get(i).tags(), predicted.get(i));
    }
    return score;
  }

  /** The tagger's IOB2 tag for each of the corpus's own whitespace tokens, sentences read as one document. */
  static List<List<String>> predict(NameTagger tagger, List<NerCorpus.Sentence> sentences) {
    List<NerCorpus.Aligned> aligned = new ArrayList<>();
    List<List<Token>> tokens = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (NerCorpus.Sentence s : sentences) {
      NerCorpus.Aligned a = NerCorpus.align(s);
      aligned.add(a);
      tokens.add(a.tokens());
      texts.add(a.text());
    }
    List<List<String>> labels = tagger.labelsOfDocument(tokens, texts);
    List<List<String>> out = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      out.add(NerCorpus.wordTags(aligned.get(i), labels.get(i), sentences.get(i).words().size()));
    }
    return out;
  }

  /**
   * Tokens per second on one thread, tagging already-tokenized text in documents of 20
   * sentences (best of five passes after a warm-up). Thread CPU time is used as well as wall
   * time: on a shared machine the wall clock also counts time the thread spent waiting for a core.
   */
  private static void speed(NameTagger tagger, List<NerCorpus.Sentence> sentences, PrintStream out) {
    List<List<Token>> tokenized = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    long tokens = 0;
    for (NerCorpus.Sentence s : sentences) {
      NerCorpus.Aligned a = NerCorpus.align(s);
      tokenized.add(a.tokens());
      texts.add(a.text());
      tokens += a.tokens().size();
    }
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    double bestWall = Double.MAX_VALUE;
    double bestCpu = Double.MAX_VALUE;
    long sink = 0;
    for (int pass = 0; pass < 6; pass++) {
      long w0 = System.nanoTime();
      long c0 = bean.getCurrentThreadCpuTime();
      for (int d = 0; d < tokenized.size(); d += 20) {
        int e = Math.min(d + 20, tokenized.size());
        for (List<String> labels : tagger.labelsOfDocument(tokenized.subList(d, e), texts.subList(d, e))) {
          sink += labels.size();
        }
      }
      if (pass > 0) { // the first pass warms the JIT
        bestWall = Math.min(bestWall, (System.nanoTime() - w0) / 1e9);
        bestCpu = Math.min(bestCpu, (bean.getCurrentThreadCpuTime() - c0) / 1e9);
      }
    }
    out.printf(Locale.ROOT, "speed: %,.0f tokens/s per core of thread CPU time, %,.0f tokens/s wall clock"
        + " (%,d tokens per pass, checksum %d)%n", tokens / bestCpu, tokens / bestWall, tokens, sink / 6);
  }

  private static int words(List<NerCorpus.Sentence> s) {
    return s.stream().mapToInt(x -> x.words().size()).sum();
  }

  /** {@code SHARED [MODEL]}: evaluates the shipped model, or the model file given. */
  public static void main(String[] args) throws IOException {
    Path shared = Path.of(args[0]);
    NameTagger tagger = args.length > 1 ? NameTagger.read(Path.of(args[1])) : NameTagger.standard();
    System.exit(evaluate(shared, tagger, System.out));
  }
}
