package org.isnad.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BandBucketsTest {
  @Test
  void holdsWhatAMapOfListsHolds() {
    // Few distinct keys (0..40, negative and zero included) so that buckets fill and the table grows.
    qt().forAll(lists().of(longs().between(-20, 20)).ofSizeBetween(0, 3000), integers().between(0, 5))
        .checkAssert((keys, spread) -> {
          BandBuckets b = new BandBuckets();
          Map<Long, List<Integer>> model = new HashMap<>();
          for (int i = 0; i < keys.size(); i++) {
            long key = keys.get(i) * (spread == 0 ? 1 : 0x9E3779B97F4A7C15L * spread);
            b.add(key, i);
            model.computeIfAbsent(key, k -> new ArrayList<>()).add(0, i);
          }
          for (Map.Entry<Long, List<Integer>> e : model.entrySet()) {
            List<Integer> got = new ArrayList<>();
            b.forEach(e.getKey(), got::add);
            assertThat(got).isEqualTo(e.getValue());
            assertThat(b.count(e.getKey())).isEqualTo(e.getValue().size());
          }
          assertThat(b.count(12345L)).isZero();
        });
  }

  @Test
  void growsPastThousandsOfDistinctKeys() {
    BandBuckets b = new BandBuckets();
    for (int i = 0; i < 100_000; i++) {
      b.add(i * 0x9E3779B97F4A7C15L, i);
    }
    List<Integer> got = new ArrayList<>();
    b.forEach(77_777 * 0x9E3779B97F4A7C15L, got::add);
    assertThat(got).containsExactly(77_777);
  }
}
