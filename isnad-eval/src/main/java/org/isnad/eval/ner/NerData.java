package org.isnad.eval.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.isnad.recognize.ner.Gazetteer;
import org.isnad.text.ar.ArabicNormalizer;

/**
 * Where the NER training and test data come from, fixed so that training reproduces the
 * shipped model. ANERcorp's CAMeL split gives train and test; AQMAR's 28 Wikipedia articles
 * give more training text, with five articles (one or two per domain) held out as a second test.
 */
final class NerData {
  static final String ANER_TRAIN = "anercorp/ANERcorp_reconstructed_train.txt";
  static final String ANER_TEST = "anercorp/ANERcorp_reconstructed_test.txt";
  /** The AQMAR articles held out for testing: history, science, sports, technology, history. */
  static final Set<String> AQMAR_TEST = Set.of("Crusades.txt", "Enrico_Fermi.txt", "Real_Madrid.txt", "Linux.txt",
      "Imam_Hussein_Shrine.txt");

  private NerData() {}

  /** The data folder: {@code shared/data} when {@code shared} is the shared folder, else {@code shared}. */
  static Path dataDir(Path shared) {
    Path data = shared.resolve("data");
    return Files.isDirectory(data.resolve("anercorp")) ? data : shared;
  }

  static List<Path> aqmarFiles(Path shared, boolean test) throws IOException {
    try (Stream<Path> s = Files.list(shared.resolve("aqmar"))) {
      return s.filter(p -> p.getFileName().toString().endsWith(".txt"))
          .filter(p -> !p.getFileName().toString().equals("SOURCE.txt"))
          .filter(p -> AQMAR_TEST.contains(p.getFileName().toString()) == test)
          .sorted()
          .toList();
    }
  }

  /**
   * AQMAR's training sentences for the tagger. Its MISC is article-specific (particles in
   * Atom, software in Linux) and unlike ANERcorp's, so {@code mode} says what to do with it:
   * keep it, read it as O, or skip the sentences that have it.
   */
  static List<NerCorpus.Sentence> aqmarForTraining(Path shared, String mode) throws IOException {
    List<NerCorpus.Sentence> out = new ArrayList<>();
    for (NerCorpus.Sentence s : aqmar(shared, false)) {
      boolean misc = s.tags().stream().anyMatch(t -> t.endsWith("MISC"));
      if (!misc || mode.equals("keep")) {
        out.add(s);
      } else if (mode.equals("o")) {
        out.add(new NerCorpus.Sentence(s.words(), s.tags().stream().map(t -> t.endsWith("MISC") ? "O" : t).toList()));
      }
    }
    return out;
  }

  static List<NerCorpus.Sentence> aqmar(Path shared, boolean test) throws IOException {
    List<NerCorpus.Sentence> out = new ArrayList<>();
    for (Path p : aqmarFiles(shared, test)) {
      out.addAll(NerCorpus.read(p));
    }
    return out;
  }

