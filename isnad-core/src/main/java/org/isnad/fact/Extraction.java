package org.isnad.fact;

import java.util.List;
import org.isnad.text.Document;

/** What the pipeline read from one document. */
public record Extraction(Document doc, List<Entity> entities, List<Fact> facts) {
  public Extraction {
    entities = List.copyOf(entities);
    facts = List.copyOf(facts);
  }
}
