package org.isnad.recognize;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.isnad.text.Document;
import org.isnad.text.Token;
import org.isnad.text.ar.ArabicNormalizer;

/**
 * Settles a currency noun that many countries share (ريال، دينار، درهم، جنيه، ليرة, riyal,
 * dinar...) when the text names no country beside it: the country the document talks about
 * most wins (قطر، الدوحة → QAR), else the country of the outlet's web domain (.sa → SAR),
 * else the country that dominates the noun in the news (ريال → SAR, جنيه → EGP, درهم → AED),
 * else it stays unknown (دينار، ليرة). Tables are small and fixed; thread-safe.
 */
final class CurrencyCountries {
  /** head -> code -> words that point at the country (folded Arabic, lower-case English). */
  private static final Map<String, Map<String, List<String>>> CUES = Map.of(
      "ريال", Map.of("SAR", List.of("السعوديه", "سعودي", "السعودي", "المملكه", "الرياض", "جده"),
          "QAR", List.of("قطر", "قطري", "القطري", "القطريه", "الدوحه"),
          "OMR", List.of("سلطنه", "عماني", "العماني", "العمانيه", "مسقط"),
          "YER", List.of("اليمن", "اليمني", "اليمنيه", "صنعاء", "عدن"),
          "IRR", List.of("ايران", "الايراني", "الايرانيه", "طهران")),
      "درهم", Map.of("AED", List.of("الامارات", "الاماراتي", "الاماراتيه", "دبي", "ابوظبي"),
          "MAD", List.of("المغرب", "المغربي", "المغربيه", "الرباط", "المملكه المغربيه")),
      "دينار", Map.of("KWD", List.of("الكويت", "الكويتي", "الكويتيه"),
          "JOD", List.of("الاردن", "الاردني", "الاردنيه"),
          "BHD", List.of("البحرين", "البحريني", "البحرينيه", "المنامه"),
          "IQD", List.of("العراق", "العراقي", "العراقيه", "بغداد"),
          "LYD", List.of("ليبيا", "الليبي", "الليبيه", "طرابلس"),
          "TND", List.of("تونس", "التونسي", "التونسيه"),
          "DZD", List.of("الجزاير", "الجزايري", "الجزايريه")),
      "جنيه", Map.of("EGP", List.of("مصر", "المصري", "المصريه", "القاهره"),
          "SDG", List.of("السودان", "السوداني", "السودانيه", "الخرطوم"),
          "GBP", List.of("بريطانيا", "البريطاني", "البريطانيه", "لندن")),
      "ليره", Map.of("TRY", List.of("تركيا", "التركي", "التركيه", "انقره", "اسطنبول"),
          "LBP", List.of("لبنان", "اللبناني", "اللبنانيه", "بيروت"),
          "SYP", List.of("سوريا", "سوريه", "السوري", "السوريه", "دمشق")),
      "riyal", Map.of("SAR", List.of("saudi", "riyadh", "jeddah"), "QAR", List.of("qatar", "qatari", "doha"),
          "OMR", List.of("oman", "omani", "muscat"), "YER", List.of("yemen", "yemeni"),
          "IRR", List.of("iran", "iranian", "tehran")),
      "dirham", Map.of("AED", List.of("uae", "emirates", "emirati", "dubai"),
          "MAD", List.of("morocco", "moroccan", "rabat")),
      "dinar", Map.of("KWD", List.of("kuwait", "kuwaiti"), "JOD", List.of("jordan", "jordanian"),
          "BHD", List.of("bahrain", "bahraini"), "IQD", List.of("iraq", "iraqi", "baghdad"),
          "LYD", List.of("libya", "libyan"), "TND", List.of("tunisia", "tunisian"),
          "DZD", List.of("algeria", "algerian")),
      "lira", Map.of("TRY", List.of("turkey", "turkish", "ankara", "istanbul"),
          "LBP", List.of("lebanon", "lebanese", "beirut"), "SYP", List.of("syria", "syrian", "damascus")));
  /** The country-code top-level domain of an outlet and the codes it settles. */
  private static final Map<String, List<String>> DOMAINS = Map.ofEntries(Map.entry("sa", List.of("SAR")),
      Map.entry("qa", List.of("QAR")), Map.entry("om", List.of("OMR")), Map.entry("ye", List.of("YER")),
      Map.entry("ae", List.of("AED")), Map.entry("ma", List.of("MAD")), Map.entry("kw", List.of("KWD")),
      Map.entry("jo", List.of("JOD")), Map.entry("bh", List.of("BHD")), Map.entry("iq", List.of("IQD")),
      Map.entry("ly", List.of("LYD")), Map.entry("tn", List.of("TND")), Map.entry("dz", List.of("DZD")),
      Map.entry("eg", List.of("EGP")), Map.entry("sd", List.of("SDG")), Map.entry("uk", List.of("GBP")),
      Map.entry("tr", List.of("TRY")), Map.entry("lb", List.of("LBP")), Map.entry("sy", List.of("SYP")));
  private static final Map<String, String> ENGLISH_HEADS = Map.of("rial", "riyal");
  /**
   * The last resort, for nouns one country dominates in Arabic-language news: a bare ريال in
   * an article that names no country is far more often Saudi than anything else.
   */
  private static final Map<String, String> FALLBACK = Map.of("ريال", "SAR", "riyal", "SAR", "جنيه", "EGP",
      "درهم", "AED", "dirham", "AED");

  private CurrencyCountries() {}

  /** The code a bare {@code head} most likely means in {@code doc}, or null. */
  static String settle(String head, Document doc) {
    String h = ENGLISH_HEADS.getOrDefault(head, head);
    Map<String, List<String>> byCode = CUES.get(h);
    if (byCode == null) {
      return null;
    }
    Map<String, String> wordToCode = new HashMap<>();
    byCode.forEach((code, words) -> words.forEach(w -> wordToCode.put(ArabicNormalizer.normalize(w), code)));
    Map<String, Integer> counts = new HashMap<>();
    for (Token t : doc.tokens()) {
      String w = t.kind() == Token.Kind.LATIN ? t.norm().toLowerCase(Locale.ROOT) : t.norm();
      Clitics.Hit<String> hit = t.kind() == Token.Kind.ARABIC ? Clitics.lookup(w, wordToCode)
          : wordToCode.containsKey(w) ? new Clitics.Hit<>(wordToCode.get(w), "", w) : null;
      if (hit != null) {
        counts.merge(hit.value(), 1, Integer::sum);
      }
    }
    String best = null;
    int bestCount = 0;
    boolean tie = false;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
        tie = false;
      } else if (e.getValue() == bestCount) {
        tie = true;
      }
    }
    if (best != null && !tie) {
      return best;
    }
    String tld = domain(doc.meta().url());
    for (String code : DOMAINS.getOrDefault(tld, List.of())) {
      if (byCode.containsKey(code)) {
        return code;
      }
    }
    return FALLBACK.get(h);
  }

  private static String domain(String url) {
    if (url == null) {
      return "";
    }
    try {
      String host = URI.create(url.trim()).getHost();
      return host == null ? "" : host.substring(host.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
