package org.isnad.text;

/**
 * One token of a document: a word with its clitics, a number, a punctuation mark. The
 * surface is {@code [start, end)} of the original; {@code norm} is its folded form; an
 * Arabic word's clitic analysis is {@code prefix + stem + suffix} (folded; the prefix may
 * be several clitics such as {@code وب}, and includes the article {@code ال}).
 */
public record Token(int index, int start, int end, String norm, Kind kind, String prefix, String stem,
    String suffix) {

  public enum Kind { ARABIC, LATIN, NUMBER, PUNCT, QUOTE, SYMBOL }

  public Span span() {
    return new Span(start, end);
  }

  public boolean isWord() {
    return kind == Kind.ARABIC || kind == Kind.LATIN;
  }

  public boolean is(String folded) {
    return norm.equals(folded);
  }

  /** The word without leading conjunctions and prepositions, but with its article. */
  public String withArticle() {
    return prefix.endsWith("ال") ? "ال" + stem : stem;
  }

  /**
   * Whether the word carries the clitic among its prefixes. The ل of the article does not count
   * as the preposition ل: "والشركة" (و + ال) has no ل, "للشركة" (ل + ال) has one.
   */
  public boolean hasPrefix(char clitic) {
    String p = prefix;
    if (clitic == 'ل' && p.endsWith("ال")) {
      p = p.substring(0, p.length() - 2);
    }
    return p.indexOf(clitic) >= 0;
  }

  public boolean hasArticle() {
    return prefix.endsWith("ال") || prefix.endsWith("لل");
  }
}
