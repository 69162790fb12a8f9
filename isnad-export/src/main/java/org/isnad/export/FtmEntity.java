package org.isnad.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** One FollowTheMoney entity as it is written: {@code {"id", "schema", "properties": {name: [values]}}}. */
final class FtmEntity {
  static final ObjectMapper JSON = new ObjectMapper();
  final String id;
  final String schema;
  private final ObjectNode properties = JSON.createObjectNode();
  /** Each property's values so far, to keep repeats out without reading the array back. */
  private final Map<String, Set<String>> seen = new HashMap<>();

  FtmEntity(String id, String schema) {
    this.id = id;
    this.schema = schema;
  }

  /** Adds values to a property (every FtM property holds a list); null and blank values are left out, repeats once. */
  FtmEntity add(String property, Collection<String> values) {
    Set<String> kept = new LinkedHashSet<>();
    for (String v : values) {
      String c = Text.clean(v);
      if (c != null && !c.isBlank()) {
        kept.add(c.strip());
      }
    }
    if (!kept.isEmpty()) {
      ArrayNode a = properties.has(property) ? (ArrayNode) properties.get(property) : properties.putArray(property);
      Set<String> had = seen.computeIfAbsent(property, p -> new HashSet<>());
      kept.stream().filter(had::add).forEach(a::add);
    }
    return this;
  }

  FtmEntity add(String property, String value) {
    return value == null ? this : add(property, java.util.List.of(value));
  }

  String json() {
    ObjectNode n = JSON.createObjectNode().put("id", id).put("schema", schema);
    n.set("properties", properties);
    return n.toString();
  }
}
