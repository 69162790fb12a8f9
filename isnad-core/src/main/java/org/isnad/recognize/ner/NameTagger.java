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

  /** Names in every sentence of {@code doc}, in text order. */
  public List<NameMention> tag(Document doc) {
    Objects.requireNonNull(doc, "doc");
    List<Token> tokens = doc.tokens();
    List<NameMention> out = new ArrayList<>();
    if (doc.sentences().isEmpty()) {
      collect(tokens, 0, tokens.size(), out);
    }
    for (Sentence s : doc.sentences()) {
      collect(tokens, s.firstToken(), s.endToken(), out);
    }
    return out;
  }

  /** Names in one sentence of {@code doc}. */
  public List<NameMention> tag(Document doc, Sentence sentence) {
    List<NameMention> out = new ArrayList<>();
    collect(doc.tokens(), sentence.firstToken(), sentence.endToken(), out);
    return out;
  }

  /** Names in a run of tokens taken as one sentence (offsets and indexes are the tokens' own). */
  public List<NameMention> tag(List<Token> sentence) {
    List<NameMention> out = new ArrayList<>();
    collect(sentence, 0, sentence.size(), out);
    return out;
  }

  /** The BIO label of each token (O, B-PERS, I-PERS, ...), the tokens taken as one sentence. */
  public List<String> labels(List<Token> sentence) {
    int[] y = model.decode(sentence, 0, sentence.size());
    List<String> out = new ArrayList<>(y.length);
    for (int label : y) {
      out.add(Labels.name(label));
    }
    return out;
  }

  private void collect(List<Token> tokens, int from, int to, List<NameMention> out) {
    if (to <= from) {
      return;
    }
    int[] y = model.decode(tokens, from, to);
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
}
