package org.isnad.recognize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.isnad.recognize.Money.Bound;
import org.isnad.text.Document;
import org.isnad.text.Span;
import org.isnad.text.Token;

/**
 * Finds amounts of money: a number expression ({@link NumberParser}) with a currency after it
 * ("بمليون دولار", "5 ملايين ريال سعودي", "25,000 dollars") or a symbol or code before it
 * ("$1.5bn", "USD 3m"), with the bound words around it. Vague amounts ("ملايين الدولارات")
 * are not reported. An anaphoric amount ("بنفس المبلغ") is reported with a NaN value.
 *
 * <p>A range ("بين 1 و2 مليون دولار", "$1-2 million") is reported once, over the whole range,
 * as {@link Bound#AT_LEAST} its low end: the one statement about the amount that is exactly
 * true; a low end without its own scale takes the high end's ("1 و2 مليون" → 1,000,000).
 *
 * <p>A currency noun whose country the text leaves out (ريال, دينار, riyals...) takes the
 * code the same document gives that noun elsewhere when it gives exactly one; failing that,
 * the country the document names most or its outlet's domain ({@link CurrencyCountries});
 * otherwise its currency is null. Thread-safe.
 */
public final class MoneyRecognizer {
  private static final Set<String> RANGE_START = Set.of("بين", "من", "between", "from");
  private static final Set<String> RANGE_LINK = Set.of("و", "الي", "حتي", "-", "–", "and", "to");
  /** Words after which a number is an amount even when no currency is named. */
  private static final Set<String> AMOUNT_CUES = Set.of("مبلغ", "مبلغا", "بمبلغ", "وبمبلغ", "بقيمه", "قيمتها",
      "قيمته", "بقيمتها");

  private final Currencies currencies;

  private MoneyRecognizer(Currencies currencies) {
    this.currencies = currencies;
  }

  public static MoneyRecognizer standard() {
    return new MoneyRecognizer(Currencies.get());
  }

  /** A mention before the document-level currency pass. */
  private record Raw(int first, int end, double value, String code, String head, Bound bound, boolean anaphoric) {}

  /** Every money mention of {@code doc}, in text order. */
  public List<Money> find(Document doc) {
    List<Token> toks = doc.tokens();
    List<Raw> raws = new ArrayList<>();
    int n = toks.size();
    int i = 0;
    while (i < n) {
      int next = Anaphora.at(toks, i, n);
      if (next > i) {
        raws.add(withSpanExtras(toks, new Raw(i, next, Double.NaN, null, null, Bound.EXACT, true), floor(raws)));
        i = next;
        continue;
      }
      Raw r = amountAt(toks, i, n, raws, doc.text());
      if (r != null) {
        if (!Double.isNaN(r.value()) || r.anaphoric()) {
          raws.add(r);
        }
        i = Math.max(r.end(), i + 1);
        continue;
      }
      i++;
    }
    return resolve(doc, toks, raws);
  }

  private static int floor(List<Raw> raws) {
    return raws.isEmpty() ? 0 : raws.get(raws.size() - 1).end();
  }

