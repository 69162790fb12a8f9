package org.isnad.recognize;

import org.isnad.text.Span;

/**
 * A quotation in a document.
 *
 * @param span the whole quote with its marks; for a quote left open, up to the end of its paragraph
 * @param inner the quoted words without the marks and the spaces next to them
 * @param depth 0 for an outer quote, 1 for a quote inside it, and so on; a nested quote belongs
 *     to the outer quote whose span contains it
 * @param speech true when the marks hold someone's words, false when they set off a name or a
 *     term (“ميتا”, «ألتمان», "Stargate")
 */
public record Quote(Span span, Span inner, int depth, boolean speech) {
  public Quote {
    if (!span.contains(inner)) {
      throw new IllegalArgumentException("inner " + inner + " is not inside span " + span);
    }
    if (depth < 0) {
      throw new IllegalArgumentException("depth " + depth + " is negative");
    }
  }

  /** Whether {@code other} is nested in this quote. */
  public boolean encloses(Quote other) {
    return other != this && span.contains(other.span) && !span.equals(other.span);
  }
}
