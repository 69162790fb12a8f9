package org.isnad.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.isnad.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Neo4j files follow neo4j-admin's header conventions, every relationship joins nodes that exist, and the script reads them. */
class Neo4jExportTest {
  private static final List<String> NODES = List.of("entities.csv", "facts.csv", "articles.csv");
  private static final List<String> RELATIONSHIPS = List.of("roles.csv", "links.csv", "evidence.csv");
  @TempDir Path dir;
  Store store;
  Path out;

  @BeforeEach
  void export() throws IOException {
    store = Sample.open(dir);
    out = dir.resolve("neo4j");
    Export.write(Selection.all(store), Format.NEO4J, out, null);
  }

  @AfterEach
  void close() {
    store.close();
  }

  /** A file's header and rows, read with Neo4j's own quoting rules (RFC 4180: doubled quotes, quoted line breaks). */
  private Map.Entry<List<String>, List<CSVRecord>> read(String file) throws IOException {
    try (Reader r = Files.newBufferedReader(out.resolve(file), StandardCharsets.UTF_8);
        CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
      return Map.entry(p.getHeaderNames(), p.getRecords());
    }
  }

  @Test
  void headersFollowNeo4jAdminImport() throws IOException {
    for (String f : NODES) {
      List<String> header = read(f).getKey();
      assertThat(header.stream().filter(h -> h.endsWith(":ID"))).as(f).hasSize(1);
      assertThat(header).as(f).contains(":LABEL");
    }
    for (String f : RELATIONSHIPS) {
      assertThat(read(f).getKey()).as(f).startsWith(":START_ID", ":END_ID", ":TYPE");
    }
    for (String f : NODES) {
      var file = read(f);
      for (CSVRecord r : file.getValue()) {
        for (String h : file.getKey()) {
          String v = r.get(h);
          if (!v.isEmpty() && h.endsWith(":int") || !v.isEmpty() && h.endsWith(":long")) {
            Long.parseLong(v);
          } else if (!v.isEmpty() && h.endsWith(":double")) {
            Double.parseDouble(v);
          } else if (h.endsWith(":boolean")) {
            assertThat(v).isIn("true", "false");
          }
        }
      }
    }
  }

  @Test
  void everyRelationshipJoinsNodesThatExist() throws IOException {
    Set<String> ids = new HashSet<>();
    Map<String, String> labels = new TreeMap<>();
    for (String f : NODES) {
      var file = read(f);
      String idColumn = file.getKey().stream().filter(h -> h.endsWith(":ID")).findFirst().orElseThrow();
      for (CSVRecord r : file.getValue()) {
        assertThat(ids.add(r.get(idColumn))).as("ids are unique across node files").isTrue();
        labels.put(r.get(idColumn), r.get(":LABEL"));
      }
    }
    int relationships = 0;
    for (String f : RELATIONSHIPS) {
      for (CSVRecord r : read(f).getValue()) {
        assertThat(ids).as(f).contains(r.get(":START_ID"), r.get(":END_ID"));
        assertThat(r.get(":TYPE")).matches("[A-Z_]+");
        relationships++;
      }
    }
    assertThat(relationships).isGreaterThan(30);
    long nour = store.findEntities(Sample.NOUR).get(0).id();
    assertThat(labels.get("e" + nour)).isEqualTo("Entity;Organization");
    assertThat(labels.get("f1")).isEqualTo("Fact;Donation");
  }

  @Test
  void arabicQuotesCommasAndLineBreaksReadBackUnchanged() throws IOException {
    long nour = store.findEntities(Sample.NOUR).get(0).id();
    assertThat(read("entities.csv").getValue()).filteredOn(r -> r.get("id:ID").equals("e" + nour))
        .singleElement().satisfies(r -> {
          assertThat(r.get("name")).isEqualTo(Sample.NOUR);
          assertThat(r.get("aliases:string[]").split(";")).contains("Nour, Foundation", Sample.NOUR_EN);
        });
    assertThat(read("evidence.csv").getValue()).extracting(r -> r.get("sentence")).contains(Sample.DONATION_SENTENCE);
    assertThat(read("articles.csv").getValue()).extracting(r -> r.get("outlet")).contains("وكالة \"الخليج\", للأنباء");
  }

  @Test
  void theCypherScriptReadsOnlyFilesAndColumnsThatExist() throws IOException {
    String cypher = Files.readString(out.resolve("import.cypher"), StandardCharsets.UTF_8);
    Matcher load = Pattern.compile("LOAD CSV WITH HEADERS FROM 'file:///([^']+)' AS row\\n(.*?);\\n", Pattern.DOTALL).matcher(cypher);
    int statements = 0;
    Set<String> types = new HashSet<>();
    while (load.find()) {
      statements++;
      List<String> header = read(load.group(1)).getKey();
      Matcher col = Pattern.compile("row\\.(`([^`]+)`|(\\w+))").matcher(load.group(2));
      while (col.find()) {
        String name = col.group(2) != null ? col.group(2) : col.group(3);
        assertThat(header).as("%s has column %s", load.group(1), name).contains(name);
      }
      Matcher type = Pattern.compile("row\\.`:TYPE` = '([A-Z_]+)'").matcher(load.group(2));
      if (type.find()) {
        types.add(type.group(1));
      }
    }
    assertThat(statements).isGreaterThan(30);
    for (String f : RELATIONSHIPS) {
      read(f).getValue().forEach(r -> assertThat(types).as("the script loads %s relationships", r.get(":TYPE"))
          .contains(r.get(":TYPE")));
    }
    assertThat(cypher).contains("neo4j-admin database import full", "--multiline-fields=true");
  }
}
