package org.isnad.recognize;

import com.ibm.icu.util.Currency;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.isnad.text.Token;
import org.isnad.text.ar.ArabicNormalizer;

/**
 * Currency words, symbols and codes. The country qualifiers come from CLDR through ICU4J
 * (دولار كندي → CAD, ريال قطري → QAR, Saudi riyal → SAR) for the currency nouns news writes
 * about; the nouns' inflections (دولارا، دولارات، دراهم، دنانير، بالدولار) are generated here.
 * A bare noun has a default only where one country owns it (دولار → USD, يورو → EUR); the
 * others (ريال، دينار، pound...) are left for the recognizer to settle from the document.
 * Loaded once; thread-safe.
 */
final class Currencies {
  /** Currency words at tokens {@code [start, end)}: the ISO code when known, and the noun read. */
  record Match(int start, int end, String code, String head) {}

  /** Arabic nouns (folded) and the code a bare one means, or "" when it depends on the country. */
  private static final String[][] AR_HEADS = {{"دولار", "USD"}, {"يورو", "EUR"}, {"ريال", ""}, {"درهم", ""},
      {"دينار", ""}, {"جنيه", ""}, {"ليره", ""}, {"ين", "JPY"}, {"يوان", "CNY"}, {"روبل", "RUB"}, {"روبيه", ""},
      {"فرنك", ""}, {"شيكل", "ILS"}, {"شيكل", "ILS"}, {"بيزو", ""}, {"كرونه", ""}, {"راند", "ZAR"}, {"وون", ""},
      {"شلن", ""}, {"زلوتي", "PLN"}, {"رينغيت", "MYR"}, {"نايرا", "NGN"}, {"هريفنيا", "UAH"}, {"مانات", ""}};
  private static final Map<String, String> AR_IRREGULAR = Map.of("دراهم", "درهم", "دنانير", "دينار", "شيكلات",
      "شيكل", "شواكل", "شيكل", "يوروهات", "يورو");
  /** English nouns (lower case) and the code a bare one means, or "". */
  private static final String[][] EN_HEADS = {{"dollar", "USD"}, {"euro", "EUR"}, {"pound", "GBP"},
      {"sterling", "GBP"}, {"riyal", ""}, {"rial", ""}, {"dirham", ""}, {"dinar", ""}, {"lira", ""}, {"yen", "JPY"},
      {"yuan", "CNY"}, {"renminbi", "CNY"}, {"ruble", "RUB"}, {"rouble", "RUB"}, {"rupee", ""}, {"franc", ""},
      {"shekel", "ILS"}, {"peso", ""}, {"krona", ""}, {"krone", ""}, {"rand", "ZAR"}, {"won", ""},
      {"ringgit", "MYR"}, {"naira", "NGN"}};
  private static final Map<String, String> EN_IRREGULAR = Map.of("lire", "lira", "shekels", "shekel", "kronor",
      "krona", "kroner", "krone", "shekalim", "shekel");
  private static final Map<String, String> SYMBOLS = Map.of("$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY", "₹",
      "INR", "₺", "TRY", "₽", "RUB", "₪", "ILS", "₩", "KRW");
  /** Letters written before "$": US$5, C$10, HK$3. */
  private static final Map<String, String> DOLLAR_PREFIX = Map.of("US", "USD", "U.S.", "USD", "C", "CAD", "CA", "CAD",
      "A", "AUD", "AU", "AUD", "HK", "HKD", "NZ", "NZD", "S", "SGD", "R", "BRL");
  /** Abbreviations the Gulf and Egyptian English press writes before or after amounts. */
  private static final Map<String, String> ABBREVIATIONS = Map.of("SR", "SAR", "QR", "QAR", "Dh", "AED", "Dhs", "AED",
      "Rs", "INR", "LE", "EGP", "KD", "KWD", "BD", "BHD", "RO", "OMR", "JD", "JOD");

  private static final class Holder {
    static final Currencies INSTANCE = new Currencies();
  }

  private final Map<String, String> arabicForms = new HashMap<>(); // inflected form -> head
  private final Map<String, String> englishForms = new HashMap<>();
  private final Map<String, String> defaults = new HashMap<>(); // head -> code
  /** head -> qualifiers (normalized words) with their codes. */
  private final Map<String, List<Qualified>> qualifiers = new HashMap<>();
  /**
   * ISO codes read as currencies: the ones news uses. All of ISO 4217 would make words of
   * headlines ("TOP 10", "ALL 3") into money.
   */
  private static final java.util.Set<String> ISO_CODES = java.util.Set.of("USD", "EUR", "GBP", "JPY", "CNY", "CHF",
      "CAD", "AUD", "NZD", "HKD", "SGD", "SAR", "AED", "QAR", "KWD", "BHD", "OMR", "JOD", "EGP", "MAD", "TND", "DZD",
      "LYD", "IQD", "SYP", "LBP", "TRY", "IRR", "INR", "PKR", "RUB", "ILS", "YER", "SDG", "KRW", "BRL", "MXN", "ZAR",
      "SEK", "NOK", "DKK", "MRU", "SOS", "DJF", "KMF");
  /** English nouns that are also common words: money only with a country ("South Korean won"). */
  private static final java.util.Set<String> NEEDS_QUALIFIER = java.util.Set.of("won");

