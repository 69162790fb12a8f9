package org.isnad.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One-line readable summaries of FACTS.md facts: "Meta → Trump inaugural fund: donation 1,000,000 USD". */
final class Summaries {
  private Summaries() {}

  static String of(JsonNode fact, Map<String, String> names) {
    List<String> parts = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = fact.get("roles").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> role = it.next();
      List<String> who = new ArrayList<>();
      for (JsonNode id : role.getValue().isArray() ? role.getValue() : List.of(role.getValue())) {
        who.add(names.getOrDefault(id.asText(), id.asText()));
      }
      parts.add(role.getKey() + ": " + String.join(", ", who));
    }
    StringBuilder s = new StringBuilder(String.join("; ", parts));
    JsonNode amount = fact.get("amount");
    if (amount != null) {
      DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
      s.append(" | ").append(f.format(amount.get("value").asDouble())).append(' ')
          .append(amount.path("currency").asText(""));
    }
    for (String field : new String[] {"quote", "content", "title", "item"}) {
      if (fact.hasNonNull(field)) {
        String v = fact.get(field).asText();
        s.append(" | ").append(v.length() > 80 ? v.substring(0, 80) + "…" : v);
        break;
      }
    }
    return s.toString();
  }
}
