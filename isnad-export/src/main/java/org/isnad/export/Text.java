package org.isnad.export;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.isnad.store.EntityRef;
import org.isnad.store.GlobalFact;

/** Text as every export format can carry it, and the plain words that sum a fact up. */
final class Text {
  /** ISO 8601 dates, whole or partial: 2024, 2024-12, 2024-12-13. */
  private static final Pattern DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");
  private static final Pattern URL = Pattern.compile("https?://[^\\s\"<>]+");

  private Text() {}

  /**
   * The text without what XML 1.0 forbids and no encoder can write: control characters other
   * than tab, newline and carriage return, unpaired surrogates, U+FFFE and U+FFFF. Null stays null.
   */
  static String clean(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok;
      if (Character.isHighSurrogate(c)) {
        ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        if (ok) {
          if (out != null) {
            out.append(c).append(s.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else {
        ok = !Character.isLowSurrogate(c) && (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') && c != 0xFFFE && c != 0xFFFF;
      }
      if (!ok && out == null) {
        out = new StringBuilder(s.length()).append(s, 0, i);
      } else if (ok && out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }

  /** A date the formats' date types accept, or null. */
  static String date(String s) {
    return s != null && DATE.matcher(s).matches() ? s : null;
  }

  /** A web address, or null for anything else a page's metadata may hold. */
  static String url(String s) {
    return s != null && URL.matcher(s.strip()).matches() ? s.strip() : null;
  }

  /** An amount as a plain decimal: 1000000, not 1.0E6. */
  static String amount(Double v) {
    return v == null ? null : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  /** An entity's name, with its English name when that differs: "أمازون (Amazon)". */
  static String name(EntityRef e) {
    String n = clean(e.name());
    return e.nameEn() == null || e.nameEn().equals(e.name()) ? n : n + " (" + clean(e.nameEn()) + ")";
  }

  /** "donation: donor Amazon; recipient Trump inaugural fund; 1000000 USD; 2024-12; planned". */
  static String summary(GlobalFact f) {
    StringBuilder s = new StringBuilder(f.type()).append(": ");
    s.append(f.roles().entrySet().stream().map(Text::role).collect(Collectors.joining("; ")));
    if (f.amount() != null) {
      s.append("; ").append(amount(f.amount())).append(f.currency() == null ? "" : " " + f.currency());
    }
    if (f.time() != null) {
      s.append("; ").append(f.time());
    }
    if (f.status() != null) {
      s.append("; ").append(f.status());
    }
    if (f.text() != null) {
      s.append("; “").append(clean(f.text())).append('”');
    }
    return s.toString();
  }

  private static String role(Map.Entry<String, List<EntityRef>> r) {
    return r.getKey() + " " + r.getValue().stream().map(Text::name).collect(Collectors.joining(", "));
  }
}