  private record Qualified(List<String> words, String code) {}

  static Currencies get() {
    return Holder.INSTANCE;
  }

  private Currencies() {
    for (String[] h : AR_HEADS) {
      addArabicHead(h[0]);
      if (!h[1].isEmpty()) {
        defaults.put(h[0], h[1]);
      }
    }
    AR_IRREGULAR.forEach(arabicForms::put);
    for (String[] h : EN_HEADS) {
      englishForms.put(h[0], h[0]);
      englishForms.put(h[0] + "s", h[0]);
      if (!h[1].isEmpty()) {
        defaults.put(h[0], h[1]);
      }
    }
    EN_IRREGULAR.forEach(englishForms::put);
    Date now = new Date();
    ULocale ar = new ULocale("ar");
    for (Currency c : Currency.getAvailableCurrencies()) {
      String code = c.getCurrencyCode();
      if (!Currency.isAvailable(code, now, now)) {
        continue;
      }
      addQualified(c.getName(ar, Currency.LONG_NAME, new boolean[1]), code, false);
      for (String count : new String[] {"few", "many", "other"}) {
        addQualified(c.getName(ar, Currency.PLURAL_LONG_NAME, count, new boolean[1]), code, false);
      }
      addQualified(c.getName(ULocale.ENGLISH, Currency.LONG_NAME, new boolean[1]), code, true);
    }
    // Spellings and short forms CLDR does not list.
    addQualifier("دولار", "USD", "اميركي");
    addQualifier("dollar", "USD", "us");
    addQualifier("dollar", "USD", "american");
    addQualifier("dollar", "USD", "u.s.");
    addQualifier("dirham", "AED", "uae");
    addQualifier("dirham", "AED", "emirati");
    addQualifier("pound", "EGP", "egyptian");
    addQualifier("pound", "GBP", "sterling");
    addQualifier("pound", "GBP", "british");
    addQualifier("ريال", "SAR", "سعودي");
    addQualifier("درهم", "AED", "اماراتي");
    addQualifier("جنيه", "GBP", "انجليزي");
    addQualifier("ليره", "TRY", "تركي");
    arabicForms.put("استرليني", "استرليني");
    defaults.put("استرليني", "GBP");
  }

  private void addArabicHead(String h) {
    // ليرة، روبية، كرونة end in teh marbuta (folded to ه); جنيه ends in a real heh.
    boolean marbuta = h.endsWith("ه") && !h.equals("جنيه");
    String stem = marbuta ? h.substring(0, h.length() - 1) : h;
    arabicForms.put(h, h);
    if (marbuta) {
      for (String s : new String[] {"ات", "تان", "تين", "تي"}) {
        arabicForms.put(stem + s, h);
      }
    } else {
      for (String s : new String[] {"ا", "ان", "ين", "ي", "ات"}) {
        if (!(h + s).equals("يني")) {
          arabicForms.put(h + s, h);
        }
      }
    }
  }

  /** A CLDR long name "noun qualifier..." (Arabic) or "qualifier... noun" (English). */
  private void addQualified(String name, String code, boolean english) {
    if (name == null || name.chars().anyMatch(ch -> Character.isDigit(ch) || ch == '(' || ch == '-')) {
      return;
    }
    String[] w = (english ? name.toLowerCase(Locale.ROOT) : ArabicNormalizer.normalize(name)).trim().split("\\s+");
    if (w.length < 2) {
      return;
    }
    String headWord = english ? w[w.length - 1] : w[0];
    String head = english ? englishForms.get(headWord) : arabicForms.get(headWord);
    if (head == null) {
      return;
    }
    List<String> q = new ArrayList<>();
    for (int k = english ? 0 : 1; k < (english ? w.length - 1 : w.length); k++) {
      q.add(english ? w[k] : lemma(w[k]));
    }
    addQualifier(head, code, q.toArray(String[]::new));
  }

  private void addQualifier(String head, String code, String... words) {
    List<String> ws = List.of(words);
    List<Qualified> list = qualifiers.computeIfAbsent(head, k -> new ArrayList<>());
    for (Qualified q : list) {
      if (q.words().equals(ws)) {
        return; // the first code listed wins; later ones are regional duplicates
      }
    }
    list.add(new Qualified(ws, code));
  }

