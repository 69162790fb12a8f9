package org.isnad.recognize;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.isnad.text.Document;
import org.isnad.text.TextAnalyzer;
import org.isnad.text.ar.ArabicNormalizer;
import org.junit.jupiter.api.Test;

/**
 * Measures, not asserts: how many gold statement quotes of the dev sets a speech quote covers
 * (word-Jaccard at least 0.5, as FACTS.md matches statements), and how many are missed or
 * found but called a name. Not in the default run (surefire skips *IT); run it with
 * {@code mvn -o test -pl isnad-core -am -Dtest=QuoteRecallIT -Dsurefire.failIfNoSpecifiedTests=false}.
 * Prints figures only, never text of the articles.
 */
class QuoteRecallIT {
  @Test
  void measuresGoldQuoteRecall() throws IOException {
    String shared = System.getProperty("isnad.shared");
    assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "eval")), "isnad.shared is not set");
    for (String set : List.of("dev", "dev-en")) {
      int gold = 0;
      int found = 0;
      int asName = 0;
      int speech = 0;
      int speechMatched = 0;
      List<Path> files;
      try (Stream<Path> s = Files.list(Path.of(shared, "eval", set))) {
        files = s.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList();
      }
      for (Path g : files) {
        Path txt = Path.of(g.toString().replace(".gold.json", ".txt"));
        JsonNode facts = new ObjectMapper().readTree(g.toFile()).path("facts");
        String text = Files.readString(txt, StandardCharsets.UTF_8);
        Document doc = TextAnalyzer.standard().analyze(txt.getFileName().toString(), text, "auto", null);
        List<Quote> quotes = QuoteFinder.standard().find(doc);
        List<Set<String>> said = new ArrayList<>();
        for (JsonNode f : facts) {
          if (f.path("type").asText().equals("statement")) {
            said.add(words(f.path("quote").asText(f.path("content").asText(""))));
            if (f.path("required").asBoolean(true) && f.hasNonNull("quote")) {
              gold++;
              Set<String> w = words(f.path("quote").asText());
              boolean s = quotes.stream().anyMatch(q -> q.speech() && jaccard(w, words(doc.slice(q.inner()))) >= 0.5);
              boolean n = quotes.stream().anyMatch(q -> !q.speech() && jaccard(w, words(doc.slice(q.inner()))) >= 0.5);
              found += s ? 1 : 0;
              asName += !s && n ? 1 : 0;
            }
          }
        }
        for (Quote q : quotes) {
          if (q.speech() && q.depth() == 0) {
            speech++;
            Set<String> w = words(doc.slice(q.inner()));
            speechMatched += said.stream().anyMatch(x -> jaccard(w, x) >= 0.5 || x.containsAll(w)) ? 1 : 0;
          }
        }
      }
      System.out.printf(Locale.ROOT, "%s: %d required gold quotes, %d covered by a speech quote, %d found but called"
          + " a name; %d outer speech quotes, %d of them match a gold statement%n", set, gold, found, asName, speech,
          speechMatched);
    }
  }

  private static Set<String> words(String s) {
    Set<String> out = new HashSet<>(Arrays.asList(ArabicNormalizer.normalize(s).toLowerCase(Locale.ROOT)
        .split("[^\\p{L}\\p{N}]+")));
    out.remove("");
    return out;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    return union.isEmpty() ? 0 : (double) both.size() / union.size();
  }
}
