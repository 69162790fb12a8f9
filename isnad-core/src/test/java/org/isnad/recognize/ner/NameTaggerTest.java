package org.isnad.recognize.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.isnad.text.Document;
import org.isnad.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** The shipped model: it loads, and it finds the obvious names of a sentence written for this test. */
class NameTaggerTest {
  private static final TextAnalyzer ANALYZER = TextAnalyzer.standard();

  private static List<NameMention> tag(Document doc) {
    return NameTagger.standard().tag(doc);
  }

  private static String found(Document doc, List<NameMention> names, NameClass type) {
    return names.stream().filter(m -> m.type() == type).map(m -> doc.slice(m.span())).toList().toString();
  }

  @Test
  void findsAPersonAndACity() {
    String text = "وقال الرئيس الفرنسي إيمانويل ماكرون في مؤتمر صحفي في باريس إن المحادثات كانت مثمرة.";
    Document doc = ANALYZER.analyze("t1", text, "ar", null);
    List<NameMention> names = tag(doc);
    assertThat(found(doc, names, NameClass.PERS)).contains("إيمانويل ماكرون");
    assertThat(found(doc, names, NameClass.LOC)).contains("باريس");
  }

  @Test
  void findsAnOrganization() {
    String text = "وأعلنت وزارة الخارجية الأمريكية أن الأمم المتحدة ستعقد اجتماعا في نيويورك الأسبوع المقبل.";
    Document doc = ANALYZER.analyze("t2", text, "ar", null);
    List<NameMention> names = tag(doc);
    assertThat(found(doc, names, NameClass.ORG)).contains("الأمم المتحدة");
    assertThat(found(doc, names, NameClass.LOC)).contains("نيويورك");
  }

  @Test
  void keepsOffsetsOnTokenBoundaries() {
    String text = "التقى وزير الخارجية السعودي فيصل بن فرحان بنظيره الأردني أيمن الصفدي في عمّان، وناقشا الوضع في غزة.";
    Document doc = ANALYZER.analyze("t3", text, "ar", null);
    for (NameMention m : tag(doc)) {
      assertThat(m.start()).isEqualTo(doc.tokens().get(m.firstToken()).start());
      assertThat(m.end()).isEqualTo(doc.tokens().get(m.endToken() - 1).end());
      assertThat(doc.slice(m.span())).isNotBlank();
    }
  }

  @Test
  void givesValidSpansForAnyText() {
    qt().withExamples(200).forAll(strings().betweenCodePoints(0x20, 0x6FF).ofLengthBetween(0, 80)).checkAssert(text -> {
      Document doc = ANALYZER.analyze("p", text, "ar", null);
      for (NameMention m : tag(doc)) {
        assertThat(m.start()).isBetween(0, text.length());
        assertThat(m.end()).isBetween(m.start() + 1, text.length());
        assertThat(m.firstToken()).isLessThan(m.endToken());
      }
    });
  }
}
