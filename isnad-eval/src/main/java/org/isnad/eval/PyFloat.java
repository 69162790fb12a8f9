package org.isnad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterEnums.ECharacterCategory;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/** Python's floats as score.py meets them: {@code float()} on a JSON value, {@code repr}, {@code format(".Nf")}. */
final class PyFloat {
  private static final Pattern PY_FLOAT =
      Pattern.compile("[+-]?(?:(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?|(?i:inf|infinity|nan))");

  private PyFloat() {}

  /** {@code float.__repr__}: the shortest digits that read back to the same double. */
  static String repr(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    if (d == 0) {
      return (1 / d < 0) ? "-0.0" : "0.0";
    }
    BigDecimal shortest = null;
    for (int digits = 1; digits <= 17; digits++) {
      BigDecimal r = new BigDecimal(d).round(new MathContext(digits, RoundingMode.HALF_EVEN));
      if (r.doubleValue() == d) {
        shortest = r;
        break;
      }
    }
    BigDecimal v = shortest.stripTrailingZeros();
    int exponent = v.precision() - v.scale() - 1; // position of the first digit
    String digits = v.unscaledValue().abs().toString();
    String sign = v.signum() < 0 ? "-" : "";
    if (exponent < -4 || exponent >= 16) {
      String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
      return String.format(Locale.ROOT, "%s%se%s%02d", sign, mantissa, exponent < 0 ? "-" : "+",
          Math.abs(exponent));
    }
    String plain = v.abs().toPlainString();
    return sign + (plain.indexOf('.') < 0 ? plain + ".0" : plain);
  }

  /** {@code format(d, ".Nf")}: exact binary value rounded half-even, as Python does. */
  static String fixed(double d, int places) {
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    String s = new BigDecimal(d).setScale(places, RoundingMode.HALF_EVEN).toPlainString();
    return (d < 0 || (d == 0 && 1 / d < 0)) && !s.startsWith("-") ? "-" + s : s;
  }

  /** {@code float(value)}; empty where Python raises TypeError or ValueError. */
  static OptionalDouble of(JsonNode n) {
    if (Py.isNone(n) || n.isContainerNode()) {
      return OptionalDouble.empty();
    }
    if (n.isBoolean()) {
      return OptionalDouble.of(n.booleanValue() ? 1 : 0);
    }
    if (n.isNumber()) {
      return OptionalDouble.of(n.doubleValue());
    }
    return parse(n.asText());
  }

  /** Python's {@code float(str)}: Unicode digits and spaces, underscores between digits, inf and nan. */
  static OptionalDouble parse(String text) {
    StringBuilder ascii = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c < 0x80) {
        ascii.append((char) c);
      } else if (Py.isSpace(c)) {
        ascii.append(' ');
      } else if (UCharacter.getType(c) == ECharacterCategory.DECIMAL_DIGIT_NUMBER) {
        ascii.append((char) ('0' + UCharacter.digit(c, 10)));
      } else {
        return OptionalDouble.empty();
      }
    }
    String s = ascii.toString().strip();
    StringBuilder clean = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '_') {
        boolean between = i > 0 && i + 1 < s.length() && isAsciiDigit(s.charAt(i - 1)) && isAsciiDigit(s.charAt(i + 1));
        if (!between) {
          return OptionalDouble.empty();
        }
      } else {
        clean.append(c);
      }
    }
    String t = clean.toString();
    if (!PY_FLOAT.matcher(t).matches()) {
      return OptionalDouble.empty();
    }
    String lower = t.toLowerCase(Locale.ROOT);
    if (lower.endsWith("nan")) {
      return OptionalDouble.of(Double.NaN);
    }
    if (lower.endsWith("inf") || lower.endsWith("infinity")) {
      return OptionalDouble.of(lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
    }
    return OptionalDouble.of(Double.parseDouble(t));
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

}
