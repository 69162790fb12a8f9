package org.isnad.bench;

import org.isnad.text.Document;
import org.isnad.text.TextAnalyzer;

/** isnad's text stage: header, tokens with clitic analysis, sentences, and the folded copy. */
final class IsnadEngine implements TextBench.Engine {
  private final TextAnalyzer analyzer = TextAnalyzer.standard();

  @Override
  public long run(String text) {
    Document d = analyzer.analyze("bench", text, "ar", null);
    // The folded copy and the sentences are used, so that no part of the work can be skipped.
    return d.tokens().size() + (d.normalized().length() & 0) + (d.sentences().size() & 0);
  }
}
