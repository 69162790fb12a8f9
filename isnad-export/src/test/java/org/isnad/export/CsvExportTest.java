package org.isnad.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.isnad.store.GlobalFact;
import org.isnad.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV tables read back with Apache Commons CSV give the store's values, Arabic, quotes and line breaks included. */
class CsvExportTest {
  @TempDir Path dir;
  Store store;

  @BeforeEach
  void fill() {
    store = Sample.open(dir);
  }

  @AfterEach
  void close() {
    store.close();
  }

  static List<CSVRecord> read(Path file, String... header) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
      assertThat(p.getHeaderNames()).as("header of %s", file.getFileName()).containsExactly(header);
      return p.getRecords();
    }
  }

  @Test
  void tablesReadBackAsTheStoreHoldsThem() throws IOException {
    Path out = dir.resolve("csv");
    Counts c = Export.write(Selection.all(store), Format.CSV, out, null);
    List<CSVRecord> entities = read(out.resolve("entities.csv"), CsvExport.ENTITIES);
    List<CSVRecord> facts = read(out.resolve("facts.csv"), CsvExport.FACTS);
    List<CSVRecord> roles = read(out.resolve("roles.csv"), CsvExport.ROLES);
    List<CSVRecord> evidence = read(out.resolve("evidence.csv"), CsvExport.EVIDENCE);
    assertThat(entities).hasSize(c.entities());
    assertThat(facts).hasSize(c.facts());
    assertThat(evidence).hasSize(c.evidences());

    Map<String, CSVRecord> entityById = entities.stream().collect(Collectors.toMap(r -> r.get("entity_id"), Function.identity()));
    long nour = store.findEntities(Sample.NOUR).get(0).id();
    assertThat(entityById.get(String.valueOf(nour)).get("name")).isEqualTo(Sample.NOUR);
    assertThat(entityById.get(String.valueOf(nour)).get("aliases")).contains("Nour, Foundation");

    List<GlobalFact> stored = store.facts(new Store.Query(null, null, null, null, 0));
    assertThat(facts).extracting(r -> r.get("fact_id")).containsExactlyElementsOf(stored.stream().map(f -> String.valueOf(f.id())).toList());
    CSVRecord donation = facts.get(0);
    assertThat(donation.get("type")).isEqualTo("donation");
    assertThat(donation.get("amount")).isEqualTo("3000000");
    assertThat(donation.get("evidences")).isEqualTo("3");
    assertThat(donation.get("reports")).as("the wire story's two copies are one report").isEqualTo("2");
    assertThat(donation.get("roles")).contains("donor=" + Sample.NOUR + " (" + Sample.NOUR_EN + ") [" + nour + "]");

    Set<String> factIds = facts.stream().map(r -> r.get("fact_id")).collect(Collectors.toSet());
    assertThat(roles).allSatisfy(r -> {
      assertThat(factIds).contains(r.get("fact_id"));
      assertThat(entityById).containsKey(r.get("entity_id"));
    });
    assertThat(evidence).allSatisfy(r -> assertThat(factIds).contains(r.get("fact_id")));
    assertThat(evidence).extracting(r -> r.get("sentence")).contains(Sample.DONATION_SENTENCE);
    assertThat(evidence).extracting(r -> r.get("outlet")).contains("وكالة \"الخليج\", للأنباء", "Gulf, Times");
    assertThat(evidence).extracting(r -> r.get("title")).contains("Deals, \"rivals\" and a\nban", "خبر التبرع");
    Set<String> stories = new HashSet<>();
    evidence.stream().filter(r -> r.get("doc_id").startsWith("wire-")).forEach(r -> stories.add(r.get("story")));
    assertThat(stories).hasSize(1);
  }

  @Test
  void anyTextSurvivesTheCsvWriter() {
    qt().withExamples(300).forAll(lists().of(strings().allPossible().ofLengthBetween(0, 12)).ofSizeBetween(1, 4))
        .checkAssert(values -> {
          try {
            Path f = Files.createTempFile(dir, "p", ".csv");
            String[] header = new String[values.size()];
            for (int i = 0; i < header.length; i++) {
              header[i] = "c" + i;
            }
            try (Csv csv = new Csv(f, header)) {
              csv.row(values.toArray());
            }
            List<CSVRecord> back = read(f, header);
            assertThat(back).hasSize(1);
            for (int i = 0; i < header.length; i++) {
              assertThat(back.get(0).get(i)).isEqualTo(Text.clean(values.get(i)));
            }
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }

  @Test
  void cleaningKeepsCleanTextAndDropsWhatXmlForbids() {
    assertThat(Text.clean("مؤسسة \"النور\"\n, 😀\t")).isEqualTo("مؤسسة \"النور\"\n, 😀\t");
    assertThat(Text.clean("a\u0000b\u0007c\uD800d\uDC00e\uFFFF")).isEqualTo("abcde");
    qt().forAll(strings().allPossible().ofLengthBetween(0, 30)).checkAssert(s -> {
      String c = Text.clean(s);
      assertThat(c.codePoints()).allMatch(cp -> cp == 9 || cp == 10 || cp == 13 || cp >= 0x20 && cp != 0xFFFE && cp != 0xFFFF
          && !(cp >= 0xD800 && cp <= 0xDFFF));
      assertThat(Text.clean(c)).isEqualTo(c);
    });
  }
}
