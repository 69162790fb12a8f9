package org.isnad.eval.link;

import java.util.List;
import java.util.Locale;
import org.isnad.eval.link.NamePairs.Pair;
import org.isnad.link.Transliterator;

/** Exact match and character error rate of one direction on a list of held-out pairs. */
record TranslitScores(String direction, int pairs, double top1, double top5, double cer,
    double top1WithTable, double cerWithTable, double namesPerSecond) {

  static TranslitScores arabicToLatin(Transliterator t, List<Pair> test) {
    return score("ar->en", t, test, true);
  }

  static TranslitScores latinToArabic(Transliterator t, List<Pair> test) {
    return score("en->ar", t, test, false);
  }

  private static TranslitScores score(String dir, Transliterator t, List<Pair> test, boolean toLatin) {
    int top1 = 0;
    int top5 = 0;
    int top1Table = 0;
    long dist = 0;
    long distTable = 0;
    long len = 0;
    long start = System.nanoTime();
    for (Pair p : test) {
      String src = toLatin ? p.arabic() : p.latin();
      String gold = toLatin ? p.latin() : p.arabic();
      List<String> cands = toLatin ? t.latinCandidates(src, 5) : t.arabicCandidates(src, 5);
      String best = cands.isEmpty() ? "" : cands.get(0);
      String known = toLatin ? t.knownLatin(src) : t.knownArabic(src);
      String withTable = known != null ? known : best;
      top1 += best.equals(gold) ? 1 : 0;
      top5 += cands.contains(gold) ? 1 : 0;
      top1Table += withTable.equals(gold) ? 1 : 0;
      dist += editDistance(best, gold);
      distTable += editDistance(withTable, gold);
      len += gold.length();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    int n = test.size();
    return new TranslitScores(dir, n, (double) top1 / n, (double) top5 / n, (double) dist / len,
        (double) top1Table / n, (double) distTable / len, n / seconds);
  }

  static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] tmp = prev;
      prev = cur;
      cur = tmp;
    }
    return prev[b.length()];
  }

  String line() {
    return String.format(Locale.ROOT,
        "%s pairs=%d top1=%.4f top5=%.4f cer=%.4f | with frequent-word table: top1=%.4f cer=%.4f | %.0f names/s (n-best 5)",
        direction, pairs, top1, top5, cer, top1WithTable, cerWithTable, namesPerSecond);
  }
}
