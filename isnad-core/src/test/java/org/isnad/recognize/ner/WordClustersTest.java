package org.isnad.recognize.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Word classes from unlabeled text: words used in the same slots end up together. */
class WordClustersTest {
  private static final String[] VERBS = {"قال", "أعلن", "أكد", "نفى"};
  private static final String[] PEOPLE = {"سمير", "ليلى", "كريم", "هدى", "نادر"};
  private static final String[] PLACES = {"تونس", "عمان", "بيروت", "الرباط"};

  /** Invented sentences: a verb, a person, في, a place. */
  private static List<String[]> corpus() {
    Random r = new Random(3);
    List<String[]> out = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      out.add(new String[] {VERBS[r.nextInt(VERBS.length)], PEOPLE[r.nextInt(PEOPLE.length)], "في",
          PLACES[r.nextInt(PLACES.length)]});
    }
    return out;
  }

  private static int classOf(Map<String, Integer> classes, String word, int level) {
    return WordClusters.unpack(classes.get(word), level);
  }

  @Test
  void groupsWordsUsedInTheSameSlot() {
    Map<String, Integer> classes = WordClusters.learn(corpus(), new int[] {4}, 2, 20);
    for (String[] group : new String[][] {VERBS, PEOPLE, PLACES}) {
      for (String w : group) {
        assertThat(classOf(classes, w, 0)).as(w).isEqualTo(classOf(classes, group[0], 0));
      }
    }
    assertThat(classOf(classes, PEOPLE[0], 0)).isNotEqualTo(classOf(classes, PLACES[0], 0));
    assertThat(classOf(classes, VERBS[0], 0)).isNotEqualTo(classOf(classes, PEOPLE[0], 0));
  }

  @Test
  void leavesRareWordsUnclustered() {
    List<String[]> text = corpus();
    text.add(new String[] {"قال", "زياد", "في", "طنجة"});
    Map<String, Integer> classes = WordClusters.learn(text, new int[] {4, 8}, 2, 20);
    assertThat(classes).doesNotContainKeys("زياد", "طنجة").containsKeys("سمير", "تونس");
  }

  @Test
  void learnsTheSameClassesTwice() {
    assertThat(WordClusters.learn(corpus(), new int[] {3, 6}, 2, 20))
        .isEqualTo(WordClusters.learn(corpus(), new int[] {3, 6}, 2, 20));
  }
}
