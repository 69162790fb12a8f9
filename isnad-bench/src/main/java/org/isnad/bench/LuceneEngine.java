package org.isnad.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Lucene's ArabicAnalyzer: standard tokenizer, normalization, stop words, light stemmer. */
final class LuceneEngine implements TextBench.Engine {
  private final ArabicAnalyzer analyzer = new ArabicAnalyzer();

  @Override
  public long run(String text) {
    long n = 0;
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        n += term.length() > 0 ? 1 : 0;
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return n;
  }
}
