package org.isnad.brief;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.isnad.link.Transliterator;
import org.isnad.store.EntityRef;
import org.isnad.store.GlobalFact;

/** The words of a briefing in Arabic or English: fact sentences, statuses, attributions, headings. */
public final class Phrases {
  private static final Map<String, String[]> STATUS = Map.of(
      "occurred", new String[] {"occurred", "تم"},
      "planned", new String[] {"planned", "مخطط له"},
      "expected", new String[] {"expected", "متوقع"},
      "not_occurred", new String[] {"did not happen", "لم يحدث"},
      "ongoing", new String[] {"ongoing", "جارٍ"});
  private static final Map<Briefing.Group, String[]> HEADINGS = Map.of(
      Briefing.Group.MONEY_OUT, new String[] {"Money out", "أموال صادرة"},
      Briefing.Group.MONEY_IN, new String[] {"Money in", "أموال واردة"},
      Briefing.Group.STATEMENTS, new String[] {"Statements", "تصريحات"},
      Briefing.Group.MEETINGS, new String[] {"Meetings", "لقاءات"},
      Briefing.Group.ROLES, new String[] {"Roles", "مناصب"},
      Briefing.Group.OWNERSHIP, new String[] {"Ownership", "ملكية"},
      Briefing.Group.DISPUTES_AND_SANCTIONS, new String[] {"Disputes and sanctions", "نزاعات وعقوبات"},
      Briefing.Group.ACCUSATIONS, new String[] {"Accusations", "اتهامات"},
      Briefing.Group.OTHER, new String[] {"Other", "أخرى"});
  private final boolean ar;

  public Phrases(String lang) {
    this.ar = "ar".equals(lang);
  }

  public boolean arabic() {
    return ar;
  }

  public String heading(Briefing.Group g) {
    return HEADINGS.get(g)[ar ? 1 : 0];
  }

  public String status(String s) {
    String[] w = s == null ? null : STATUS.get(s);
    return w == null ? (s == null ? "" : s) : w[ar ? 1 : 0];
  }

  /** A name in the briefing's script: an alias in that script, else a transliteration. */
  public String name(EntityRef e) {
    if (ar) {
      if (isArabic(e.name())) {
        return e.name();
      }
      return e.aliases().stream().filter(Phrases::isArabic).findFirst().orElseGet(() -> toArabic(e.name()));
    }
    if (e.nameEn() != null) {
      return e.nameEn();
    }
    return !isArabic(e.name()) ? e.name() : e.aliases().stream().filter(a -> !isArabic(a)).findFirst()
        .orElseGet(() -> toLatin(e.name()));
  }

  /** Transliterations are costly and names repeat from fact to fact, so they are kept. */
  private static final Map<String, String> TO_ARABIC = new java.util.concurrent.ConcurrentHashMap<>();
  private static final Map<String, String> TO_LATIN = new java.util.concurrent.ConcurrentHashMap<>();

  private static String toArabic(String latin) {
    return TO_ARABIC.computeIfAbsent(latin, l -> {
      String t = Transliterator.standard().toArabic(l);
      return t == null || t.isBlank() ? l : t;
    });
  }

  private static String toLatin(String arabic) {
    return TO_LATIN.computeIfAbsent(arabic, a -> {
      String t = Transliterator.standard().toLatin(a);
      return t == null || t.isBlank() ? a : t;
    });
  }

  /** An outlet's name in the briefing's script. */
  public String outlet(String outlet) {
    return ar && !isArabic(outlet) ? toArabic(outlet) : outlet;
  }

  public static boolean isArabic(String s) {
    return s != null && s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
  }

  public static String amount(Double value, String currency) {
    if (value == null) {
      return "";
    }
    DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return f.format(value) + (currency == null ? "" : " " + currency);
  }

  private String names(List<EntityRef> es) {
    return es.stream().map(this::name).collect(Collectors.joining(ar ? " و" : " and "));
  }

