package org.isnad.fact;

import java.util.List;
import java.util.Map;
import org.isnad.text.Span;

/**
 * One fact of FACTS.md. {@code roles} maps a role name to an entity id or, for
 * participants and parties, a list of ids. {@code fields} holds the type-specific text
 * fields (purpose, content, quote, medium, venue, place, item, title, judged_false) in
 * output order. Evidence spans are UTF-16 offsets; the writer converts them to code points.
 */
public record Fact(String id, FactType type, Map<String, Object> roles, Amount amount, TimeValue time,
    String status, Attribution attribution, List<Span> evidence, double confidence, Map<String, Object> fields) {
  public Fact {
    roles = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(roles));
    fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    evidence = List.copyOf(evidence);
  }
}
