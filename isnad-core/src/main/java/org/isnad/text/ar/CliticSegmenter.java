package org.isnad.text.ar;

/**
 * Splits a folded Arabic word into proclitics, stem and enclitic. Implementations must not
 * split names and loanwords (بيزوس, واشنطن, فيسبوك stay whole) and must be thread-safe.
 */
public interface CliticSegmenter {

  /**
   * The parts of a folded word. {@code prefix + stem + suffix} spells the word, except that a
   * stem whose teh marbuta was written ت before a suffix (شركته) is given back as ه (شركه).
   */
  record Parts(String prefix, String stem, String suffix) {
    public static Parts whole(String word) {
      return new Parts("", word, "");
    }
  }

  Parts segment(String foldedWord);

  /** The segmenter the pipeline uses by default. */
  static CliticSegmenter standard() {
    return LexiconSegmenter.get();
  }
}
