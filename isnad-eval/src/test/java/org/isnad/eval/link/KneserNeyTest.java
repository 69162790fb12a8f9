package org.isnad.eval.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KneserNeyTest {
  private static final int VOCABULARY = 8; // 1..6 words, 7 start, 8 end

  @Test
  void writesDistributionsThatSumToOneInEveryContext() throws Exception {
    KneserNey kn = new KneserNey(3, VOCABULARY);
    Random r = new Random(1);
    for (int i = 0; i < 300; i++) {
      int[] s = new int[1 + r.nextInt(6)];
      for (int j = 0; j < s.length; j++) {
        s[j] = 1 + Math.min(5, (int) Math.abs(r.nextGaussian() * 2));
      }
      kn.add(s);
    }
    StringWriter w = new StringWriter();
    kn.write(w, 1);
    Map<String, double[]> lm = new HashMap<>();
    String[] lines = w.toString().split("\n");
    assertThat(lines[0]).startsWith("lm 3 8 ");
    for (int i = 1; i < lines.length; i++) {
      String[] f = lines[i].split("\t");
      lm.put(f[0], new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])});
    }
    for (String context : new String[] {"", "7", "1", "7 1", "1 2", "3 3", "6 6", "2 1", "4 6"}) {
      double sum = 0;
      for (int word = 1; word <= VOCABULARY; word++) {
        if (word != 7) {
          sum += Math.exp(logProb(lm, context, word));
        }
      }
      assertThat(sum).as("context [%s]", context).isCloseTo(1.0, within(1e-3));
    }
  }

  /** The back-off rule BackoffLm applies at run time. */
  private static double logProb(Map<String, double[]> lm, String context, int word) {
    String key = context.isEmpty() ? String.valueOf(word) : context + " " + word;
    if (lm.containsKey(key)) {
      return lm.get(key)[0];
    }
    if (context.isEmpty()) {
      return -20;
    }
    double bow = lm.containsKey(context) ? lm.get(context)[1] : 0;
    int space = context.indexOf(' ');
    return bow + logProb(lm, space < 0 ? "" : context.substring(space + 1), word);
  }
}
