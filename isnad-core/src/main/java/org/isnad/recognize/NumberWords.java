package org.isnad.recognize;

import java.util.HashMap;
import java.util.Map;
import org.isnad.text.ar.ArabicNormalizer;

/**
 * The words of number expressions, folded (ة→ه, ى→ي, أ إ آ→ا) for Arabic and lower case for
 * English: cardinals, tens, hundreds, scale words with their dual, accusative and plural
 * forms, fractions, and the vague quantifiers (عشرات، مئات، بضعة، tens, dozens) that make an
 * expression approximate.
 */
final class NumberWords {
  enum Kind {
    /** 1 to 10. */
    UNIT,
    /** احد/اثنا, which only count in احد عشر and اثنا عشر. */
    TEEN_HEAD,
    /** 11 to 19 written as one word (English). */
    TEEN,
    TEN,
    /** English "hundred": multiplies what precedes it. */
    HUNDRED_MUL,
    /** Arabic مئة, مئتان, ثلاثمئة: a hundreds value of its own. */
    HUNDREDS,
    /** ألف, مليون, million: multiplies the count before it, or stands for one. */
    SCALE,
    /** ألفا, مليونا: accusative after a count (عشرين مليونا), dual construct alone (مليونا دولار). */
    SCALE_ACC,
    /** ألفين, مليونان: two of the scale; cannot take a count. */
    SCALE_DUAL,
    /** آلاف, ملايين, millions: needs a count (ثلاثة ملايين); alone it is vague. */
    SCALE_PLURAL,
    /** 1.5bn, $3m, 40k: an abbreviated scale right after digits. */
    SCALE_ABBREV,
    FRACTION,
    /** عشرات, مئات, بضعة, tens, dozens: no exact value. */
    VAGUE,
    /** English a/an before a scale word. */
    ARTICLE
  }

  record Entry(Kind kind, double value) {}

  static final Map<String, Entry> ARABIC = buildArabic();
  static final Map<String, Entry> ENGLISH = buildEnglish();

  private NumberWords() {}

  /** The Arabic word that makes a unit a teen: خمسة عشر. */
  static boolean isTeenTen(String folded) {
    return folded.equals("عشر") || folded.equals("عشره");
  }

  private static Map<String, Entry> buildArabic() {
    Map<String, Entry> m = new HashMap<>();
    String[][] units = {{"واحد", "واحده"}, {"اثنان", "اثنين", "اثنتان", "اثنتين"}, {"ثلاث", "ثلاثه"},
        {"اربع", "اربعه"}, {"خمس", "خمسه"}, {"ست", "سته"}, {"سبع", "سبعه"}, {"ثمان", "ثماني", "ثمانيه"},
        {"تسع", "تسعه"}, {"عشر", "عشره"}};
    for (int i = 0; i < units.length; i++) {
      for (String w : units[i]) {
        m.put(w, new Entry(Kind.UNIT, i + 1));
      }
    }
    for (String w : new String[] {"احد", "احدي"}) {
      m.put(w, new Entry(Kind.TEEN_HEAD, 1));
    }
    for (String w : new String[] {"اثنا", "اثني", "اثنتا", "اثنتي"}) {
      m.put(w, new Entry(Kind.TEEN_HEAD, 2));
    }
    String[] tens = {"عشر", "ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع"};
    for (int i = 0; i < tens.length; i++) {
      m.put(tens[i] + "ون", new Entry(Kind.TEN, (i + 2) * 10));
      m.put(tens[i] + "ين", new Entry(Kind.TEN, (i + 2) * 10));
    }
    for (String h : new String[] {"مئه", "مائه", "ميه"}) {
      m.put(h, new Entry(Kind.HUNDREDS, 100));
      for (String dual : new String[] {"تان", "تين", "تا", "تي"}) {
        m.put(h.substring(0, h.length() - 1) + dual, new Entry(Kind.HUNDREDS, 200));
      }
      String[] stems = {"ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع"};
      for (int i = 0; i < stems.length; i++) {
        m.put(stems[i] + h, new Entry(Kind.HUNDREDS, (i + 3) * 100));
      }
      m.put("ثماني" + h, new Entry(Kind.HUNDREDS, 800));
    }
    scale(m, 1e3, new String[] {"الف"}, new String[] {"الفا"}, new String[] {"الفان", "الفين", "الفي"},
        new String[] {"الاف", "الوف"});
    scale(m, 1e6, new String[] {"مليون"}, new String[] {"مليونا"}, new String[] {"مليونان", "مليونين", "مليوني"},
        new String[] {"ملايين"});
    scale(m, 1e9, new String[] {"مليار", "بليون"}, new String[] {"مليارا", "بليونا"},
        new String[] {"ملياران", "مليارين", "ملياري", "بليونان", "بليونين", "بليوني"},
        new String[] {"مليارات", "بلايين"});
    scale(m, 1e12, new String[] {"ترليون", "تريليون"}, new String[] {"ترليونا", "تريليونا"},
        new String[] {"ترليونان", "ترليونين", "ترليوني", "تريليونان", "تريليونين", "تريليوني"},
        new String[] {"ترليونات", "تريليونات"});
    m.put("نصف", new Entry(Kind.FRACTION, 0.5));
    m.put("ربع", new Entry(Kind.FRACTION, 0.25));
    m.put("ثلث", new Entry(Kind.FRACTION, 1.0 / 3));
    m.put("ثلثي", new Entry(Kind.FRACTION, 2.0 / 3));
    m.put("ثلثا", new Entry(Kind.FRACTION, 2.0 / 3));
    for (String w : new String[] {"عشرات", "مئات", "مئات", "ميات", "بضع", "بضعه", "عده", "عشرات"}) {
      m.put(w, new Entry(Kind.VAGUE, 0));
    }
    // Keys are written with hamza seats (مئة، مائتان) for the reader; tokens arrive folded (ميه، مايتان).
    Map<String, Entry> folded = new HashMap<>();
    m.forEach((k, v) -> folded.putIfAbsent(ArabicNormalizer.normalize(k), v));
    return Map.copyOf(folded);
  }

