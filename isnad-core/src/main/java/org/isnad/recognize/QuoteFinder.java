package org.isnad.recognize;

import java.util.ArrayList;
import java.util.List;
import org.isnad.text.Document;
import org.isnad.text.Span;

/** Quotations: a provisional reader of “...” and «...» pairs; replaced by the full recognizer. */
public final class QuoteFinder {
  public static QuoteFinder standard() {
    return new QuoteFinder();
  }

  public List<Quote> find(Document doc) {
    String t = doc.text();
    List<Quote> out = new ArrayList<>();
    for (int i = doc.bodyStart(); i < t.length(); i++) {
      char c = t.charAt(i);
      char close = c == '\u201C' ? '\u201D' : c == '\u00AB' ? '\u00BB' : c == '"' ? '"' : 0;
      if (close == 0) {
        continue;
      }
      int j = t.indexOf(close, i + 1);
      int nl = t.indexOf('\n', i);
      if (j < 0 || (nl >= 0 && nl < j)) {
        continue;
      }
      String inner = t.substring(i + 1, j);
      out.add(new Quote(new Span(i, j + 1), new Span(i + 1, j), 0, inner.split("\\s+").length > 3));
      i = j;
    }
    return out;
  }
}