  /** One fact as a sentence: "Amazon donated 1,000,000 USD to Trump inaugural fund". */
  public String sentence(GlobalFact f) {
    org.isnad.fact.FactType t = org.isnad.fact.FactType.fromJson(f.type());
    String a = names(f.role(t.firstRole()));
    String b = t.secondRole() == null ? "" : names(f.role(t.secondRole()));
    String amt = amount(f.amount(), f.currency());
    String text = f.text() == null ? "" : f.text().length() > 160 ? f.text().substring(0, 160) + "…" : f.text();
    String s = switch (f.type()) {
      case "donation" -> ar ? "تبرع " + a + " لـ" + b + (amt.isEmpty() ? "" : " بمبلغ " + amt)
          : a + " donated " + (amt.isEmpty() ? "" : amt + " ") + "to " + b;
      case "payment" -> ar ? "دفع " + a + (b.isEmpty() ? "" : " إلى " + b) + (amt.isEmpty() ? "" : " مبلغ " + amt)
          : a + " paid " + (amt.isEmpty() ? "" : amt) + (b.isEmpty() ? "" : " to " + b);
      case "investment" -> ar ? "استثمر " + a + " في " + b + (amt.isEmpty() ? "" : " " + amt)
          : a + " invested " + (amt.isEmpty() ? "" : amt + " ") + "in " + b;
      case "acquisition" -> ar ? "استحواذ " + a + " على " + b + (amt.isEmpty() ? "" : " مقابل " + amt)
          : a + " acquires " + b + (amt.isEmpty() ? "" : " for " + amt);
      case "contract" -> ar ? "عقد بين " + a + " و" + b + (amt.isEmpty() ? "" : " بقيمة " + amt)
          : a + " has a contract with " + b + (amt.isEmpty() ? "" : " worth " + amt);
      case "gift" -> ar ? "أهدى " + a + " " + b + (text.isEmpty() ? "" : ": " + text) : a + " gave " + b + " a gift"
          + (text.isEmpty() ? "" : ": " + text);
      case "statement" -> (ar ? "قال " + a : a + " said") + (b.isEmpty() ? "" : ar ? " لـ" + b : " to " + b)
          + (text.isEmpty() ? "" : ar ? ": «" + text + "»" : ": “" + text + "”");
      case "no_comment" -> ar ? "لم يعلق " + a : a + " did not comment";
      case "meeting" -> ar ? "لقاء بين " + a : a + " met";
      case "role" -> ar ? a + ": " + (text.isEmpty() ? "منصب" : text) + " في " + b
          : a + ": " + (text.isEmpty() ? "role" : text) + ", " + b;
      case "ownership" -> ar ? "يملك " + a + " " + b : a + " owns " + b;
      case "accusation" -> ar ? "اتهم " + a + " " + b + (text.isEmpty() ? "" : ": " + text)
          : a + " accused " + b + (text.isEmpty() ? "" : ": " + text);
      case "dispute" -> ar ? "نزاع بين " + a : "dispute between " + a;
      case "competition" -> ar ? "تنافس بين " + a : "competition between " + a;
      case "sanction" -> ar ? "عقوبة من " + a + " على " + b : a + " sanctioned " + b;
      case "policy" -> (ar ? "إجراء من " + a : "measure by " + a) + (b.isEmpty() ? "" : ar ? " بحق " + b : " on " + b)
          + (text.isEmpty() ? "" : ": " + text);
      default -> f.type() + ": " + a + " " + b;
    };
    return s.replaceAll(" +", " ").strip();
  }

  /**
   * How an article puts it: "reported by Reuters", "confirmed by OpenAI, per Reuters". An
   * article without a known outlet is cited by its id on the line below, so it is not named here.
   */
  public String attribution(GlobalFact.Evidence e) {
    String outlet = e.outlet() == null ? null : outlet(e.outlet());
    String src = e.attributionSource() == null ? null
        : ar ? e.attributionSource() : e.attributionSourceEn() != null ? e.attributionSourceEn()
            : isArabic(e.attributionSource()) ? toLatin(e.attributionSource()) : e.attributionSource();
    String kind = e.attribution() == null ? "asserted" : e.attribution();
    String per = outlet == null ? "" : ar ? "، بحسب " + outlet : ", per " + outlet;
    if (src == null || kind.equals("asserted")) {
      return switch (kind) {
        case "reported" -> ar ? "بحسب تقارير" + per : "reportedly" + per;
        case "claimed" -> ar ? "ادعاء" + per : "claimed" + per;
        case "denied" -> ar ? "منفي" + per : "denied" + per;
        case "confirmed" -> ar ? "مؤكد" + per : "confirmed" + per;
        default -> outlet == null ? (ar ? "بحسب المقال" : "stated in the article")
            : ar ? "بحسب " + outlet : "reported by " + outlet;
      };
    }
    return switch (kind) {
      case "confirmed" -> (ar ? "أكده " : "confirmed by ") + src + per;
      case "claimed" -> (ar ? "بحسب ما يقول " : "claimed by ") + src + per;
      case "denied" -> (ar ? "نفاه " : "denied by ") + src + per;
      default -> (ar ? "بحسب " : "reported by ") + src + per;
    };
  }

  /** An entity type and article count: "organization, 3 articles" / "مؤسسة، 3 مقالات". */
  public String kind(String type, int articles) {
    if (!ar) {
      return type + ", " + articles + (articles == 1 ? " article" : " articles");
    }
    String t = switch (type) {
      case "person" -> "شخص";
      case "organization" -> "مؤسسة";
      case "place" -> "مكان";
      default -> "كيان";
    };
    return t + "، " + (articles == 1 ? "مقال واحد" : articles == 2 ? "مقالان" : articles + " مقالات");
  }

  public String totals() {
    return ar ? "المجاميع" : "Totals";
  }

  public String differ(String what) {
    return ar ? (what.equals("amount") ? "تختلف المبالغ" : "تختلف الحالة") : (what.equals("amount") ? "amounts differ" : "statuses differ");
  }

  public String noFacts() {
    return ar ? "لا وقائع مسجلة." : "No facts stored.";
  }
}