  /**
   * Gazetteers from shippable lists only: Wikidata person-name tokens (CC0), Arabic given
   * names and country names (ISC / MIT npm packages), world cities (CC BY 4.0), and word
   * counts of the UN test sets' Arabic side. ANERgazet is left out: it is distributed "for
   * research purposes" with no licence to ship. {@code training} is the labeled training text:
   * its common words are kept out of the name lists, and its words join the unlabeled text that
   * word classes of {@code clusterSizes} granularities are learned from (none when empty).
   */
  static Gazetteer gazetteer(Path shared, List<NerCorpus.Sentence> training, List<Integer> clusterSizes)
      throws IOException {
    Set<String> commonWords = commonWords(training);
    Gazetteer.Builder b = Gazetteer.builder();
    for (String line : lines(shared.resolve("translit_wikidata_netranslit/wd_arabic.normalized.aligned.tokens"))) {
      String[] f = line.split("\t");
      String name = f.length >= 2 ? ArabicNormalizer.normalize(f[1].replace(" ", "")) : "";
      if (name.length() >= 2 && !commonWords.contains(name)) {
        b.add(Gazetteer.Kind.PERSON_TOKEN, name);
      }
    }
    List<String> names = lines(shared.resolve("aliases_npm/arabic_given_names_to_english__arabic-name-to-en_1.0.6.tsv"));
    for (String line : names.subList(1, names.size())) {
      String name = ArabicNormalizer.normalize(line.split("\t")[0]);
      if (!commonWords.contains(name)) {
        b.add(Gazetteer.Kind.GIVEN_NAME, name);
      }
    }
    List<String> countries = lines(shared.resolve("aliases_npm/country_names_en_ar__i18n-iso-countries_7.14.0.tsv"));
    for (String line : countries.subList(1, countries.size())) {
      String[] f = line.split("\t");
      if (f.length >= 3) {
        for (String name : f[2].split("\\|")) {
          b.add(Gazetteer.Kind.COUNTRY, name);
        }
      }
    }
    List<String> cities = lines(shared.resolve("gazetteer_world_cities_en_ar/world-cities.csv"));
    for (String line : cities.subList(1, cities.size())) {
      String[] f = line.split("\",\"");
      if (f.length >= 3) {
        b.add(Gazetteer.Kind.COUNTRY, f[0].replace("\"", "").replace("\uFEFF", ""));
        String city = f[2].replace("\"", "");
        b.add(Gazetteer.Kind.CITY, city);
        for (String lead : new String[] {"ولاية ", "محافظة ", "مدينة "}) {
          if (city.startsWith(lead)) {
            b.add(Gazetteer.Kind.CITY, city.substring(lead.length()));
          }
        }
      }
    }
    // Plain reference text for word frequency and letter odds: UN documents (UN terms: credit the UN).
    for (String file : new String[] {"UNv1.0.devset.ar", "UNv1.0.testset.ar"}) {
      for (String line : lines(shared.resolve("un_v1_testsets_ar_en").resolve(file))) {
        b.addText(line);
      }
    }
    addClusterText(shared, training, clusterSizes, b);
    return b.build();
  }

  /**
   * Unlabeled text for the word classes, all shippable: the training sentences' words (never the
   * test split's), the ARCD Arabic Wikipedia paragraphs (CC BY-SA) and the UN test sets' Arabic side.
   */
  private static void addClusterText(Path shared, List<NerCorpus.Sentence> training, List<Integer> sizes,
      Gazetteer.Builder b) throws IOException {
    if (sizes.isEmpty()) {
      return;
    }
    b.clusterSizes(sizes.stream().mapToInt(Integer::intValue).toArray());
    for (NerCorpus.Sentence s : training) {
      b.addClusterText(String.join(" ", s.words()));
    }
    for (String file : new String[] {"UNv1.0.devset.ar", "UNv1.0.testset.ar"}) {
      for (String line : lines(shared.resolve("un_v1_testsets_ar_en").resolve(file))) {
        b.addClusterText(line);
      }
    }
    JsonNode arcd = new ObjectMapper().readTree(shared.resolve("arcd_arwiki_ar/arcd.json").toFile());
    Set<String> seen = new HashSet<>();
    for (JsonNode article : arcd.path("data")) {
      for (JsonNode p : article.path("paragraphs")) {
        String text = p.path("context").asText("");
        if (seen.add(text)) {
          for (String sentence : text.split("(?<=[.!؟?])\\s+")) {
            b.addClusterText(sentence);
          }
        }
      }
    }
  }

  /**
   * Words the training text uses mostly outside names (في, الدين, رئيس), which the name-token
   * lists also hold by accident; they are kept out of those lists so the feature stays sharp.
   */
  static Set<String> commonWords(List<NerCorpus.Sentence> training) {
    Map<String, int[]> counts = new HashMap<>();
    for (NerCorpus.Sentence s : training) {
      for (int i = 0; i < s.words().size(); i++) {
        int[] c = counts.computeIfAbsent(ArabicNormalizer.normalize(s.words().get(i)), k -> new int[2]);
        c[s.tags().get(i).equals("O") ? 0 : 1]++;
      }
    }
    Set<String> out = new HashSet<>();
    counts.forEach((w, c) -> {
      if (c[0] >= 10 && c[0] > 4 * c[1]) {
        out.add(w);
      }
    });
    return out;
  }

  private static List<String> lines(Path p) throws IOException {
    return Files.readAllLines(p, StandardCharsets.UTF_8);
  }
}
