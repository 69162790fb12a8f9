package org.isnad.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.isnad.extract.Extractor;
import org.isnad.fact.FactsJson;
import org.isnad.text.TextDecoder;

/** A few short articles written for these tests, Arabic and English, and one that cannot be read. */
final class Corpus {
  static final ObjectMapper JSON = new ObjectMapper();

  /** id → the article file's text; the header keys are in the order the job writes them. */
  static final Map<String, String> ARTICLES = new LinkedHashMap<>();

  static {
    ARTICLES.put("ar-donation", """
        url: https://example.org/ar/1
        date: 2024-03-14
        title: تبرع لصندوق التعليم

        أعلن رجل الأعمال خالد المنصور يوم الأحد تبرعه بمبلغ خمسة ملايين ريال لصندوق دعم التعليم في جدة.
        وقال المنصور في بيان: "التعليم هو أساس المستقبل".
        وأكدت إدارة الصندوق أنها تسلمت المبلغ.
        """);
    ARTICLES.put("ar-meeting", """
        التقى وزير الخارجية فيصل بن فرحان نظيره الأمريكي أنتوني بلينكن في الرياض أمس.
        وقالت الوزارة إن الجانبين بحثا التعاون الاقتصادي.
        وأعلنت شركة أرامكو أنها استحوذت على حصة في شركة سابك مقابل 69 مليار دولار.
        """);
    ARTICLES.put("en-settlement", """
        url: https://example.org/en/2
        date: 2023-11-02
        title: Acme settles

        Acme Corp agreed to pay $5 million to settle a lawsuit brought by the city of Springfield, \
        the company said on Tuesday.
        "We are glad to put this behind us," said Jane Doe, Acme's chief executive.
        """);
    ARTICLES.put("en donation", """
        The Gates Foundation donated $2 million to the Red Cross last year, according to a statement.
        Bill Gates met Emmanuel Macron in Paris to discuss the pledge 😀.
        """);
  }

  /** Not UTF-8: a lone continuation byte and 0xFF. ("en donation" has a space in its file name, as files do.) */
  static final byte[] BROKEN = {'t', 'i', 't', 'l', 'e', ':', ' ', 'x', '\n', '\n', (byte) 0xC3, '(', ' ', (byte) 0xFF, '\n'};

  private Corpus() {}

  /** The articles as files of a directory, plus broken.txt. */
  static Path writeTextDirectory(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (Map.Entry<String, String> a : ARTICLES.entrySet()) {
      Files.writeString(dir.resolve(a.getKey() + ".txt"), a.getValue(), StandardCharsets.UTF_8);
    }
    Files.write(dir.resolve("broken.txt"), BROKEN);
    return dir;
  }

  /** The same articles as records: the header's fields as fields, the body as text; bad lines after them. */
  static Path writeJsonLines(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, String> a : ARTICLES.entrySet()) {
      lines.add(record(a.getKey(), a.getValue()).toString());
      lines.add("");
    }
    lines.add("{\"id\": \"empty\", \"text\": \"  \"}");
    lines.add("{\"id\": \"no-text\", \"title\": \"a record without its text\"}");
    lines.add("{\"id\": \"cut\", \"text\": \"a line cut in the mid");
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  /** A record of one article file; the English one names its date "published", as some feeds do. */
  static ObjectNode record(String id, String file) {
    ObjectNode r = JSON.createObjectNode();
    r.put("id", id);
    String body = file;
    if (file.startsWith("url: ")) {
      int end = file.indexOf("\n\n");
      for (String line : file.substring(0, end).split("\n")) {
        String key = line.substring(0, line.indexOf(':'));
        r.put(key.equals("date") && id.startsWith("en") ? "published" : key, line.substring(key.length() + 2));
      }
      body = file.substring(end + 2);
    }
    r.put("lang", id.substring(0, 2));
    r.put("text", body);
    return r;
  }

  /** What {@code isnad extract FILE...} prints for the directory's files, by doc id (its own code path). */
  static Map<String, JsonNode> extractFiles(Path dir) throws IOException {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        String id = name.substring(0, name.lastIndexOf('.'));
        TextDecoder.Result r = TextDecoder.decode(Files.readAllBytes(f));
        String line = r.ok() ? FactsJson.write(Extractor.standard().extract(id, r.text(), "auto", null))
            : FactsJson.error(id, f.toString(), r.error());
        out.put(id, JSON.readTree(line));
      }
    }
    return out;
  }

  /** The job's JSON Lines (every part file under DIR/jsonl), by doc id; a repeated id fails. */
  static Map<String, JsonNode> readJsonLines(Path output) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    try (Stream<Path> parts = Files.list(output.resolve("jsonl"))) {
      for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
          JsonNode n = JSON.readTree(line);
          if (out.put(n.path("doc").path("id").asText(), n) != null) {
            throw new AssertionError("doc id printed twice: " + n.path("doc").path("id"));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
