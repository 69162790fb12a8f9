package org.isnad.fact;

/**
 * How a claim reaches the reader: kind (asserted, confirmed, reported, claimed, denied),
 * the entity id it is attributed to or null, and the words that signal it.
 */
public record Attribution(String kind, String source, String cue) {
  public static final Attribution ASSERTED = new Attribution("asserted", null, null);
}