  private static void scale(Map<String, Entry> m, double value, String[] plain, String[] acc, String[] dual,
      String[] plural) {
    for (String w : plain) {
      m.put(w, new Entry(Kind.SCALE, value));
    }
    for (String w : acc) {
      m.put(w, new Entry(Kind.SCALE_ACC, value));
    }
    for (String w : dual) {
      m.put(w, new Entry(Kind.SCALE_DUAL, value));
    }
    for (String w : plural) {
      m.put(w, new Entry(Kind.SCALE_PLURAL, value));
    }
  }

  private static Map<String, Entry> buildEnglish() {
    Map<String, Entry> m = new HashMap<>();
    String[] units = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
    for (int i = 0; i < units.length; i++) {
      m.put(units[i], new Entry(Kind.UNIT, i + 1));
    }
    String[] teens = {"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"};
    for (int i = 0; i < teens.length; i++) {
      m.put(teens[i], new Entry(Kind.TEEN, i + 11));
    }
    String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int i = 0; i < tens.length; i++) {
      m.put(tens[i], new Entry(Kind.TEN, (i + 2) * 10));
    }
    m.put("hundred", new Entry(Kind.HUNDRED_MUL, 100));
    m.put("thousand", new Entry(Kind.SCALE, 1e3));
    m.put("million", new Entry(Kind.SCALE, 1e6));
    m.put("billion", new Entry(Kind.SCALE, 1e9));
    m.put("trillion", new Entry(Kind.SCALE, 1e12));
    m.put("lakh", new Entry(Kind.SCALE, 1e5)); // South Asian English: Rs 5 lakh, 300 crore
    m.put("lakhs", new Entry(Kind.SCALE, 1e5));
    m.put("crore", new Entry(Kind.SCALE, 1e7));
    m.put("crores", new Entry(Kind.SCALE, 1e7));
    m.put("thousands", new Entry(Kind.SCALE_PLURAL, 1e3));
    m.put("millions", new Entry(Kind.SCALE_PLURAL, 1e6));
    m.put("billions", new Entry(Kind.SCALE_PLURAL, 1e9));
    m.put("trillions", new Entry(Kind.SCALE_PLURAL, 1e12));
    for (String w : new String[] {"k"}) {
      m.put(w, new Entry(Kind.SCALE_ABBREV, 1e3));
    }
    for (String w : new String[] {"m", "mn", "mln", "mil", "mio"}) {
      m.put(w, new Entry(Kind.SCALE_ABBREV, 1e6));
    }
    for (String w : new String[] {"b", "bn", "bln"}) {
      m.put(w, new Entry(Kind.SCALE_ABBREV, 1e9));
    }
    for (String w : new String[] {"tn", "trn", "tr"}) {
      m.put(w, new Entry(Kind.SCALE_ABBREV, 1e12));
    }
    m.put("half", new Entry(Kind.FRACTION, 0.5));
    m.put("quarter", new Entry(Kind.FRACTION, 0.25));
    m.put("third", new Entry(Kind.FRACTION, 1.0 / 3));
    for (String w : new String[] {"tens", "hundreds", "dozens", "several", "few", "multiple"}) {
      m.put(w, new Entry(Kind.VAGUE, 0));
    }
    m.put("a", new Entry(Kind.ARTICLE, 1));
    m.put("an", new Entry(Kind.ARTICLE, 1));
    return Map.copyOf(m);
  }
}
