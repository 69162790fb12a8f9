package org.isnad.recognize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NumberParserTest {

  static Stream<Arguments> numbers() {
    return GoldenTable.rows("numbers.tsv").stream().map(r -> Arguments.of(r[0], r[1]));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("numbers")
  void readsNumberExpressionsInDigitsAndWords(String text, String expected) {
    OptionalDouble v = NumberParser.parse(text);
    if (expected.equals("-")) {
      assertThat(v).isEmpty();
    } else {
      assertThat(v).isPresent();
      double want = Double.parseDouble(expected);
      assertThat(v.getAsDouble()).isCloseTo(want, within(Math.abs(want) * 1e-9));
    }
  }

  @Test
  void refusesTwoNumbersSideBySide() {
    assertThat(NumberParser.parse("5 3")).isEmpty();
  }

  @Test
  void readsADotBeforeThreeDigitsAsDecimalOnlyBeforeAScaleWord() {
    assertThat(Digits.value("1.500", false)).isEqualTo(1500);
    assertThat(Digits.value("1.500", true)).isEqualTo(1.5);
  }
}
