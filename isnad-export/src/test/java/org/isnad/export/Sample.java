package org.isnad.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.isnad.fact.Amount;
import org.isnad.fact.Attribution;
import org.isnad.fact.Entity;
import org.isnad.fact.EntityType;
import org.isnad.fact.Extraction;
import org.isnad.fact.Fact;
import org.isnad.fact.FactType;
import org.isnad.fact.TimeValue;
import org.isnad.store.Store;
import org.isnad.text.Document;
import org.isnad.text.Metadata;
import org.isnad.text.Span;

/**
 * An invented store for export tests: every fact type, names and sentences in Arabic and
 * English with quotes, commas and line breaks, an address that is not one, a control character
 * in a title, and one wire story run by two outlets.
 */
final class Sample {
  /** The Arabic name with quotes the exports must carry unchanged. */
  static final String NOUR = "مؤسسة \"النور\" للتنمية";
  static final String NOUR_EN = "Al-Nour \"Light\" Foundation";
  /** A sentence with a quote, an Arabic comma, a comma and a line break. */
  static final String DONATION_SENTENCE = "تبرعت مؤسسة \"النور\" بثلاثة ملايين دولار، لجمعية الأمل,\nكما قالت الجمعية.";

  private final String id;
  private final String lang;
  private final Metadata meta;
  private final StringBuilder text;
  private final List<Entity> entities = new ArrayList<>();
  private final List<Fact> facts = new ArrayList<>();

  private Sample(String id, String lang, String outlet, String url, String title) {
    this.id = id;
    this.lang = lang;
    this.meta = new Metadata(url, outlet, title, LocalDate.parse("2024-05-12"), Map.of(), 0);
    this.text = new StringBuilder(id).append(".\n");
  }

  String entity(String type, String name, String nameEn, String... aliases) {
    String local = "E" + (entities.size() + 1);
    entities.add(new Entity(local, EntityType.valueOf(type.toUpperCase(Locale.ROOT)), name, nameEn, List.of(aliases), List.of()));
    return local;
  }

  /** A fact with the first role {@code a} (a list for list types) and the second {@code b} (may be null). */
  Sample fact(FactType t, Object a, String b, Double amount, String currency, String time, String sentence,
      Map<String, Object> fields) {
    Map<String, Object> roles = new LinkedHashMap<>();
    roles.put(t.firstRole(), a);
    if (b != null) {
      roles.put(t.secondRole(), b);
    }
    int at = text.codePointCount(0, text.length());
    text.append(sentence).append('\n');
    facts.add(new Fact("F" + (facts.size() + 1), t, roles, amount == null ? null : new Amount(amount, currency, "exact", "x"),
        time == null ? null : new TimeValue(time, time), "occurred", Attribution.ASSERTED,
        List.of(new Span(at, at + sentence.codePointCount(0, sentence.length()))), 0.9, fields));
    return this;
  }

  Extraction build() {
    return new Extraction(new Document(id, text.toString(), meta, lang), entities, facts);
  }

