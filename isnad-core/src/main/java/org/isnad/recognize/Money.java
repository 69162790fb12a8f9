package org.isnad.recognize;

import org.isnad.text.Span;

/** An amount of money in the text. An anaphoric amount ("بنفس المبلغ") has a NaN value until resolved. */
public record Money(Span span, double value, String currency, Bound bound, boolean anaphoric, String text) {
  public enum Bound { EXACT, ABOUT, AT_LEAST, AT_MOST }
}
