package org.isnad.recognize;

import java.util.Locale;
import org.isnad.text.Span;

/**
 * An amount of money in the text. {@code span} covers the bound words and clitics that belong
 * to it ("بأكثر من مليون دولار"), so {@code text} reads naturally. {@code currency} is an ISO
 * 4217 code or null when the text does not say. An anaphoric amount ("بنفس المبلغ") has a NaN
 * value and a null currency until the facts layer resolves it.
 */
public record Money(Span span, double value, String currency, Bound bound, boolean anaphoric, String text) {

  /** How the amount relates to the true one; {@link #json()} gives the FACTS.md name. */
  public enum Bound {
    EXACT, ABOUT, AT_LEAST, AT_MOST;

    public String json() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
