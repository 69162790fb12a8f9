package org.isnad.spark;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createMapType;

import org.apache.spark.sql.types.StructType;

/**
 * The schemas of the job's tables. A fact or entity row holds its FACTS.md JSON whole, beside
 * the columns flattened from it for SQL, so nothing in the JSON Lines is lost in Parquet.
 */
final class Tables {
  /** One row per fact. Offsets in {@code evidence_json} are code points, as in the JSON. */
  static final StructType FACT = new StructType()
      .add("fact_id", StringType, false)
      .add("type", StringType, false)
      .add("roles", createMapType(StringType, createArrayType(StringType, false), false))
      .add("roles_json", StringType)
      .add("amount_value", DoubleType)
      .add("amount_currency", StringType)
      .add("amount_bound", StringType)
      .add("amount_text", StringType)
      .add("time_text", StringType)
      .add("time_value", StringType)
      .add("status", StringType)
      .add("attribution_kind", StringType)
      .add("attribution_source", StringType)
      .add("attribution_cue", StringType)
      .add("confidence", DoubleType)
      .add("evidence_json", StringType)
      .add("evidence_text", createArrayType(StringType, false))
      .add("fact_json", StringType, false);

  /** One row per entity. */
  static final StructType ENTITY = new StructType()
      .add("entity_id", StringType, false)
      .add("type", StringType, false)
      .add("name", StringType)
      .add("name_en", StringType)
      .add("aliases", createArrayType(StringType, false))
      .add("mentions_json", StringType)
      .add("entity_json", StringType, false);

  /**
   * One row per document, read or not: {@code json} is its line of the JSON Lines (the error
   * object when {@code error} is set). The nested rows are split into their own tables.
   */
  static final StructType DOCUMENT = new StructType()
      .add("doc_id", StringType, false)
      .add("path", StringType)
      .add("lang", StringType)
      .add("title", StringType)
      .add("url", StringType)
      .add("outlet", StringType)
      .add("published", StringType)
      .add("chars", IntegerType)
      .add("entity_count", IntegerType)
      .add("fact_count", IntegerType)
      .add("error", StringType)
      .add("json", StringType, false)
      .add("facts", createArrayType(FACT, false))
      .add("entities", createArrayType(ENTITY, false));

  private Tables() {}
}
