package org.isnad.recognize;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.isnad.text.Token;

/**
 * Amounts that point back at an earlier one: "بنفس المبلغ", "بذات المبلغ", "المبلغ ذاته",
 * "مبلغا مماثلا", "the same amount". The facts layer resolves them.
 */
final class Anaphora {
  private static final Set<String> AMOUNT = Set.of("مبلغ", "مبلغا", "قيمه", "رقم");
  private static final Set<String> SAME_BEFORE = Set.of("نفس", "ذات");
  private static final Set<String> SAME_AFTER = Set.of("ذاته", "نفسه", "عينه", "ذاتها", "نفسها", "مماثل", "مماثلا",
      "مماثله");
  private static final Set<String> EN_SAME = Set.of("same", "equal", "similar", "matching", "identical");
  private static final Set<String> EN_AMOUNT = Set.of("amount", "sum", "figure");

  private Anaphora() {}

  /** The end of an anaphoric amount starting at token {@code i}, or {@code i} when there is none. */
  static int at(List<Token> toks, int i, int n) {
    Token t = toks.get(i);
    if (t.kind() == Token.Kind.ARABIC) {
      // [و|ب|وب]نفس + المبلغ
      if (i + 1 < n && SAME_BEFORE.contains(strip(t.norm(), false)) && isAmount(toks.get(i + 1), true)) {
        return i + 2;
      }
      // [ب]المبلغ + ذاته / [ب]مبلغ + مماثل
      if (i + 1 < n && isAmount(t, false) && SAME_AFTER.contains(toks.get(i + 1).norm())) {
        return i + 2;
      }
      return i;
    }
    if (t.kind() == Token.Kind.LATIN && i + 2 < n) {
      String a = t.norm().toLowerCase(Locale.ROOT);
      if ((a.equals("the") || a.equals("an") || a.equals("a"))
          && EN_SAME.contains(toks.get(i + 1).norm().toLowerCase(Locale.ROOT))
          && EN_AMOUNT.contains(toks.get(i + 2).norm().toLowerCase(Locale.ROOT))) {
        return i + 3;
      }
    }
    return i;
  }

  private static boolean isAmount(Token t, boolean definite) {
    String w = t.norm();
    for (String p : new String[] {"", "و", "ب", "وب", "ف", "فب", "ل"}) {
      for (String art : definite ? new String[] {"ال"} : new String[] {"ال", ""}) {
        String pre = p + art;
        if (w.startsWith(pre) && AMOUNT.contains(w.substring(pre.length()))) {
          return true;
        }
        if (p.endsWith("ل") && art.equals("ال") && w.startsWith(p.substring(0, p.length() - 1) + "لل")
            && AMOUNT.contains(w.substring(p.length() + 1))) {
          return true;
        }
      }
    }
    return false;
  }

  private static String strip(String w, boolean unused) {
    for (String p : new String[] {"وب", "فب", "و", "ب", "ف", "ل"}) {
      if (w.startsWith(p) && SAME_BEFORE.contains(w.substring(p.length()))) {
        return w.substring(p.length());
      }
    }
    return w;
  }
}
