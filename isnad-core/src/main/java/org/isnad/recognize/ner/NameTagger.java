package org.isnad.recognize.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.isnad.text.Document;
import org.isnad.text.Sentence;
import org.isnad.text.Token;

/**
 * The statistical name tagger: finds people, organizations, places and other names in
 * tokenized Arabic text and returns them as spans of the original text. The shipped model
 * ({@link #standard()}) loads once, on first use; one instance serves every thread.
 */
public final class NameTagger {
  static final String RESOURCE = "/org/isnad/recognize/ner/ner-ar.bin.gz";

  private final NerModel model;

  NameTagger(NerModel model) {
    this.model = model;
  }

  private static final class Holder {
    static final NameTagger INSTANCE = loadResource();
  }

  /** The tagger with the model shipped in isnad-core, loaded on first call. */
  public static NameTagger standard() {
    return Holder.INSTANCE;
  }

  /** Reads a model file written by {@link NerTrainer}. */
  public static NameTagger read(Path model) throws IOException {
    try (InputStream in = Files.newInputStream(model)) {
      return new NameTagger(NerModel.read(in));
    }
  }

  public static NameTagger read(InputStream model) throws IOException {
    return new NameTagger(NerModel.read(Objects.requireNonNull(model, "model")));
  }

  private static NameTagger loadResource() {
    try (InputStream in = NameTagger.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the NER model " + RESOURCE + " is missing from the classpath;"
            + " build it with `isnad train ner`");
      }
      return new NameTagger(NerModel.read(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the NER model " + RESOURCE, e);
    }
  }

  /**
   * This tagger with another recall bias: a score taken off "not a name" at every token.
   * Above the trained value it finds more names and makes more mistakes; below, fewer of both.
   */
  public NameTagger withRecallBias(double bias) {
    return new NameTagger(model.withRecallBias((float) bias));
  }

  /** The recall bias the tagger decodes with. */
  public double recallBias() {
    return model.recallBias();
  }

  /**
   * Names in every sentence of {@code doc}, in text order; the document is read as a whole.
   * The model knows Arabic only: a document in another language gets no names.
   */
  public List<NameMention> tag(Document doc) {
    Objects.requireNonNull(doc, "doc");
    if (!doc.isArabic()) {
      return List.of();
    }
    List<int[]> ranges = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      ranges.add(new int[] {s.firstToken(), s.endToken()});
    }
    if (ranges.isEmpty()) {
      ranges.add(new int[] {0, doc.tokens().size()});
    }
    List<String> texts = new ArrayList<>(ranges.size());
    for (int i = 0; i < ranges.size(); i++) {
      texts.add(doc.text());
    }
    return mentions(doc.tokens(), ranges, texts);
  }

  /** Names in one sentence of {@code doc}, read with the rest of the document around it. */
  public List<NameMention> tag(Document doc, Sentence sentence) {
    List<NameMention> out = new ArrayList<>();
    for (NameMention m : tag(doc)) {
      if (m.firstToken() >= sentence.firstToken() && m.endToken() <= sentence.endToken()) {
        out.add(m);
      }
    }
    return out;
  }

  /** Names in a run of tokens read as one sentence (offsets and indexes are the tokens' own). */
  public List<NameMention> tag(List<Token> sentence) {
    List<int[]> ranges = new ArrayList<>();
    ranges.add(new int[] {0, sentence.size()});
    return mentions(sentence, ranges, null);
  }

  /** The BIO label of each token (O, B-PERS, I-PERS, ...), the tokens read as one sentence. */
  public List<String> labels(List<Token> sentence) {
    return labelsOfDocument(List.of(sentence)).get(0);
  }

  /** BIO labels for sentences read in order as one document (a name seen in one helps in the others). */
  public List<List<String>> labelsOfDocument(List<List<Token>> sentences) {
    return labelsOfDocument(sentences, null);
  }

  /**
   * As {@link #labelsOfDocument(List)}, with the text each sentence's token offsets point into
   * ({@code texts.get(s)} for sentence s): it gives the spelling that folding loses.
   */
  public List<List<String>> labelsOfDocument(List<List<Token>> sentences, List<? extends CharSequence> texts) {
    if (texts != null && texts.size() != sentences.size()) {
      throw new IllegalArgumentException(texts.size() + " texts for " + sentences.size() + " sentences");
    }
    List<Token> all = new ArrayList<>();
    List<int[]> ranges = new ArrayList<>(sentences.size());
    for (List<Token> s : sentences) {
      ranges.add(new int[] {all.size(), all.size() + s.size()});
      all.addAll(s);
    }
    List<List<String>> out = new ArrayList<>(sentences.size());
    for (int[] y : model.decode(all, ranges, texts)) {
      List<String> labels = new ArrayList<>(y.length);
      for (int label : y) {
        labels.add(Labels.name(label));
      }
      out.add(labels);
    }
    return out;
  }

  private List<NameMention> mentions(List<Token> tokens, List<int[]> ranges, List<String> texts) {
    List<NameMention> out = new ArrayList<>();
    List<int[]> labels = model.decode(tokens, ranges, texts);
    for (int s = 0; s < ranges.size(); s++) {
      int from = ranges.get(s)[0];
      int[] y = labels.get(s);
      int i = 0;
      while (i < y.length) {
        if (Labels.isBegin(y[i])) {
          int j = i + 1;
          while (j < y.length && Labels.isInside(y[j])) {
            j++;
          }
          Token first = tokens.get(from + i);
          Token last = tokens.get(from + j - 1);
          out.add(new NameMention(first.start(), last.end(), Labels.classOf(y[i]), first.index(), last.index() + 1));
          i = j;
        } else {
          i++;
        }
      }
    }
    return out;
  }
}
