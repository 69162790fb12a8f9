package org.isnad.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.text.Document;
import org.isnad.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

class SpeechCuesTest {
  private static final TextAnalyzer ANALYZER = TextAnalyzer.standard();

  private static List<String> cues(String text) {
    Document doc = ANALYZER.analyze("t", text, "auto", null);
    return SpeechCues.standard().find(doc, doc.sentences().get(0)).stream()
        .map(c -> doc.slice(c.span(doc.tokens())) + "=" + c.lemma() + "/" + c.type()).toList();
  }

  @Test
  void findsArabicVerbWithConjunction() {
    assertThat(cues("وقال ألتمان في بيان إن الرئيس سيقود البلاد.")).containsExactly("وقال=قال/SAY");
  }

  @Test
  void findsFeminineAndPresentForms() {
    assertThat(cues("قالت الوزيرة إنها تقول الحقيقة.")).containsExactly("قالت=قال/SAY", "تقول=قال/SAY");
  }

  @Test
  void findsVerbWrittenWithHamzaAndTanween() {
    assertThat(cues("وأكّدت الشركة الخبر، مؤكداً أنها ستتبرع.")).containsExactly("وأكّدت=أكد/SAY", "مؤكداً=أكد/SAY");
  }

  @Test
  void findsFutureVerbButNotFuturePrefixOnPast() {
    assertThat(cues("وسيقول الرئيس كلمته.")).containsExactly("وسيقول=قال/SAY");
  }

  @Test
  void findsAttributionPhrasesWithTheirPreposition() {
    assertThat(cues("وفقًا لـ الصحيفة، ونقلا عن مصادر، وبحسب الوكالة.")).containsExactly("وفقًا لـ=وفقا/SOURCE",
        "ونقلا عن=نقلا عن/SOURCE", "وبحسب=بحسب/SOURCE");
  }

  @Test
  void findsAttributionGluedToSource() {
    assertThat(cues("والتقى بترامب، وفقًا للصحيفة.")).containsExactly("وفقًا=وفقا/SOURCE");
  }

  @Test
  void needsTongueAfterAlaForAttribution() {
    assertThat(cues("جاء ذلك على لسان الوزير علي حسن.")).containsExactly("على لسان=على لسان/SOURCE");
  }

  @Test
  void typesWritingAndDenial() {
    assertThat(cues("كتب ماسك على إكس ونفى المتحدث الخبر.")).containsExactly("كتب=كتب/WRITE", "ونفى=نفى/DENY");
  }

  @Test
  void findsEnglishCues() {
    assertThat(cues("He told reporters, according to the filing, that he denied it and wrote back."))
        .containsExactly("told=say/SAY", "according to=according to/SOURCE", "denied=deny/DENY",
            "wrote=write/WRITE");
  }

  @Test
  void acceptsCapitalizedCueOnlyAtClauseStart() {
    assertThat(cues("According to Reuters, the United States Says nothing.")).containsExactly(
        "According to=according to/SOURCE");
  }

  @Test
  void ignoresAccordingWithoutTo() {
    assertThat(cues("They acted accordingly and according as planned.")).isEmpty();
  }

  @Test
  void ignoresNamesThatLookLikeVerbs() {
    assertThat(cues("التقى علي بالوزير في المقال.")).isEmpty();
  }
}
