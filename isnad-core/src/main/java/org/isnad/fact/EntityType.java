package org.isnad.fact;

import java.util.Locale;

/** The entity types of FACTS.md. */
public enum EntityType {
  PERSON, ORGANIZATION, PLACE, OTHER;

  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
