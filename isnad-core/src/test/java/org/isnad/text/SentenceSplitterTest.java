package org.isnad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private static final TextAnalyzer ANALYZER = TextAnalyzer.standard();

  private static Document read(String text) {
    return ANALYZER.analyze("t", text, "auto", null);
  }

  private static List<String> sentences(String text) {
    Document doc = read(text);
    return doc.sentences().stream().map(s -> doc.slice(s.span())).toList();
  }

  private static List<String> nonBody(String text) {
    Document doc = read(text);
    return doc.sentences().stream().filter(s -> !s.body()).map(s -> doc.slice(s.span())).toList();
  }

  @Test
  void endsHeadlineWithoutStopAtLineBreak() {
    assertThat(sentences("ساعد مليارديرات التكنولوجيا في تمويل حفل التنصيب\nيحاول المسؤولون تخفيف التوترات."))
        .containsExactly("ساعد مليارديرات التكنولوجيا في تمويل حفل التنصيب", "يحاول المسؤولون تخفيف التوترات.");
  }

  @Test
  void keepsCaptionWithoutStopAsOneSentence() {
    assertThat(sentences("Jeff Bezos at the Kennedy space summit in 2019\n\nAmazon"))
        .containsExactly("Jeff Bezos at the Kennedy space summit in 2019", "Amazon");
  }

  @Test
  void countsEachLineAsParagraph() {
    Document doc = read("الأول. الثاني.\n\nالثالث.");
    assertThat(doc.sentences()).extracting(Sentence::paragraph).containsExactly(0, 0, 1);
  }

  @Test
  void marksArabicReadMoreLineAsNotBody() {
    String text = "تبرعت الشركة بمليون دولار.\nاقرأ المزيد: بذل ماسك جهده. ماذا تعني رئاسة ترامب؟\nوقال ألتمان.";
    assertThat(nonBody(text)).containsExactly("اقرأ المزيد: بذل ماسك جهده.", "ماذا تعني رئاسة ترامب؟");
  }

  @Test
  void marksReadAlsoWithHamzaAndTanweenAsNotBody() {
    assertThat(nonBody("إقرأ أيضاً: ماذا تعرف عن العقود\nتبرع بيزوس.")).containsExactly("إقرأ أيضاً: ماذا تعرف عن العقود");
  }

  @Test
  void marksEnglishReadMoreAndPhotoLinesAsNotBody() {
    String text = "Meta gave $1 million.\nRead more: What Musk wants from Trump\nPhoto: Getty Images\nIt was a record.";
    assertThat(nonBody(text)).containsExactly("Read more: What Musk wants from Trump", "Photo: Getty Images");
  }

  @Test
  void splitsBracketedPhotoCreditOffCaption() {
    Document doc = read("يخطط ألتمان للتبرع بمليون دولار. (إريك ريسبيرج / أسوشيتد برس)");
    assertThat(doc.sentences()).extracting(s -> doc.slice(s.span()), Sentence::body)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("يخطط ألتمان للتبرع بمليون دولار.", true),
            org.assertj.core.groups.Tuple.tuple("(إريك ريسبيرج / أسوشيتد برس)", false));
  }

  @Test
  void splitsCreditFromCaptionWithoutStop() {
    assertThat(nonBody("Jeff Bezos at a summit in 2019 (Photo by Jane Doe/Getty Images)"))
        .containsExactly("(Photo by Jane Doe/Getty Images)");
  }

  @Test
  void keepsBracketedMonthPairInBody() {
    assertThat(nonBody("وقعت محاولة الاغتيال في شهر (يوليو/تموز)")).isEmpty();
  }

  @Test
  void keepsBodyLineStartingLikeFurnitureWord() {
    assertThat(nonBody("Watchdog groups said the donation was legal.\nشاهد عيان قال إن الحريق كبير.")).isEmpty();
  }

  @Test
  void marksBylineAsNotBody() {
    assertThat(nonBody("By Jane Smith\nThe company said it gave $1 million.")).containsExactly("By Jane Smith");
  }

  @Test
  void marksArabicBylineAsNotBody() {
    assertThat(nonBody("كتب- سامي العلي\nكتب الوزير مقالا طويلا عن الاقتصاد.")).containsExactly("كتب- سامي العلي");
  }

  @Test
  void keepsSpacedArabicAcronymInsideSentence() {
    assertThat(sentences("اشترت شبكة إيه. بي. سي حصة في الفريق. ثم باعتها."))
        .containsExactly("اشترت شبكة إيه. بي. سي حصة في الفريق.", "ثم باعتها.");
  }

  @Test
  void keepsGluedArabicAcronymInsideSentence() {
    assertThat(sentences("ظهر الوزير على شبكة (إن.بي.سي) مساء أمس. وتحدث طويلا."))
        .containsExactly("ظهر الوزير على شبكة (إن.بي.سي) مساء أمس.", "وتحدث طويلا.");
  }

  @Test
  void doesNotEndSentenceAfterTitles() {
    assertThat(sentences("Mr. Altman met Dr. Smith, Sens. Reed and Gen. Jones. They talked."))
        .containsExactly("Mr. Altman met Dr. Smith, Sens. Reed and Gen. Jones.", "They talked.");
  }

  @Test
  void doesNotEndSentenceAfterArabicDoctorAbbreviation() {
    assertThat(sentences("التقى د. محمد العلي بالوزير. ثم غادر."))
        .containsExactly("التقى د. محمد العلي بالوزير.", "ثم غادر.");
  }

  @Test
  void endsSentenceAfterEraLetterFollowingYear() {
    assertThat(sentences("تأسست الشركة عام 1990م. ثم توسعت."))
        .containsExactly("تأسست الشركة عام 1990م.", "ثم توسعت.");
  }

  @Test
  void keepsInitialismInsideSentence() {
    assertThat(sentences("The U.S. government fined the firm. It paid."))
        .containsExactly("The U.S. government fined the firm.", "It paid.");
  }

  @Test
  void endsSentenceAtInitialismBeforeStarterWord() {
    assertThat(sentences("He moved to the U.S. The firm followed."))
        .containsExactly("He moved to the U.S.", "The firm followed.");
  }

  @Test
  void keepsCompanySuffixUnlessStarterFollows() {
    assertThat(sentences("Amazon.com Inc. said it would donate. It gave to Apple Inc. The fund agreed."))
        .containsExactly("Amazon.com Inc. said it would donate.", "It gave to Apple Inc.", "The fund agreed.");
  }

  @Test
  void keepsMonthAbbreviationBeforeDay() {
    assertThat(sentences("The attack on Jan. 6 shocked Washington. Trump left."))
        .containsExactly("The attack on Jan. 6 shocked Washington.", "Trump left.");
  }

  @Test
  void keepsInitialsInName() {
    assertThat(sentences("John F. Kennedy spoke. J. R. Smith listened."))
        .containsExactly("John F. Kennedy spoke.", "J. R. Smith listened.");
  }

  @Test
  void keepsNumberAbbreviationOnlyBeforeNumber() {
    assertThat(sentences("It ranked No. 1 again. He said no. Then he left."))
        .containsExactly("It ranked No. 1 again.", "He said no.", "Then he left.");
  }

  @Test
  void keepsDecimalsInsideSentence() {
    assertThat(sentences("Revenue rose 3.5 percent to $1.25 billion. Profit fell."))
        .containsExactly("Revenue rose 3.5 percent to $1.25 billion.", "Profit fell.");
  }

  @Test
  void keepsArabicDecimalsInsideSentence() {
    assertThat(sentences("ارتفعت الإيرادات ٣٫٥ بالمئة إلى ١٬٢٥٠ مليون دولار. وتراجع الربح."))
        .containsExactly("ارتفعت الإيرادات ٣٫٥ بالمئة إلى ١٬٢٥٠ مليون دولار.", "وتراجع الربح.");
  }

  @Test
  void endsSentenceAfterYear() {
    assertThat(sentences("He donated in 2017. Amazon gave in 2021."))
        .containsExactly("He donated in 2017.", "Amazon gave in 2021.");
  }

  @Test
  void endsSentenceAtEllipsisBeforeNewSentence() {
    assertThat(sentences("وانتظر الجميع... ثم جاء القرار."))
        .containsExactly("وانتظر الجميع...", "ثم جاء القرار.");
  }

  @Test
  void keepsEllipsisBeforeLowerCaseWord() {
    assertThat(sentences("He waited… and then he left. Nobody knew."))
        .containsExactly("He waited… and then he left.", "Nobody knew.");
  }

  @Test
  void treatsSpacedEllipsisAsOneMark() {
    assertThat(sentences("Wait . . . then go. Stop . . . Now.")).containsExactly("Wait . . . then go.", "Stop . . .",
        "Now.");
  }

  @Test
  void keepsBracketedOmissionInsideSentence() {
    assertThat(sentences("\"We will […] win this,\" he said. Then he left."))
        .containsExactly("\"We will […] win this,\" he said.", "Then he left.");
  }

  @Test
  void keepsClosingQuoteWithItsSentence() {
    assertThat(sentences("وقال بيزوس: “سأساعده.” وغادر القاعة."))
        .containsExactly("وقال بيزوس: “سأساعده.”", "وغادر القاعة.");
  }

  @Test
  void keepsClosingGuillemetAndBracketWithSentence() {
    assertThat(sentences("قال «نحن مستعدون.») ثم صمت. (ولم يعلق أحد.) وانتهى."))
        .containsExactly("قال «نحن مستعدون.»)", "ثم صمت.", "(ولم يعلق أحد.)", "وانتهى.");
  }

  @Test
  void startsNextSentenceWithOpeningStraightQuote() {
    assertThat(sentences("He left. \"We will win,\" he said."))
        .containsExactly("He left.", "\"We will win,\" he said.");
  }

  @Test
  void keepsSpeechTagAfterExclamationInQuote() {
    assertThat(sentences("\"Stop!\" he shouted. They stopped."))
        .containsExactly("\"Stop!\" he shouted.", "They stopped.");
  }

  @Test
  void keepsArabicSpeechVerbAfterQuotedQuestion() {
    assertThat(sentences("«هل هذا عادل؟» قال الوزير. ثم صمت."))
        .containsExactly("«هل هذا عادل؟» قال الوزير.", "ثم صمت.");
  }

  @Test
  void splitsQuoteSpanningTwoSentences() {
    assertThat(sentences("قال: “نحن مستعدون. سنعمل معه.” وانتهى."))
        .containsExactly("قال: “نحن مستعدون.", "سنعمل معه.”", "وانتهى.");
  }

  @Test
  void endsUnclosedQuoteSentenceAtParagraphEnd() {
    assertThat(sentences("وقال المتحدث: «سنواصل العمل مع الشركاء\nوفي سياق آخر، ارتفعت الأسهم."))
        .containsExactly("وقال المتحدث: «سنواصل العمل مع الشركاء", "وفي سياق آخر، ارتفعت الأسهم.");
  }

  @Test
  void keepsQuestionVerbAfterQuotedQuestion() {
    assertThat(sentences("«لماذا الآن؟» تساءل الوزير. ثم صمت.")).containsExactly("«لماذا الآن؟» تساءل الوزير.", "ثم صمت.");
  }

  @Test
  void endsSentencesAtArabicQuestionAndExclamationMarks() {
    assertThat(sentences("ماذا تعني رئاسة ترامب؟ إنها مفاجأة! ولم يعلق أحد."))
        .containsExactly("ماذا تعني رئاسة ترامب؟", "إنها مفاجأة!", "ولم يعلق أحد.");
  }

  @Test
  void keepsMixedMarksTogether() {
    assertThat(sentences("هل هذا معقول؟! لا أحد يعرف."))
        .containsExactly("هل هذا معقول؟!", "لا أحد يعرف.");
  }

  @Test
  void doesNotEndSentenceAtArabicSemicolon() {
    assertThat(sentences("رفضت الشركة التعليق؛ إذ أكدت أنها ستنتظر. ثم صدر بيان."))
        .containsExactly("رفضت الشركة التعليق؛ إذ أكدت أنها ستنتظر.", "ثم صدر بيان.");
  }

  @Test
  void keepsDomainNamesInsideSentence() {
    assertThat(sentences("Amazon.com gave more. Meta gave less."))
        .containsExactly("Amazon.com gave more.", "Meta gave less.");
  }

  @Test
  void endsSentenceAtMissingSpaceBetweenArabicWords() {
    assertThat(sentences("فاز ترامب.ماذا تعرف")).containsExactly("فاز ترامب.", "ماذا تعرف");
  }

  @Test
  void keepsSentencesInsideBodyStart() {
    Document doc = read("title: عنوان\ndate: 2024-12-13\n\nتبرعت ميتا. وتبرع ألتمان.");
    assertThat(doc.sentences()).hasSize(2);
    assertThat(doc.sentences().get(0).start()).isEqualTo(doc.bodyStart());
  }
}
