package org.isnad.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.isnad.text.ar.ArabicNormalizer;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of the text layer on random input: any UTF-16 string, lone surrogates included,
 * and strings built from the pieces that trouble Arabic text (clitics, harakat, tatweel,
 * ligatures, digits and separators, bidi and zero-width controls, characters outside the BMP).
 */
class TextPropertiesTest {
  private static final Tokenizer TOKENIZER = Tokenizer.standard();
  private static final List<String> PIECES = List.of("و", "ب", "ال", "لل", "شركة", "واشنطن", "بيزوس", "ها", "هم",
      "َ", "ّ", "ٌ", "ـ", "ﻻ", "ﷲ", "ﺑ", "ﷺ", "﴾", "٫", "٬", ",", ".", "...", "١", "٢", "۳", "0", "9", "،", "؛",
      "؟", "«", "»", "“", "”", "'", "\"", "(", ")", "/", " ", "\n", "\u00A0", "\u202F", "\u200B", "\u200C",
      "\u200D", "\u200E", "\u200F", "\u202B", "\u202C", "\u2067", "\u2069", "\uFEFF", "\u00AD", "\uD800", "\uDC00",
      "😀", "𝐀", "\uDB40\uDC01", "U.S.", "OpenAI", "O'Brien", "G20", "é", "e\u0301", "\u0000", "\t");

  /** Any sequence of UTF-16 code units: unpaired surrogates, controls, unassigned code points. */
  private static Gen<String> anyUtf16() {
    return lists().of(integers().between(0, 0xFFFF)).ofSizeBetween(0, 60).map(units -> {
      StringBuilder b = new StringBuilder(units.size());
      units.forEach(u -> b.append((char) u.intValue()));
      return b.toString();
    });
  }

  private static Gen<String> arabicish() {
    return lists().of(arbitrary().pick(PIECES)).ofSizeBetween(0, 40).map(l -> String.join("", l));
  }

  private static Gen<String> texts() {
    return anyUtf16().mix(arabicish(), 60);
  }

  @Test
  void tokensAreValidIncreasingAndSpellTheirSurface() {
    qt().withExamples(3000).forAll(texts()).checkAssert(text -> {
      List<Token> tokens = TOKENIZER.tokenize(text, 0, text.length());
      int last = 0;
      for (int k = 0; k < tokens.size(); k++) {
        Token t = tokens.get(k);
        assertThat(t.index()).isEqualTo(k);
        assertThat(t.start()).isGreaterThanOrEqualTo(last);
        assertThat(t.end()).isGreaterThan(t.start()).isLessThanOrEqualTo(text.length());
        assertThat(t.norm()).isEqualTo(ArabicNormalizer.normalize(text.substring(t.start(), t.end())));
        assertThat(t.norm()).isNotEmpty();
        last = t.end();
      }
    });
  }

  @Test
  void tokensOfARangeStayInsideIt() {
    qt().withExamples(2000).forAll(texts(), integers().between(0, 60), integers().between(0, 60))
        .checkAssert((text, a, b) -> {
          int from = Math.min(Math.min(a, b), text.length());
          int to = Math.min(Math.max(a, b), text.length());
          for (Token t : TOKENIZER.tokenize(text, from, to)) {
            assertThat(t.start()).isGreaterThanOrEqualTo(from);
            assertThat(t.end()).isLessThanOrEqualTo(to);
          }
        });
  }

  @Test
  void tokensNeverSplitASurrogatePair() {
    qt().withExamples(2000).forAll(texts()).checkAssert(text -> {
      for (Token t : TOKENIZER.tokenize(text, 0, text.length())) {
        assertThat(isInsidePair(text, t.start())).as("start of %s", t).isFalse();
        assertThat(isInsidePair(text, t.end())).as("end of %s", t).isFalse();
      }
    });
  }

  @Test
  void cliticPartsAreFoldedPiecesOfTheWord() {
    qt().withExamples(2000).forAll(arabicish()).checkAssert(text -> {
      for (Token t : TOKENIZER.tokenize(text, 0, text.length())) {
        if (t.kind() == Token.Kind.ARABIC) {
          assertThat(t.stem()).isNotEmpty();
          assertThat(t.norm()).startsWith(t.prefix()).endsWith(t.suffix());
        }
      }
    });
  }

  @Test
  void normalizationIsIdempotent() {
    qt().withExamples(3000).forAll(texts()).checkAssert(text -> {
      String once = ArabicNormalizer.normalize(text);
      assertThat(ArabicNormalizer.normalize(once)).isEqualTo(once);
    });
  }

  @Test
  void normalizedTextMapsBackInsideTheOriginal() {
    qt().withExamples(3000).forAll(texts()).checkAssert(text -> {
      NormalizedText n = NormalizedText.of(text);
      assertThat(n.text()).isEqualTo(ArabicNormalizer.normalize(text));
      assertThat(n.original(n.length())).isEqualTo(text.length());
      int last = 0;
      for (int i = 0; i < n.length(); i++) {
        assertThat(n.original(i)).isBetween(last, text.length() - 1);
        last = n.original(i);
      }
      for (int i = 0; i <= n.length(); i++) {
        Span s = n.originalSpan(i, n.length());
        assertThat(s.end()).isLessThanOrEqualTo(text.length());
        assertThat(isInsidePair(text, s.start()) || isInsidePair(text, s.end())).isFalse();
      }
    });
  }

  @Test
  void analyzesAnyTextWithoutAnException() {
    qt().withExamples(1000).forAll(texts()).checkAssert(text -> {
      Document d = TextAnalyzer.standard().analyze("p", text, "auto", null);
      assertThat(d.codePointLength()).isEqualTo(text.codePointCount(0, text.length()));
      for (Sentence s : d.sentences()) {
        assertThat(s.start()).isLessThanOrEqualTo(s.end());
        assertThat(s.end()).isLessThanOrEqualTo(text.length());
      }
    });
  }

  @Test
  void codePointOffsetsCountCodePoints() {
    qt().withExamples(2000).forAll(texts()).checkAssert(text -> {
      Document d = new Document("p", text, Metadata.NONE, "ar");
      for (int i = 0; i <= text.length(); i++) {
        if (!isInsidePair(text, i)) {
          assertThat(d.codePointOffset(i)).isEqualTo(text.codePointCount(0, i));
        }
      }
    });
  }

  /** True when {@code i} falls between the two halves of a surrogate pair. */
  private static boolean isInsidePair(String text, int i) {
    return i > 0 && i < text.length() && Character.isHighSurrogate(text.charAt(i - 1))
        && Character.isLowSurrogate(text.charAt(i));
  }
}