  /** Fills a fresh store with the sample articles. */
  static void fill(Store store) {
    Sample ar = new Sample("ar-1", "ar", "وكالة \"الخليج\", للأنباء", "https://news.example.org/a?id=1,2", "تبرع لجمعية الأمل");
    String nour = ar.entity("organization", NOUR, NOUR_EN, "النور", "Nour, Foundation");
    String amal = ar.entity("organization", "جمعية الأمل", "Hope Society");
    String sami = ar.entity("person", "سامي الحربي", "Sami Harbi");
    String falcon = ar.entity("organization", "شركة الصقر القابضة", "Falcon Holding Co");
    String ministry = ar.entity("organization", "وزارة المالية", "Ministry of Finance");
    ar.fact(FactType.DONATION, nour, amal, 3e6, "USD", "2024-05", DONATION_SENTENCE, Map.of());
    ar.fact(FactType.ROLE, sami, nour, null, null, null, "سامي الحربي رئيس مجلس الإدارة.", Map.of("title", "رئيس مجلس الإدارة"));
    ar.fact(FactType.ACQUISITION, nour, falcon, 5e7, "SAR", "2023", "اشترت المؤسسة شركة الصقر.", Map.of());
    ar.fact(FactType.SANCTION, ministry, sami, null, null, "2024-02-30x", "جمدت الوزارة أصوله.", Map.of("content", "تجميد أصول"));
    ar.fact(FactType.PAYMENT, ministry, null, 1e5, "USD", null, "دفعت الوزارة مئة ألف دولار.", Map.of());
    ar.fact(FactType.MEETING, List.of(sami, amal, ministry), null, null, null, "2024-05-10", "اجتمعوا في الرياض.", Map.of());
    ar.fact(FactType.STATEMENT, sami, ministry, null, null, null, "قال: \"لن نتراجع\"، ثم غادر.", Map.of("quote", "لن نتراجع"));
    ar.fact(FactType.STATEMENT, nour, null, null, null, null, "قالت المؤسسة إنها مستمرة.", Map.of("content", "إنها مستمرة"));
    ar.fact(FactType.NO_COMMENT, falcon, null, null, null, null, "لم ترد الشركة.", Map.of());
    store.put(ar.build(), "ar-1.txt");

    Sample en = new Sample("en-1", "en", "Gulf, Times", "javascript:alert(1)", "Deals, \"rivals\" and a\nban");
    String nourEn = en.entity("organization", NOUR_EN, null);
    String omar = en.entity("person", "Omar Khan", null);
    String acme = en.entity("organization", "Acme Holdings Ltd", null);
    String blue = en.entity("organization", "Blue Party", null);
    String red = en.entity("organization", "Red Party", null);
    en.fact(FactType.ROLE, omar, acme, null, null, null, "Omar Khan, Acme's spokesperson, said so.", Map.of("title", "spokesperson"));
    en.fact(FactType.OWNERSHIP, acme, omar, null, null, null, "Acme owns Omar Khan's contract.", Map.of());
    en.fact(FactType.INVESTMENT, acme, nourEn, 2e6, "EUR", "2022", "Acme invested in the foundation.", Map.of());
    en.fact(FactType.CONTRACT, acme, nourEn, 4e5, "USD", null, "Acme will build a school for it.", Map.of("content", "build a school"));
    en.fact(FactType.GIFT, acme, omar, 9000.5, "USD", null, "Acme gave him a watch.", Map.of("item", "a watch"));
    en.fact(FactType.ACCUSATION, blue, red, null, null, null, "Blue Party accused Red Party of \"vote buying\".",
        Map.of("content", "vote buying"));
    en.fact(FactType.DISPUTE, List.of(blue, red), null, null, null, null, "The parties clashed.", Map.of("content", "seats"));
    en.fact(FactType.COMPETITION, List.of(blue, red, acme), null, null, null, null, "Three rivals.", Map.of());
    en.fact(FactType.POLICY, red, acme, null, null, null, "Red Party banned Acme.", Map.of("content", "a ban"));
    store.put(en.build(), "en-1.txt");

    // One wire story, two outlets: the second copy names the first.
    Extraction first = null;
    for (String[] copy : new String[][] {{"wire-1", "Outlet A"}, {"wire-2", "Outlet B"}}) {
      Sample w = new Sample(copy[0], "ar", copy[1], "https://" + copy[0] + ".example.org/story", "خبر\u0007 التبرع");
      String n = w.entity("organization", NOUR, NOUR_EN);
      String a = w.entity("organization", "جمعية الأمل", "Hope Society");
      w.fact(FactType.DONATION, n, a, 3e6, "USD", "2024-05", "خبر الوكالة عن التبرع.", Map.of());
      Extraction x = w.build();
      store.put(x, copy[0] + ".txt", new Store.Story(first == null ? null : Store.key(first.doc().text()), null));
      first = first == null ? x : first;
    }
  }

  static Store open(Path dir) {
    Store s = Store.open(dir.resolve("sample.db").toString());
    fill(s);
    return s;
  }
}
