package org.isnad.recognize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.isnad.recognize.Money.Bound;
import org.isnad.text.Token;

/**
 * The words that qualify an amount: "حوالي", "أكثر من", "ما لا يزيد عن", "at least",
 * "up to", before it, and "تقريبا", "على الأقل", "or more" after it. Phrases are folded
 * Arabic or lower-case English; the first word may carry a clitic (بحوالي، وبأكثر).
 */
final class BoundWords {
  record Phrase(List<String> words, Bound bound) {}

  /** A phrase found at tokens {@code [start, end)}. */
  record Found(int start, int end, Bound bound) {}

  private static final List<Phrase> BEFORE = phrases(new Object[][] {
      {Bound.ABOUT, "حوالي", "نحو", "قرابه", "ما يقرب من", "ما يقارب", "يقارب", "تقارب", "ما يناهز", "يناهز",
          "تناهز", "زهاء", "تقريبا", "في حدود", "حدود", "ما يقدر ب", "يقدر ب", "تقدر ب", "ما يقدر", "يقدر", "تقدر", "المقدر", "المقدره", "about", "around",
          "roughly", "nearly", "approximately", "some", "almost", "close to", "an estimated", "approx"},
      {Bound.AT_LEAST, "اكثر من", "ما لا يقل عن", "لا يقل عن", "لا تقل عن", "ما يتجاوز", "يتجاوز", "تتجاوز",
          "تجاوز", "تجاوزت", "ما يزيد علي", "ما يزيد عن", "يزيد علي", "يزيد عن", "تزيد علي", "تزيد عن",
          "علي الاقل", "ازيد من", "ما يفوق", "يفوق", "تفوق", "اكثر قليلا من", "more than", "over", "at least",
          "upwards of", "exceeding", "in excess of", "north of", "greater than", "above", "no less than",
          "not less than"},
      {Bound.AT_MOST, "اقل من", "ما لا يزيد عن", "ما لا يزيد علي", "لا يزيد عن", "لا يزيد علي", "لا تزيد عن",
          "لا تزيد علي", "ما لا يتجاوز", "لا يتجاوز", "لا تتجاوز", "حتي", "ما يصل الي", "يصل الي", "تصل الي",
          "بحد اقصي", "حد اقصي", "less than", "up to", "under", "at most", "no more than", "not more than",
          "fewer than", "below", "as much as", "as high as", "a maximum of", "a maximum"}});

  private static final List<Phrase> AFTER = phrases(new Object[][] {
      {Bound.ABOUT, "تقريبا", "approximately", "or so"},
      {Bound.AT_LEAST, "علي الاقل", "او اكثر", "فاكثر", "وما فوق", "at least", "or more", "and more", "plus"},
      {Bound.AT_MOST, "او اقل", "فاقل", "at most", "or less"}});

  private BoundWords() {}

  private static List<Phrase> phrases(Object[][] groups) {
    List<Phrase> out = new ArrayList<>();
    for (Object[] g : groups) {
      for (int k = 1; k < g.length; k++) {
        out.add(new Phrase(List.of(((String) g[k]).split(" ")), (Bound) g[0]));
      }
    }
    out.sort(Comparator.comparingInt((Phrase p) -> -p.words().size()));
    return List.copyOf(out);
  }

  /** The longest bound phrase that ends right before token {@code end}, not before {@code floor}. */
  static Found before(List<Token> toks, int end, int floor) {
    for (Phrase p : BEFORE) {
      int n = p.words().size();
      int start = end - n;
      if (start >= floor && matches(toks, start, p.words(), true)) {
        // "ما يقدر ب 5": the ب may stand apart or sit on the number
        return new Found(start, end, p.bound());
      }
    }
    return null;
  }

  /** The longest bound phrase that starts at token {@code start}. */
  static Found after(List<Token> toks, int start, int limit) {
    for (Phrase p : AFTER) {
      int n = p.words().size();
      if (start + n <= limit && matches(toks, start, p.words(), false)) {
        return new Found(start, start + n, p.bound());
      }
    }
    return null;
  }

  private static boolean matches(List<Token> toks, int start, List<String> words, boolean cliticOnFirst) {
    for (int k = 0; k < words.size(); k++) {
      Token t = toks.get(start + k);
      String w = t.kind() == Token.Kind.LATIN ? t.norm().toLowerCase(Locale.ROOT) : t.norm();
      String want = words.get(k);
      if (w.equals(want)) {
        continue;
      }
      if (k == 0 && cliticOnFirst && t.kind() == Token.Kind.ARABIC && hasClitic(w, want)) {
        continue;
      }
      return false;
    }
    return true;
  }

  private static boolean hasClitic(String w, String want) {
    for (String p : new String[] {"و", "ب", "وب", "ف", "فب", "ل"}) {
      if (w.length() == p.length() + want.length() && w.startsWith(p) && w.endsWith(want)) {
        return true;
      }
    }
    return false;
  }
}
