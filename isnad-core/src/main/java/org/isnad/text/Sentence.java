package org.isnad.text;

/**
 * A sentence: {@code [start, end)} of the original text and its tokens
 * {@code [firstToken, endToken)}. {@code body} is false for lines that are not part of the
 * article's own text: "read more" links, photo credits, bylines.
 */
public record Sentence(int index, int start, int end, int firstToken, int endToken, int paragraph,
    boolean body) {

  public Span span() {
    return new Span(start, end);
  }

  public int tokenCount() {
    return endToken - firstToken;
  }
}
