package org.isnad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.isnad.ingest.WarcRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {
  @TempDir Path dir;

  static final String AR = "أعلنت مؤسسة الخير الخيرية يوم الثلاثاء عن تبرع بمبلغ خمسة ملايين دولار لصالح مستشفى الملك"
      + " في مدينة الرياض، في خطوة قالت إنها تهدف إلى توسيع قسم علاج الأطفال وشراء أجهزة حديثة للتشخيص. وقال رئيس"
      + " مجلس إدارة المؤسسة سامي الحربي في بيان إن التبرع يأتي ضمن برنامج يمتد ثلاث سنوات لدعم القطاع الصحي.";
  static final String EN = "The Gulf Fund said on Monday it had paid two hundred million dollars for a stake in a port"
      + " operator in Oman, and its chairman said the board had approved a further investment in logistics firms.";

  private List<String[]> rows(Path db, String sql) throws SQLException {
    List<String[]> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); ResultSet r = c.createStatement().executeQuery(sql)) {
      while (r.next()) {
        String[] row = new String[r.getMetaData().getColumnCount()];
        for (int i = 0; i < row.length; i++) {
          row[i] = r.getString(i + 1);
        }
        out.add(row);
      }
    }
    return out;
  }

  @Test
  void ingestsEveryFormatOfADirectory() throws IOException, SQLException {
    Path in = Files.createDirectories(dir.resolve("in/sub"));
    Files.writeString(in.resolve("a.txt"), "title: خبر نصي\ndate: 2024-03-05\n\n" + AR, StandardCharsets.UTF_8);
    Files.writeString(in.resolve("b.html"), "<html><head><meta property=og:title content='خبر من صفحة'>"
        + "<meta property=og:site_name content='الخليج'></head><body><nav>القائمة</nav><article><p>" + EN
        + "</p></article></body></html>", StandardCharsets.UTF_8);
    Files.writeString(in.resolve("c.jsonl"), "{\"id\":\"j1\",\"text\":\"" + AR.replace("خمسة", "ستة")
        + "\",\"title\":\"خبر من سطر\",\"url\":\"https://e.org/j1\"}\n{broken\n{\"text\":\"La fondation a annoncé"
        + " mardi un don de cinq millions de dollars pour un hôpital de la ville, et le président a dit que le don"
        + " est une partie du programme.\"}\n", StandardCharsets.UTF_8);
    byte[] page = ("<html><head><title>خبر من أرشيف</title></head><body><p>" + EN.replace("two", "three")
        + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream warc = new ByteArrayOutputStream();
    warc.write(WarcRecords.gzip(WarcRecords.record("response", "https://e.org/w",
        WarcRecords.httpResponse(200, "text/html; charset=utf-8", page))));
    Files.write(in.resolve("d.warc.gz"), warc.toByteArray());
    Path db = dir.resolve("t.db");

    CliRun r = CliRun.of("ingest", "--db", db.toString(), "--no-progress", dir.resolve("in").toString());

    assertThat(r.out()).contains("isnad ingest: 6 documents (4 new, 0 unchanged, 1 errors, 1 skipped languages,",
        "2 near-duplicate groups");
    assertThat(r.err()).contains("c.jsonl:2: not valid JSON", "c.jsonl:3: skipped: looks like French");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(rows(db, "SELECT title, outlet, lang FROM documents ORDER BY title")).extracting(x -> String.join("|", x))
        .containsExactly("خبر من أرشيف|null|en", "خبر من سطر|null|ar", "خبر من صفحة|الخليج|en", "خبر نصي|null|ar");
  }

  @Test
  void readsStandardInput() throws IOException, SQLException {
    Path db = dir.resolve("s.db");
    var old = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream(("{\"text\":\"" + AR + "\"}\n").getBytes(StandardCharsets.UTF_8)));
      CliRun r = CliRun.of("ingest", "--db", db.toString(), "-");
      assertThat(r.exit()).isZero();
      assertThat(r.out()).contains("1 documents (1 new");
    } finally {
      System.setIn(old);
    }
    assertThat(rows(db, "SELECT path FROM documents")).extracting(x -> x[0]).containsExactly("<stdin>:1");
  }

  @Test
  void showsProgressOnlyWhenAsked() throws IOException {
    Path f = Files.writeString(dir.resolve("p.txt"), AR, StandardCharsets.UTF_8);
    CliRun shown = CliRun.of("ingest", "--db", dir.resolve("p.db").toString(), "--progress", f.toString());
    assertThat(shown.err()).contains("\r1 documents, ", " documents/s").endsWith("\r\033[K");
    CliRun hidden = CliRun.of("ingest", "--db", dir.resolve("q.db").toString(), "--no-progress", f.toString());
    assertThat(hidden.err()).doesNotContain("documents/s");
  }

  @Test
  void rejectsAnUnknownLanguageOption() {
    CliRun r = CliRun.of("ingest", "--db", dir.resolve("x.db").toString(), "--lang", "fr", dir.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--lang must be ar, en or auto");
  }
}
