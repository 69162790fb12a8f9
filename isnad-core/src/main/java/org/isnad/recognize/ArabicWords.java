package org.isnad.recognize;

import java.util.Set;

/** Small closed classes of folded Arabic words that bound names and clauses. */
public final class ArabicWords {
  private ArabicWords() {}

  /** Prepositions, conjunctions, particles, pronouns, relatives: never part of a name. */
  public static final Set<String> FUNCTION = Set.copyOf(java.util.Arrays.asList("في", "من", "علي", "الي", "عن", "مع", "ان", "او", "ثم", "حتي", "لكن",
      "بل", "لا", "لم", "لن", "قد", "ما", "ماذا", "هل", "كما", "بعد", "قبل", "عند", "منذ", "خلال", "بين", "حول", "ضد", "دون",
      "عبر", "لدي", "التي", "الذي", "الذين", "اللذين", "اللتين", "هو", "هي", "هم", "هما", "هن", "انه", "انها", "انهم",
      "هذا", "هذه", "ذلك", "تلك", "هولاء", "اوليك", "كل", "بعض", "جميع", "غير", "سوي", "اي", "اذا", "لو", "لان", "كي",
      "حيث", "بينما", "وقد", "فقد", "لقد", "كان", "كانت", "يكون", "تكون", "ليس", "ليست", "وفقا", "بحسب", "حسب", "نحو",
      "حوالي", "اكثر", "اقل", "مثل", "ايضا", "فقط", "ولكن", "اما", "الا", "اذ", "عندما", "تجاه", "امام", "وراء",
      "فوق", "تحت", "عام", "العام", "يوم", "اليوم", "امس", "غدا", "الاسبوع", "الشهر", "الماضي", "المقبل", "الحالي",
      "شخصيا", "تم", "يتم", "مقابل", "قدرها", "قيمتها", "بقيمه", "بمبلغ", "موخرا", "سابقا", "لاحقا", "الان", "بالفعل", "قال", "قالت", "اكد", "اكدت", "وفق", "ذكر", "ذكرت"));

  /** Words for days, months and periods that end a name run. */
  public static final Set<String> TIME = Set.copyOf(java.util.Arrays.asList("يوم", "اليوم", "امس", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء",
      "الخميس", "الجمعه", "السبت", "عام", "العام", "سنه", "السنه", "شهر", "الشهر", "الاسبوع", "صباح", "مساء", "ليله"));

  public static boolean isFunction(String folded) {
    return FUNCTION.contains(folded);
  }

  /**
   * Whether the word carries the article, as the segmenter split it or not: a word it does not know
   * keeps ال in its stem (الحديدية).
   */
  public static boolean isDefinite(org.isnad.text.Token t) {
    return t.hasArticle() || t.prefix().isEmpty() && t.norm().startsWith("ال");
  }
}
