package org.isnad.eval.link;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.isnad.eval.link.NamePairs.Pair;
import org.isnad.link.Transliterator;

/**
 * How often {@link Transliterator#matchKey} gives the Arabic and the Latin side of a true pair
 * the same key, and how often it gives the same key to an Arabic and a Latin name drawn from
 * two different pairs (a fixed-seed derangement, so the figure is reproducible).
 */
record MatchKeyScores(int pairs, double trueCollisions, double falseCollisions) {

  static MatchKeyScores of(List<Pair> pairs) {
    int n = pairs.size();
    List<Integer> other = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      other.add(i);
    }
    Collections.shuffle(other, new Random(20180604L));
    int same = 0;
    int wrong = 0;
    int tried = 0;
    for (int i = 0; i < n; i++) {
      Pair p = pairs.get(i);
      String latinKey = Transliterator.matchKey(p.latin());
      if (Transliterator.matchKey(p.arabic()).equals(latinKey)) {
        same++;
      }
      Pair q = pairs.get(other.get(i));
      if (!q.latin().equals(p.latin()) && !q.arabic().equals(p.arabic())) {
        tried++;
        if (Transliterator.matchKey(q.arabic()).equals(latinKey)) {
          wrong++;
        }
      }
    }
    return new MatchKeyScores(n, (double) same / n, (double) wrong / tried);
  }

  String line() {
    return String.format(Locale.ROOT, "matchKey pairs=%d true-pair collisions=%.4f random-pair collisions=%.5f",
        pairs, trueCollisions, falseCollisions);
  }
}
