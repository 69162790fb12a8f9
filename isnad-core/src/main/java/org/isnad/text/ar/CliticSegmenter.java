package org.isnad.text.ar;

import java.util.ArrayList;
import java.util.List;

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

    /**
     * The clitics and the stem in reading order, one element each: وبالمبلغ gives و, ب, ال,
     * مبلغ; للشركه gives ل, ال, شركه (the article's alef is elided after ل).
     */
    public List<String> pieces() {
      List<String> out = new ArrayList<>(4);
      int i = 0;
      while (i < prefix.length()) {
        if (prefix.startsWith("ال", i)) {
          out.add("ال");
          i += 2;
        } else if (i == prefix.length() - 2 && prefix.startsWith("لل", i)) {
          out.add("ل");
          out.add("ال");
          i += 2;
        } else {
          out.add(prefix.substring(i, i + 1));
          i++;
        }
      }
      out.add(stem);
      if (!suffix.isEmpty()) {
        out.add(suffix);
      }
      return out;
    }
  }

  Parts segment(String foldedWord);

  /**
   * The parts of a folded word, with its surface (as written, before folding) as a hint:
   * a written hamza (وأكدت, ألتمان) or teh marbuta (شركة) settles splits that the folded form
   * leaves open. The default ignores the surface.
   */
  default Parts segment(String foldedWord, String surface) {
    return segment(foldedWord);
  }

  /** The segmenter the pipeline uses by default. */
  static CliticSegmenter standard() {
    return LexiconSegmenter.get();
  }
}