  /** An amount starting at token {@code i} (a symbol or a number), or null. Vague ones come back with NaN. */
  private Raw amountAt(List<Token> toks, int i, int n, List<Raw> raws, String text) {
    Token t = toks.get(i);
    Currencies.Match pre = t.kind() == Token.Kind.LATIN || t.kind() == Token.Kind.SYMBOL
        ? currencies.symbolAt(toks, i, n) : null;
    int numAt = pre != null ? pre.end() : i;
    NumberParser.Parsed p = numAt < n ? NumberParser.at(toks, numAt, n, text) : null;
    if (p == null) {
      return null;
    }
    if (p.vague()) {
      int end = p.end();
      if (end < n && (toks.get(end).norm().equals("من") || toks.get(end).norm().equalsIgnoreCase("of"))) {
        end++;
      }
      Currencies.Match c = end < n ? currencies.after(toks, end, n) : null;
      return new Raw(i, c != null ? c.end() : p.end(), Double.NaN, null, null, Bound.EXACT, false);
    }
    double value = p.value();
    int end = p.end();
    Bound bound = Bound.EXACT;
    // A range: "بين 1 و2 مليون", "$1-2 million", "from $1m to $2m".
    NumberParser.Parsed high = null;
    boolean rangeWord = i > 0 && RANGE_START.contains(lower(toks.get(i - 1)));
    if (end + 1 < n && RANGE_LINK.contains(lower(toks.get(end)))) {
      String link = lower(toks.get(end));
      boolean needsStart = link.equals("و") || link.equals("and") || link.equals("to") || link.equals("الي");
      if (!needsStart || rangeWord) {
        int hAt = end + 1;
        if (pre != null && hAt < n && currencies.symbolAt(toks, hAt, n) != null) {
          hAt = currencies.symbolAt(toks, hAt, n).end();
        }
        high = hAt < n ? NumberParser.at(toks, hAt, n, text) : null;
        if (high != null && (high.vague() || high.value() <= (p.topScale() == 1 && high.topScale() > 1
            ? value * high.topScale() : value))) {
          high = null;
        }
      }
    }
    if (high != null) {
      if (p.topScale() == 1 && high.topScale() > 1 && value < 1000) {
        value *= high.topScale();
      }
      end = high.end();
      bound = Bound.AT_LEAST;
    }
    Currencies.Match c = pre != null ? pre : currencies.after(toks, end, n);
    if (c == null && end + 1 < n && toks.get(end).norm().equals("من") && toks.get(end + 1).norm().startsWith("ال")) {
      c = currencies.after(toks, end + 1, n); // "3 مليارات من الدولارات"
    }
    if (c != null && c != pre) {
      end = c.end();
    } else if (pre != null && end < n) {
      // "$5 million dollars" is rare, "USD 5m" and "US$5bn" are not; a trailing noun is absorbed.
      Currencies.Match again = currencies.after(toks, end, n);
      if (again != null && again.code() != null && again.code().equals(pre.code())) {
        end = again.end();
      }
    }
    if (c != null && c.code() != null && c.head().equals("pound") && c.end() - c.start() == 1 && value < 1000
        && p.topScale() == 1) {
      c = null; // "lost 20 pounds" weighs; "£20" and "20 million pounds" pay
    }
    int first = high != null && rangeWord ? i - 1 : i;
    if (c == null && !hasAmountCue(toks, first)) {
      return new Raw(i, p.end(), Double.NaN, null, null, Bound.EXACT, false);
    }
    Raw raw = new Raw(first, end, value, c == null ? null : c.code(), c == null ? null : c.head(), bound, false);
    return withSpanExtras(toks, raw, floor(raws));
  }

  /** Bound words before and after, and a lone clitic in front ("بـ 5 ملايين"). */
  private static Raw withSpanExtras(List<Token> toks, Raw r, int floor) {
    int first = r.first();
    int end = r.end();
    Bound bound = r.bound();
    if (!r.anaphoric()) {
      BoundWords.Found before = BoundWords.before(toks, first, floor);
      if (before != null && bound == Bound.EXACT) {
        bound = before.bound();
        first = before.start();
      }
      BoundWords.Found after = end < toks.size() ? BoundWords.after(toks, end, toks.size()) : null;
      if (after != null && bound == Bound.EXACT) {
        bound = after.bound();
        end = after.end();
      }
    }
    if (first > floor && Clitics.isLonePreposition(toks.get(first - 1).norm())
        && toks.get(first - 1).kind() == Token.Kind.ARABIC) {
      first--;
    }
    return new Raw(first, end, r.value(), r.code(), r.head(), bound, r.anaphoric());
  }

  private static boolean hasAmountCue(List<Token> toks, int first) {
    for (int k = Math.max(0, first - 1); k < first; k++) {
      if (AMOUNT_CUES.contains(toks.get(k).norm())) {
        return true;
      }
    }
    return false;
  }

  private static String settled(String head, Document doc, Map<String, String> cache) {
    return cache.computeIfAbsent(head, h -> {
      String code = CurrencyCountries.settle(h, doc);
      return code == null ? "" : code;
    }).transform(c -> c.isEmpty() ? null : c);
  }

  private static String lower(Token t) {
    return t.kind() == Token.Kind.LATIN ? t.norm().toLowerCase(Locale.ROOT) : t.norm();
  }

  /** Fills a bare noun's country from the document, then builds the mentions. */
  private List<Money> resolve(Document doc, List<Token> toks, List<Raw> raws) {
    Map<String, Set<String>> codesByHead = new HashMap<>();
    for (Raw r : raws) {
      if (r.head() != null && r.code() != null) {
        codesByHead.computeIfAbsent(r.head(), k -> new HashSet<>()).add(r.code());
      }
    }
    Map<String, String> settled = new HashMap<>();
    List<Money> out = new ArrayList<>(raws.size());
    for (Raw r : raws) {
      String code = r.code();
      if (code == null && r.head() != null) {
        Set<String> seen = codesByHead.getOrDefault(r.head(), Set.of());
        code = seen.size() == 1 ? seen.iterator().next() : seen.isEmpty() ? settled(r.head(), doc, settled) : null;
      }
      Span span = new Span(toks.get(r.first()).start(), toks.get(r.end() - 1).end());
      out.add(new Money(span, r.value(), code, r.bound(), r.anaphoric(), doc.slice(span)));
    }
    return out;
  }
}
