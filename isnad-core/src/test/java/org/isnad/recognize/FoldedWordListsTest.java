package org.isnad.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Stream;
import org.isnad.text.ar.ArabicNormalizer;
import org.junit.jupiter.api.Test;

/**
 * Word lists that are compared with tokens' folded forms must hold folded words themselves: a
 * list entry written with its hamza seat (هيئة، دائرة) never matches, since tokens arrive as
 * هييه، دايره.
 */
class FoldedWordListsTest {
  private static void assertFolded(Set<String> words) {
    assertThat(words).allSatisfy(w -> assertThat(ArabicNormalizer.normalize(w)).as(w).isEqualTo(w));
  }

  @Test
  void headNounsAreFolded() {
    assertFolded(NameRules.AR_HEADS.keySet());
    assertFolded(NameRules.KEEP_HEAD);
    assertFolded(NameRules.BRAND_WORDS);
  }

  @Test
  void functionWordsAreFolded() {
    assertFolded(Set.copyOf(Stream.of(ArabicWords.FUNCTION.toArray(new String[0]))
        .filter(w -> !w.isEmpty() && w.charAt(0) >= 0x0600).toList()));
  }

  @Test
  void aGovernmentBodyAnnouncedByItsHeadNounIsFound() {
    org.isnad.text.Document doc = org.isnad.text.TextAnalyzer.standard().analyze("t",
        "وجهت هيئة مكافحة الفساد اتهامات إلى المدير السابق لهيئة الموانئ.\n", "ar", null);
    assertThat(new HeadNouns().find(doc, java.util.List.of())).extracting(Mention::name)
        .contains("هييه مكافحه الفساد");
  }
}
