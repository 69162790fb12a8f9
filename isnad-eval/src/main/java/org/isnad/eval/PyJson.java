package org.isnad.eval;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Python's {@code json} module as score.py uses it: {@code loads} (NaN and Infinity accepted,
 * trailing data refused) and {@code dumps(value, ensure_ascii=False, indent=...)}.
 */
final class PyJson {
  static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private PyJson() {}

  /** {@code json.dumps(n, ensure_ascii=False)}: separators ", " and ": ". */
  static String dumps(JsonNode n) {
    StringBuilder b = new StringBuilder();
    write(b, n, -1, 0);
    return b.toString();
  }

  /** {@code json.dumps(n, ensure_ascii=False, indent=indent)}: separators "," and ": ". */
  static String dumps(JsonNode n, int indent) {
    StringBuilder b = new StringBuilder();
    write(b, n, indent, 0);
    return b.toString();
  }

  private static void write(StringBuilder b, JsonNode n, int indent, int level) {
    if (Py.isNone(n)) {
      b.append("null");
    } else if (n.isBoolean()) {
      b.append(n.booleanValue() ? "true" : "false");
    } else if (n.isIntegralNumber()) {
      b.append(n.bigIntegerValue());
    } else if (n.isNumber()) {
      double d = n.doubleValue();
      b.append(Double.isNaN(d) ? "NaN" : Double.isInfinite(d) ? (d > 0 ? "Infinity" : "-Infinity") : PyFloat.repr(d));
    } else if (n.isTextual()) {
      string(b, n.textValue());
    } else if (n.size() == 0) {
      b.append(n.isArray() ? "[]" : "{}");
    } else {
      b.append(n.isArray() ? '[' : '{');
      String itemSep = indent < 0 ? ", " : ",";
      int i = 0;
      Iterator<Map.Entry<String, JsonNode>> fields = n.isObject() ? n.fields() : null;
      for (; i < n.size(); i++) {
        b.append(i > 0 ? itemSep : "");
        if (indent >= 0) {
          b.append('\n').append(" ".repeat(indent * (level + 1)));
        }
        if (fields != null) {
          Map.Entry<String, JsonNode> e = fields.next();
          string(b, e.getKey());
          b.append(": ");
          write(b, e.getValue(), indent, level + 1);
        } else {
          write(b, n.get(i), indent, level + 1);
        }
      }
      if (indent >= 0) {
        b.append('\n').append(" ".repeat(indent * level));
      }
      b.append(n.isArray() ? ']' : '}');
    }
  }

  private static void string(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        case '\b' -> b.append("\\b");
        case '\f' -> b.append("\\f");
        default -> {
          if (c < 0x20) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    b.append('"');
  }
}
