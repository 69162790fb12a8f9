package org.isnad.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.isnad.text.Document;
import org.isnad.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** The speech-or-name decision against a hand-written table (quotes-golden.tsv), compared exactly. */
class QuoteGoldenTest {
  private static final TextAnalyzer ANALYZER = TextAnalyzer.standard();

  record Case(int line, String labels, String text) {}

  static List<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    try (InputStream in = QuoteGoldenTest.class.getResourceAsStream("quotes-golden.tsv")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isBlank() || lines[i].startsWith("#")) {
          continue;
        }
        String[] cols = lines[i].split("\t", 2);
        out.add(new Case(i + 1, cols[0].equals("-") ? "" : cols[0], cols[1].replace("\\n", "\n")));
      }
    }
    return out;
  }

  static String labels(String text) {
    Document doc = ANALYZER.analyze("golden", text, "auto", null);
    return QuoteFinder.standard().find(doc).stream().map(q -> q.speech() ? "S" : "N")
        .collect(Collectors.joining());
  }

  @Test
  void tableHasEnoughCasesInBothLanguages() throws IOException {
    List<Case> cases = cases();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
    assertThat(cases).filteredOn(c -> c.text().matches("(?s).*[\\u0600-\\u06FF].*")).hasSizeGreaterThanOrEqualTo(30);
    assertThat(cases).filteredOn(c -> !c.text().matches("(?s).*[\\u0600-\\u06FF].*")).hasSizeGreaterThanOrEqualTo(30);
  }

  @Test
  void labelsEveryQuoteOfTheGoldenTableAsSpeechOrName() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (Case c : cases()) {
      String got = labels(c.text());
      if (!got.equals(c.labels())) {
        wrong.add("line " + c.line() + ": expected " + c.labels() + " got " + got + "  " + c.text());
      }
    }
    assertThat(wrong).isEmpty();
  }
}
