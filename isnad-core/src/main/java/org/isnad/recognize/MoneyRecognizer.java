package org.isnad.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.text.Document;
import org.isnad.text.NormalizedText;
import org.isnad.text.Span;

/** Money mentions: a provisional reader of digits and scale words with dollars; replaced by the full recognizer. */
public final class MoneyRecognizer {
  private static final Pattern P = Pattern.compile(
      "(?:(اكثر من|حوالي|نحو|قرابه)\\s+)?[وب]?(\\d+(?:[.,]\\d+)*)?\\s*(مليون|مليار|الف|ملايين)?\\s*(دولار|\\$)|(نفس المبلغ)");

  public static MoneyRecognizer standard() {
    return new MoneyRecognizer();
  }

  public List<Money> find(Document doc) {
    NormalizedText n = doc.normalized();
    List<Money> out = new ArrayList<>();
    Matcher m = P.matcher(n.text());
    while (m.find()) {
      Span s = n.originalSpan(m.start(), m.end());
      if (m.group(5) != null) {
        out.add(new Money(s, Double.NaN, null, Money.Bound.EXACT, true, doc.slice(s)));
        continue;
      }
      double v = m.group(2) == null ? 1 : Double.parseDouble(m.group(2).replace(",", ""));
      String scale = m.group(3);
      if (scale == null && m.group(2) == null) {
        continue;
      }
      v *= scale == null ? 1 : scale.equals("مليار") ? 1e9 : scale.equals("الف") ? 1e3 : 1e6;
      Money.Bound b = m.group(1) == null ? Money.Bound.EXACT : m.group(1).equals("اكثر من") ? Money.Bound.AT_LEAST
          : Money.Bound.ABOUT;
      out.add(new Money(s, v, "USD", b, false, doc.slice(s)));
    }
    return out;
  }
}