  /** An Arabic nisba adjective in any number, gender, case and with or without the article. */
  static String lemma(String w) {
    String s = w.startsWith("ال") && w.length() > 4 ? w.substring(2) : w;
    for (String end : new String[] {"يين", "يون", "يان", "يه", "يا"}) {
      if (s.length() > end.length() + 2 && s.endsWith(end)) {
        return s.substring(0, s.length() - end.length()) + "ي";
      }
    }
    return s;
  }

  /** The code a bare noun means, or null. */
  String defaultCode(String head) {
    return defaults.get(head);
  }

  /** Currency words that follow an amount at token {@code i}: a noun and its qualifier, a symbol, a code. */
  Match after(List<Token> toks, int i, int limit) {
    if (i >= limit) {
      return null;
    }
    Token t = toks.get(i);
    if (t.kind() == Token.Kind.ARABIC) {
      Clitics.Hit<String> hit = Clitics.lookup(t.norm(), arabicForms);
      if (hit == null || !(hit.prefix().isEmpty() || hit.prefix().endsWith("ال"))) {
        return null;
      }
      return qualify(toks, i, limit, hit.value(), false);
    }
    if (t.kind() == Token.Kind.LATIN) {
      Match m = englishAt(toks, i, limit);
      if (m != null) {
        return m;
      }
    }
    return symbolAt(toks, i, limit);
  }

  private Match qualify(List<Token> toks, int i, int limit, String head, boolean english) {
    List<Qualified> qs = qualifiers.getOrDefault(head, List.of());
    Qualified best = null;
    for (Qualified q : qs) {
      int n = q.words().size();
      if (i + n < limit && (best == null || n > best.words().size())) {
        boolean ok = true;
        for (int k = 0; k < n && ok; k++) {
          ok = toks.get(i + 1 + k).kind() == Token.Kind.ARABIC && lemma(toks.get(i + 1 + k).norm()).equals(q.words().get(k));
        }
        if (ok) {
          best = q;
        }
      }
    }
    if (best != null) {
      return new Match(i, i + 1 + best.words().size(), best.code(), head);
    }
    return new Match(i, i + 1, defaults.get(head), head);
  }

  /** English: up to three qualifier words, then the noun ("Hong Kong dollars"). */
  private Match englishAt(List<Token> toks, int i, int limit) {
    for (int n = 3; n >= 0; n--) {
      int h = i + n;
      if (h >= limit || toks.get(h).kind() != Token.Kind.LATIN) {
        continue;
      }
      String head = englishForms.get(toks.get(h).norm().toLowerCase(Locale.ROOT));
      if (head == null) {
        continue;
      }
      if (n == 0) {
        // "pounds sterling"
        if (head.equals("pound") && h + 1 < limit && toks.get(h + 1).norm().equalsIgnoreCase("sterling")) {
          return new Match(i, h + 2, "GBP", head);
        }
        if (NEEDS_QUALIFIER.contains(head)) {
          continue;
        }
        return new Match(i, h + 1, defaults.get(head), head);
      }
      List<String> words = new ArrayList<>();
      for (int k = i; k < h; k++) {
        words.add(toks.get(k).norm().toLowerCase(Locale.ROOT));
      }
      for (Qualified q : qualifiers.getOrDefault(head, List.of())) {
        if (q.words().equals(words)) {
          return new Match(i, h + 1, q.code(), head);
        }
      }
    }
    return null;
  }

  /** A symbol, a "US$"-style prefix, an ISO code or a press abbreviation at token {@code i}. */
  Match symbolAt(List<Token> toks, int i, int limit) {
    Token t = toks.get(i);
    String s = t.norm();
    if (SYMBOLS.containsKey(s)) {
      return new Match(i, i + 1, SYMBOLS.get(s), s);
    }
    if (t.kind() != Token.Kind.LATIN) {
      return null;
    }
    if (i + 1 < limit && DOLLAR_PREFIX.containsKey(s) && toks.get(i + 1).norm().equals("$")
        && toks.get(i + 1).start() == t.end()) {
      return new Match(i, i + 2, DOLLAR_PREFIX.get(s), "$");
    }
    if (ISO_CODES.contains(s)) {
      return new Match(i, i + 1, s, s);
    }
    if (ABBREVIATIONS.containsKey(s)) {
      return new Match(i, i + 1, ABBREVIATIONS.get(s), s);
    }
    return null;
  }

  /** Whether token {@code t} is a currency noun (any form, any clitics), for "ملايين الدولارات". */
  boolean isNoun(Token t) {
    if (t.kind() == Token.Kind.ARABIC) {
      return Clitics.lookup(t.norm(), arabicForms) != null;
    }
    return t.kind() == Token.Kind.LATIN && englishForms.containsKey(t.norm().toLowerCase(Locale.ROOT));
  }
}
