package org.isnad.export;

import java.util.Locale;

/** The formats {@code isnad export} writes: one file (or standard output), or a folder of files. */
public enum Format {
  /** FollowTheMoney entities, one JSON object a line, as followthemoney and Aleph load them. */
  FTM(false),
  /** entities.csv, facts.csv, roles.csv, evidence.csv (RFC 4180, UTF-8, header row). */
  CSV(true),
  /** GEXF 1.3 for Gephi: entities are nodes, facts are typed edges. */
  GEXF(false),
  /** CSV files for {@code neo4j-admin database import} and a Cypher script that loads the same files. */
  NEO4J(true),
  /** JSON-LD with schema.org types. */
  JSONLD(false);

  private final boolean directory;

  Format(boolean directory) {
    this.directory = directory;
  }

  /** Whether the format is a folder of files rather than one file. */
  public boolean directory() {
    return directory;
  }

  public static Format of(String name) {
    try {
      return valueOf(name.toUpperCase(Locale.ROOT).replace("-", ""));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown export format '" + name + "'; one of ftm, csv, gexf, neo4j, jsonld");
    }
  }
}
