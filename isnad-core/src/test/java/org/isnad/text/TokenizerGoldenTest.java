package org.isnad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tokenizer against tokenizer-golden.tsv: each line is an input (with \\uXXXX escapes for
 * invisible characters), then the expected tokens as {@code surface/KIND} separated by spaces,
 * where KIND is A(rabic), L(atin), N(umber), P(unct), Q(uote) or S(ymbol), and an Arabic
 * token shows its clitic pieces in brackets when it has any: {@code وبالمبلغ/A[و+ب+ال+مبلغ]}.
 */
class TokenizerGoldenTest {
  private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");
  private static final Tokenizer TOKENIZER = Tokenizer.standard();

  record Case(int line, String input, String expected, String note) {
    @Override
    public String toString() {
      return line + ": " + note;
    }
  }

  static List<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    try (InputStream in = TokenizerGoldenTest.class.getResourceAsStream("tokenizer-golden.tsv")) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t");
        out.add(new Case(n, unescape(f[0]), unescape(f[1]), f.length > 2 ? f[2] : f[0]));
      }
    }
    return out;
  }

  static String unescape(String s) {
    Matcher m = ESCAPE.matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }
    return m.appendTail(b).toString();
  }

  static String render(String text, List<Token> tokens) {
    return tokens.stream().map(t -> {
      String s = text.substring(t.start(), t.end()) + "/" + t.kind().name().charAt(0);
      if (t.kind() == Token.Kind.ARABIC && !(t.prefix().isEmpty() && t.suffix().isEmpty())) {
        s += "[" + String.join("+", new org.isnad.text.ar.CliticSegmenter.Parts(t.prefix(), t.stem(), t.suffix())
            .pieces()) + "]";
      }
      return s;
    }).collect(Collectors.joining(" "));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void tokenizesAsTheGoldenTableSays(Case c) {
    List<Token> tokens = TOKENIZER.tokenize(c.input(), 0, c.input().length());
    assertThat(render(c.input(), tokens)).as(c.note()).isEqualTo(c.expected());
  }
}
