package org.isnad.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.isnad.text.Document;
import org.isnad.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {
  private static final TextAnalyzer ANALYZER = TextAnalyzer.standard();

  private static Document doc(String text) {
    return ANALYZER.analyze("t", text, "auto", null);
  }

  /** Each quote as "depth:inner" with "|" marking the end of a span that has no closing mark. */
  private static List<String> quotes(String text) {
    Document d = doc(text);
    return QuoteFinder.standard().find(d).stream().map(q -> q.depth() + ":" + d.slice(q.inner())).toList();
  }

  private static List<String> spans(String text) {
    Document d = doc(text);
    return QuoteFinder.standard().find(d).stream().map(q -> d.slice(q.span())).toList();
  }

  @Test
  void findsQuoteSpanningTwoSentences() {
    String text = "قال: “نحن مستعدون. سنعمل معه.” وانتهى.";
    assertThat(doc(text).sentences()).hasSizeGreaterThan(2);
    assertThat(quotes(text)).containsExactly("0:نحن مستعدون. سنعمل معه.");
  }

  @Test
  void closesUnclosedQuoteAtParagraphEnd() {
    String text = "وقال: «سنواصل العمل حتى النهاية  \nوقال آخر: «لا».";
    assertThat(spans(text)).containsExactly("«سنواصل العمل حتى النهاية", "«لا»");
  }

  @Test
  void nestsQuoteInsideQuote() {
    String text = "وقال: “أعتقد أن “إيلون” سيفعل الشيء الصحيح”.";
    Document d = doc(text);
    List<Quote> found = QuoteFinder.standard().find(d);
    assertThat(found).extracting(Quote::depth).containsExactly(0, 1);
    assertThat(found.get(0).encloses(found.get(1))).isTrue();
    assertThat(d.slice(found.get(1).span())).isEqualTo("“إيلون”");
  }

  @Test
  void nestsSingleQuotesInsideDoubleQuotes() {
    assertThat(quotes("\"He told me 'never again' twice,\" she said."))
        .containsExactly("0:He told me 'never again' twice,", "1:never again");
  }

  @Test
  void nestsGuillemetsInsideCurlyQuotes() {
    assertThat(quotes("قال: “وصفها بأنها «كارثة» حقيقية”.")).containsExactly("0:وصفها بأنها «كارثة» حقيقية", "1:كارثة");
  }

  @Test
  void ignoresStrayCloser() {
    assertThat(quotes("قال الوزير إن الأمر انتهى» ثم غادر «القاعة».")).containsExactly("0:القاعة");
  }

  @Test
  void pairsClosingGlyphsUsedOnBothSides() {
    assertThat(quotes("بشأن علاقات ” ماسك ” القوية مع ترامب.")).containsExactly("0:ماسك");
  }

  @Test
  void pairsOpeningGlyphUsedToClose() {
    assertThat(quotes("وقال “نعم“ ثم غادر.")).containsExactly("0:نعم");
  }

  @Test
  void pairsReversedGuillemets() {
    assertThat(quotes("أعلنت »ميتا« عن تبرع.")).containsExactly("0:ميتا");
  }

  @Test
  void pairsStraightQuotesUsedBothWays() {
    assertThat(quotes("\"Yes,\" he said, \"and \"Stargate\" too.\"")).containsExactly("0:Yes,", "0:and \"Stargate\" too.",
        "1:Stargate");
  }

  @Test
  void opensStraightQuoteGluedToArabicConjunction() {
    assertThat(quotes("وقال إن \"شركتي \"ألفا\" و\"بيتا\" ستندمجان\".")).containsExactly(
        "0:شركتي \"ألفا\" و\"بيتا\" ستندمجان", "1:ألفا", "1:بيتا");
  }

  @Test
  void opensQuoteGluedToPrepositionWithTatweel() {
    assertThat(quotes("تبرعت لـ«ميتا» وبـ“جوجل”.")).containsExactly("0:ميتا", "0:جوجل");
  }

  @Test
  void pairsLowAndSingleAngleMarks() {
    assertThat(quotes("Er sagte „ja“ und ‹nein› dazu.")).containsExactly("0:ja", "0:nein");
  }

  @Test
  void closesCurlyOpenerWithStraightCloser() {
    assertThat(quotes("He called it “Stargate\" and left.")).containsExactly("0:Stargate");
  }

  @Test
  void ignoresApostrophesInEnglishWords() {
    assertThat(quotes("Trump's team don't know the students' plans for the '90s revival.")).isEmpty();
  }

  @Test
  void ignoresApostrophesInTransliterations() {
    assertThat(quotes("Sana'a, the Qur’an, al-‘Aziz and Ka‘ba were named.")).isEmpty();
  }

  @Test
  void keepsApostropheInsideSingleQuote() {
    assertThat(quotes("'Don't go,' she said.")).containsExactly("0:Don't go,");
  }

  @Test
  void dropsSingleQuoteLeftOpen() {
    assertThat(quotes("Tell 'em it is over.")).isEmpty();
  }

  @Test
  void dropsEmptyQuotes() {
    assertThat(quotes("He said \"\" and « » nothing.")).isEmpty();
  }

  @Test
  void skipsHeaderBlock() {
    assertThat(quotes("title: \"Headline\"\ndate: 2024-12-13\n\nقال «نعم».")).containsExactly("0:نعم");
  }

  @Test
  void keepsBidiMarksOutOfInnerSpan() {
    assertThat(quotes("قال \u200F«\u200Fنعم\u200F»\u200F ثم غادر.")).containsExactly("0:نعم");
  }

  @Test
  void ordersQuotesByStartOuterFirst() {
    Document d = doc("«أ “ب” ج» و«د»");
    List<Quote> found = QuoteFinder.standard().find(d);
    assertThat(found).extracting(q -> q.span().start()).isSorted();
    assertThat(found).extracting(Quote::depth).containsExactly(0, 1, 0);
  }

  @Test
  void marksSeedSpeechAndNames() {
    String text = "لم يبدو “ألتمان” قلقًا. وقال: “أعتقد أن “إيلون” سيفعل الشيء الصحيح.";
    Document d = doc(text);
    assertThat(QuoteFinder.standard().find(d)).extracting(q -> d.slice(q.inner()), Quote::speech).containsExactly(
        org.assertj.core.groups.Tuple.tuple("ألتمان", false),
        org.assertj.core.groups.Tuple.tuple("أعتقد أن “إيلون” سيفعل الشيء الصحيح.", true),
        org.assertj.core.groups.Tuple.tuple("إيلون", false));
  }
}
