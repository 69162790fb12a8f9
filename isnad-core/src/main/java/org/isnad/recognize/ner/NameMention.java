package org.isnad.recognize.ner;

import org.isnad.text.Span;

/**
 * A name found by the tagger: UTF-16 {@code [start, end)} of the document's original text,
 * its class, and the tokens {@code [firstToken, endToken)} it covers (document token indexes).
 */
public record NameMention(int start, int end, NameClass type, int firstToken, int endToken) {
  public NameMention {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("mention [" + start + ", " + end + ") is not a valid range");
    }
  }

  public Span span() {
    return new Span(start, end);
  }
}
