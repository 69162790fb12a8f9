package org.isnad.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.text.Document;
import org.isnad.text.NormalizedText;
import org.isnad.text.Span;

/** Time expressions: a provisional reader of years; replaced by the full recognizer. */
public final class DateRecognizer {
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19\\d\\d|20\\d\\d)(?!\\d)");

  public static DateRecognizer standard() {
    return new DateRecognizer();
  }

  public List<TimeExpr> find(Document doc) {
    NormalizedText n = doc.normalized();
    List<TimeExpr> out = new ArrayList<>();
    Matcher m = YEAR.matcher(n.text());
    while (m.find()) {
      Span s = n.originalSpan(m.start(), m.end());
      out.add(new TimeExpr(s, doc.slice(s), m.group(1)));
    }
    return out;
  }
}
