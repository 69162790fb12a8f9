package org.isnad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterEnums.ECharacterCategory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;

/**
 * Python's semantics for the JSON values that score.py handles: truthiness, {@code str()},
 * {@code ==}, dict keys, string helpers ({@link PyFloat} has the numbers, {@link PyJson} the JSON). The Java
 * scorer must print what score.py prints, so these rules are copied, not approximated.
 * Where score.py would raise (a list used as an id, a number as a name) we pick a harmless
 * reading instead; such input is outside the contract anyway.
 */
final class Py {
  /** Python compares strings by code point; Java's compareTo by UTF-16 unit. */
  static final Comparator<String> CODE_POINT_ORDER = Py::compareCodePoints;

  private Py() {}

  static boolean isNone(JsonNode n) {
    return n == null || n.isNull() || n.isMissingNode();
  }

  static boolean truthy(JsonNode n) {
    if (isNone(n)) {
      return false;
    }
    if (n.isBoolean()) {
      return n.booleanValue();
    }
    if (n.isIntegralNumber()) {
      return n.bigIntegerValue().signum() != 0;
    }
    if (n.isNumber()) {
      return n.doubleValue() != 0.0; // NaN is truthy in Python too
    }
    if (n.isTextual()) {
      return !n.textValue().isEmpty();
    }
    return n.size() > 0;
  }

  /** {@code d.get(k)}: the value, or null when absent (JSON null is returned as is). */
  static JsonNode get(JsonNode obj, String key) {
    return obj != null && obj.isObject() ? obj.get(key) : null;
  }

  /** {@code a or b}. */
  static JsonNode or(JsonNode a, JsonNode b) {
    return truthy(a) ? a : b;
  }

  /** {@code str(value)}. */
  static String str(JsonNode n) {
    if (n != null && n.isTextual()) {
      return n.textValue();
    }
    return repr(n);
  }

  /** {@code repr(value)}, as Python prints values nested in lists and dicts. */
  static String repr(JsonNode n) {
    if (isNone(n)) {
      return "None";
    }
    if (n.isBoolean()) {
      return n.booleanValue() ? "True" : "False";
    }
    if (n.isIntegralNumber()) {
      return n.bigIntegerValue().toString();
    }
    if (n.isNumber()) {
      return PyFloat.repr(n.doubleValue());
    }
    if (n.isTextual()) {
      return stringRepr(n.textValue());
    }
    StringBuilder b = new StringBuilder();
    if (n.isArray()) {
      b.append('[');
      for (int i = 0; i < n.size(); i++) {
        b.append(i > 0 ? ", " : "").append(repr(n.get(i)));
      }
      return b.append(']').toString();
    }
    b.append('{');
    Iterator<Map.Entry<String, JsonNode>> it = n.fields();
    for (boolean first = true; it.hasNext(); first = false) {
      Map.Entry<String, JsonNode> e = it.next();
      b.append(first ? "" : ", ").append(stringRepr(e.getKey())).append(": ").append(repr(e.getValue()));
    }
    return b.append('}').toString();
  }

  private static String stringRepr(String s) {
    char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder b = new StringBuilder().append(quote);
    s.codePoints().forEach(c -> {
      if (c == quote || c == '\\') {
        b.append('\\').appendCodePoint(c);
      } else if (c == '\t') {
        b.append("\\t");
      } else if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (isPrintable(c)) {
        b.appendCodePoint(c);
      } else if (c < 0x100) {
        b.append(String.format(java.util.Locale.ROOT, "\\x%02x", c));
      } else if (c < 0x10000) {
        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
      } else {
        b.append(String.format(java.util.Locale.ROOT, "\\U%08x", c));
      }
    });
    return b.append(quote).toString();
  }

  private static boolean isPrintable(int c) {
    if (c == ' ') {
      return true;
    }
    int t = UCharacter.getType(c);
    return t != ECharacterCategory.CONTROL && t != ECharacterCategory.FORMAT
        && t != ECharacterCategory.SURROGATE && t != ECharacterCategory.PRIVATE_USE
        && t != ECharacterCategory.UNASSIGNED && t != ECharacterCategory.LINE_SEPARATOR
        && t != ECharacterCategory.PARAGRAPH_SEPARATOR && t != ECharacterCategory.SPACE_SEPARATOR;
  }

  /** A key that is equal exactly when Python's dict would find the same entry ({@code 1 == 1.0 == True}). */
  static String key(JsonNode n) {
    if (isNone(n)) {
      return "None";
    }
    if (n.isBoolean()) {
      return n.booleanValue() ? "n:1" : "n:0";
    }
    if (n.isIntegralNumber()) {
      return "n:" + n.bigIntegerValue();
    }
    if (n.isNumber()) {
      double d = n.doubleValue();
      if (Double.isFinite(d) && d == Math.rint(d)) {
        return "n:" + new BigDecimal(d).toBigInteger();
      }
      return "f:" + d;
    }
    if (n.isTextual()) {
      return "s:" + n.textValue();
    }
    return "x:" + n; // unhashable in Python; never equal to a scalar key
  }

  /** Python's {@code ==} on JSON values (numbers by value, bool as 0/1, dicts by content). */
  static boolean eq(JsonNode a, JsonNode b) {
    if (isNone(a) || isNone(b)) {
      return isNone(a) && isNone(b);
    }
    boolean na = a.isNumber() || a.isBoolean();
    boolean nb = b.isNumber() || b.isBoolean();
    if (na || nb) {
      return na && nb && numericEq(a, b);
    }
    if (a.isTextual() || b.isTextual()) {
      return a.isTextual() && b.isTextual() && a.textValue().equals(b.textValue());
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!eq(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a.isObject() && b.isObject() && a.size() == b.size()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!b.has(e.getKey()) || !eq(e.getValue(), b.get(e.getKey()))) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private static boolean numericEq(JsonNode a, JsonNode b) {
    if (!isFloat(a) && !isFloat(b)) {
      return bigInteger(a).equals(bigInteger(b));
    }
    double x = isFloat(a) ? a.doubleValue() : Double.NaN;
    double y = isFloat(b) ? b.doubleValue() : Double.NaN;
    if (isFloat(a) && isFloat(b)) {
      return x == y;
    }
    double f = isFloat(a) ? x : y;
    BigInteger i = bigInteger(isFloat(a) ? b : a);
    return Double.isFinite(f) && f == Math.rint(f) && new BigDecimal(f).toBigInteger().equals(i);
  }

  private static boolean isFloat(JsonNode n) {
    return n.isNumber() && !n.isIntegralNumber();
  }

  private static BigInteger bigInteger(JsonNode n) {
    return n.isBoolean() ? (n.booleanValue() ? BigInteger.ONE : BigInteger.ZERO) : n.bigIntegerValue();
  }

  /** {@code str.isspace()} for one code point, which is also what {@code \s} and {@code split()} use. */
  static boolean isSpace(int c) {
    if (c < 0x80) {
      return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
    }
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A)
        || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
  }

  /** {@code str.strip()}. */
  static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.codePointAt(start))) {
      start += Character.charCount(s.codePointAt(start));
    }
    while (end > start && isSpace(s.codePointBefore(end))) {
      end -= Character.charCount(s.codePointBefore(end));
    }
    return s.substring(start, end);
  }

  /** {@code s[:n]} in code points. */
  static String head(String s, int n) {
    return s.codePointCount(0, s.length()) <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
  }

  static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }
}
