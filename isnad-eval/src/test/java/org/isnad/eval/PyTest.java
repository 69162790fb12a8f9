package org.isnad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Python semantics the scorer relies on; expected values printed by python3 3.11. */
class PyTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "0.1|0.1", "0.3333333333333333|0.3333333333333333", "1e16|1e+16", "1.5e16|1.5e+16",
      "1e-5|1e-05", "0.0001|0.0001", "123456789012345678.0|1.2345678901234568e+17", "4.9e-324|5e-324",
      "1e22|1e+22", "100.0|100.0", "1e15|1000000000000000.0", "-0.0|-0.0", "Infinity|inf"})
  void printsFloatsAsPythonRepr(double value, String python) {
    assertThat(PyFloat.repr(value)).isEqualTo(python);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "0.125|0.12|0.125", "0.375|0.38|0.375", "1.005|1.00|1.005", "2.675|2.67|2.675", "0.005|0.01|0.005",
      "0.015|0.01|0.015", "0.994999|0.99|0.995", "0.9995|1.00|1.000", "-0.001|-0.00|-0.001"})
  void roundsFixedDecimalsOnTheExactBinaryValue(double value, String twoPlaces, String threePlaces) {
    assertThat(PyFloat.fixed(value, 2)).isEqualTo(twoPlaces);
    assertThat(PyFloat.fixed(value, 3)).isEqualTo(threePlaces);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1_000|1000.0", "' 12 '|12.0", "١٢٣|123.0", "1e6|1000000.0", "1.|1.0", ".5|0.5", "١٢٣.٥|123.5",
      "1_000.5_5|1000.55", "1e1_0|1e10", "+.5e-3|0.0005"})
  void parsesFloatsAsPythonFloatDoes(String text, double value) {
    assertThat(PyFloat.parse(text)).hasValue(value);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"1__0", "_1", "0x10", "1d", "''", "1e", "١٢٣x"})
  void refusesWhatPythonFloatRefuses(String text) {
    assertThat(PyFloat.parse(text)).isEmpty();
  }

  @Test
  void parsesInfinityAndNan() {
    assertThat(PyFloat.parse("-Infinity")).hasValue(Double.NEGATIVE_INFINITY);
    OptionalDouble nan = PyFloat.parse("nAn");
    assertThat(nan).isPresent();
    assertThat(Double.isNaN(nan.getAsDouble())).isTrue();
  }

  @Test
  void dumpsJsonAsPythonWithIndent() throws Exception {
    JsonNode n = PyJson.MAPPER.readTree("{\"a\":[1,2.0,\"x\\\"\\n\\u2028\",null,true,{}],\"b\":{},\"c\":[]}");
    assertThat(PyJson.dumps(n, 1)).isEqualTo(
        "{\n \"a\": [\n  1,\n  2.0,\n  \"x\\\"\\n\u2028\",\n  null,\n  true,\n  {}\n ],\n \"b\": {},\n \"c\": []\n}");
  }

  @Test
  void dumpsJsonAsPythonOnOneLine() throws Exception {
    JsonNode n = PyJson.MAPPER.readTree("{\"a\":[1,2.5e-7,\"ت\"],\"b\":{\"c\":null}}");
    assertThat(PyJson.dumps(n)).isEqualTo("{\"a\": [1, 2.5e-07, \"ت\"], \"b\": {\"c\": null}}");
  }

  @Test
  void printsNestedValuesAsPythonRepr() throws Exception {
    JsonNode n = PyJson.MAPPER.readTree("{\"a\":[1,\"it's\",null,true,1.5,\"\\u0001\\u200f\"]}");
    assertThat(Py.str(n)).isEqualTo("{'a': [1, \"it's\", None, True, 1.5, '\\x01\\u200f']}");
  }

  @Test
  void comparesNumbersAcrossIntFloatAndBool() throws Exception {
    JsonNode n = PyJson.MAPPER.readTree("[1, 1.0, true, \"1\", 0, false, null]");
    assertThat(Py.eq(n.get(0), n.get(1))).isTrue();
    assertThat(Py.eq(n.get(0), n.get(2))).isTrue();
    assertThat(Py.eq(n.get(0), n.get(3))).isFalse();
    assertThat(Py.eq(n.get(4), n.get(5))).isTrue();
    assertThat(Py.eq(n.get(6), null)).isTrue();
    assertThat(Py.key(n.get(1))).isEqualTo(Py.key(n.get(2)));
    assertThat(Py.key(n.get(0))).isNotEqualTo(Py.key(n.get(3)));
  }

  @Test
  void judgesTruthAsPython() throws Exception {
    JsonNode n = PyJson.MAPPER.readTree("[0, 0.0, \"\", [], {}, null, false, \"0\", [0], NaN]");
    for (int i = 0; i < 7; i++) {
      assertThat(Py.truthy(n.get(i))).as("item %d", i).isFalse();
    }
    for (int i = 7; i < 10; i++) {
      assertThat(Py.truthy(n.get(i))).as("item %d", i).isTrue();
    }
  }
}
