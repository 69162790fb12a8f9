package org.isnad.eval.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AlignerTest {
  @Test
  void learnsWhichLettersWriteWhichSounds() {
    // Consonant skeletons in "Arabic" (capitals), vowels added in "English".
    List<String> src = List.of("SM", "MS", "SMR", "RMS", "MR", "RS", "SR", "MRS");
    List<String> tgt = List.of("sam", "mas", "samir", "rames", "mar", "ras", "sar", "maris");
    List<Aligner.Alignment> a = new Aligner(3).align(src, tgt, 10);
    for (int p = 0; p < src.size(); p++) {
      assertThat(a.get(p).units()).hasSize(src.get(p).length());
      assertThat(String.join("", a.get(p).units().stream().map(u -> u.substring(2)).toList())).isEqualTo(tgt.get(p));
      for (String unit : a.get(p).units()) {
        // Each consonant carries its own sound, and vowels ride along with it.
        assertThat(unit.substring(2)).as(unit).contains(unit.substring(0, 1).toLowerCase(java.util.Locale.ROOT));
      }
    }
  }

  @Test
  void givesNullWhenTheTargetIsTooLong() {
    assertThat(new Aligner(2).align(List.of("S"), List.of("sams"), 3)).containsExactly((Aligner.Alignment) null);
  }
}
