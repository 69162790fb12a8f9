package org.isnad.recognize;

import org.isnad.fact.EntityType;
import org.isnad.text.Span;

/**
 * A stretch of text that names something: {@code span} is what a reader sees (clitics such as
 * و and ب in front are left out), {@code name} its folded form for matching, {@code subtype}
 * a finer class where known (company, outlet, government, fund, party, person title...).
 */
public record Mention(Span span, EntityType type, String subtype, String name, double score, String source) {

  public Mention withType(EntityType t, String sub) {
    return new Mention(span, t, sub, name, score, source);
  }
}
