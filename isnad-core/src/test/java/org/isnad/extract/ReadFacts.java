package org.isnad.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.isnad.fact.Entity;
import org.isnad.fact.Extraction;
import org.isnad.fact.Fact;
import org.isnad.fact.FactType;

/** Reads facts of a test article as short strings of names ("giver → recipient"), for assertions that read like the text. */
final class ReadFacts {
  private static final Extractor EXTRACTOR = Extractor.standard();

  private ReadFacts() {}

  static Extraction extract(String text) {
    return EXTRACTOR.extract("t", text, "auto", LocalDate.of(2025, 1, 10));
  }

  /**
   * Every fact of a type as "first → second" by the names of its two roles; a fact whose first
   * role is a list (participants, parties) as its names in text order joined by " + ".
   */
  static List<String> pairs(Extraction x, FactType type) {
    Map<String, String> names = names(x);
    return x.facts().stream().filter(f -> f.type() == type).map(f -> describe(f, names)).toList();
  }

  /** The names filling one role in every fact of a type. */
  static List<String> role(Extraction x, FactType type, String role) {
    Map<String, String> names = names(x);
    return x.facts().stream().filter(f -> f.type() == type).map(f -> names.get((String) f.roles().get(role))).toList();
  }

  private static String describe(Fact f, Map<String, String> names) {
    Object first = f.roles().get(f.type().firstRole());
    if (first instanceof List<?> list) {
      return list.stream().map(e -> names.get((String) e)).collect(Collectors.joining(" + "));
    }
    return names.get((String) first) + " → " + names.get((String) f.roles().get(f.type().secondRole()));
  }

  private static Map<String, String> names(Extraction x) {
    return x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
  }
}
