package org.isnad.text.ar;

/**
 * How often a folded Arabic word occurs in the public text the stem lexicon was counted on,
 * and whether it is known as a person's name: for rules that must tell an ordinary word
 * (غرامة، مقابل) from a name that runs on after a head noun. Shares the segmenter's lexicon.
 */
public final class WordCounts {
  private WordCounts() {}

  public static int count(String folded) {
    return LexiconSegmenter.get().lexicon().count(folded);
  }

  /** An ordinary word: seen at least {@code min} times in running text and not listed as a name. */
  public static boolean isCommonWord(String folded, int min) {
    LexiconSegmenter.Lexicon lex = LexiconSegmenter.get().lexicon();
    return lex.count(folded) >= min && !lex.names().contains(folded);
  }
}
