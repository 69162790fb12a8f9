package org.isnad.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a set of broken and hostile documents for the bad-input benchmark: binary data,
 * invalid UTF-8, NUL bytes, bidi overrides, hostile and deeply nested HTML, truncated gzip and
 * WARC files, broken JSON Lines, empty files, floods of tiny lines, absurd numbers, wrong
 * extensions, plus clean Arabic and English articles and other languages for contrast. Three
 * big ones are written once per set: a single line of {@code hugeBytes} in a {@code .txt} and
 * in a {@code .jsonl}, and a gzip bomb. The same seed gives the same files.
 */
public final class BadInput {
  /** What was written: the files, and how many of each kind. */
  public record Generated(Path dir, List<Path> files, Map<String, Integer> kinds) {}

  private static final String[] KINDS = {"binary", "invalid-utf8", "nul-bytes", "bidi", "html-hostile", "html-deep",
      "jsonl-broken", "warc-truncated-gzip", "warc-truncated", "warc-garbage", "empty", "tiny-lines", "good-ar",
      "good-en", "other-language", "long-word", "random-unicode", "wrong-extension", "absurd-numbers"};
  private static final String AR = "أعلنت مؤسسة الخير الخيرية يوم الثلاثاء عن تبرع بمبلغ %s مليون دولار لصالح مستشفى %s"
      + " في مدينة %s، وقال رئيس مجلس إدارتها %s إن التبرع يأتي ضمن برنامج لدعم القطاع الصحي.\n\n"
      + "وأضاف أن المؤسسة ستقدم منحة إضافية العام المقبل.\n";
  private static final String EN = "The %s Foundation said on Tuesday it had donated $%s million to %s Hospital in %s."
      + " Its chairman, %s, said the gift was part of a programme to support health care.\n\n"
      + "He added that a further grant would follow next year.\n";
  private static final String[] NAMES = {"سامي الحربي", "ليلى منصور", "خالد العتيبي", "Sam Altman", "نورة"};
  private static final String[] CITIES = {"الرياض", "جدة", "الدوحة", "بيروت", "عمّان"};

  private final SplittableRandom random;
  private final Path dir;
  private final int hugeBytes;

  private BadInput(Path dir, long seed, int hugeBytes) {
    this.dir = dir;
    this.random = new SplittableRandom(seed);
    this.hugeBytes = hugeBytes;
  }

  /**
   * Writes {@code count} small documents (files) of every kind in turn, plus the three big ones,
   * into {@code dir} (created if needed).
   */
  public static Generated write(Path dir, int count, long seed, int hugeBytes) throws IOException {
    Files.createDirectories(dir);
    BadInput g = new BadInput(dir, seed, hugeBytes);
    List<Path> files = new java.util.ArrayList<>();
    Map<String, Integer> kinds = new TreeMap<>();
    for (int i = 0; i < count; i++) {
      String kind = KINDS[i % KINDS.length];
      files.add(g.small(kind, i));
      kinds.merge(kind, 1, Integer::sum);
    }
    files.add(g.huge("huge-line.txt", false));
    files.add(g.huge("huge-line.jsonl", false));
    files.add(g.huge("gzip-bomb.jsonl.gz", true));
    kinds.put("huge", 3);
    return new Generated(dir, List.copyOf(files), kinds);
  }

  private Path small(String kind, int i) throws IOException {
    String base = String.format(java.util.Locale.ROOT, "%05d-%s", i, kind);
    return switch (kind) {
      case "binary" -> file(base + ".txt", bytes(100 + random.nextInt(5000)));
      case "invalid-utf8" -> file(base + ".txt", concat(goodAr().getBytes(Charset.forName("windows-1256")),
          new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF}));
      case "nul-bytes" -> file(base + (i % 2 == 0 ? ".txt" : ".html"), goodAr().replace("،", "\0").getBytes(StandardCharsets.UTF_8));
      case "bidi" -> file(base + ".txt", utf8(goodAr().replace("سامي", "\u202Eسامي\u202C").replace("مستشفى",
          "\u2066\u202Dمستشفى") + "\u202E\u202E\u202E" + "\u200F".repeat(100)));
      case "html-hostile" -> file(base + ".html", utf8(hostileHtml()));
      case "html-deep" -> file(base + ".html", utf8(deepHtml(1000 + random.nextInt(10_000))));
      case "jsonl-broken" -> file(base + ".jsonl", brokenJsonl());
      case "warc-truncated-gzip" -> file(base + ".warc.gz", cut(warc(true)));
      case "warc-truncated" -> file(base + ".warc", cut(warc(false)));
      case "warc-garbage" -> file(base + ".warc", utf8(List.of("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: -5\r\n\r\n",
          "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999999999999999999\r\n\r\nx",
          "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 1000000000\r\n\r\nshort",
          "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 10\r\n\r\nHTTP/1.1\r\n\r\n\r\n",
          "not a warc at all\n").get(random.nextInt(5))));
      case "empty" -> file(base + new String[] {".txt", ".html", ".jsonl", ".warc", ".warc.gz"}[random.nextInt(5)],
          new byte[][] {{}, utf8("   \n\t\n"), {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}}[random.nextInt(3)]);
      case "tiny-lines" -> file(base + (i % 2 == 0 ? ".txt" : ".jsonl"), utf8("ب\n".repeat(i % 2 == 0 ? 1000 + random.nextInt(9000) : 20_000 + random.nextInt(80_000))));
      case "good-ar" -> file(base + ".txt", utf8("title: تبرع\ndate: 2024-03-05\n\n" + goodAr()));
      case "good-en" -> file(base + ".txt", utf8(String.format(java.util.Locale.ROOT, EN, "Gulf", 1 + random.nextInt(900),
          "King", "Riyadh", "Sam Altman")));
      case "other-language" -> file(base + ".txt", utf8(List.of(
          "La fondation a annoncé mardi un don de cinq millions de dollars pour un hôpital de la ville, et le président"
              + " a dit que le don est une partie du programme.",
          "基金会周二宣布向该市一家医院捐赠五百万美元，董事长表示这笔捐款是支持医疗保健计划的一部分。",
          "بنیاد روز سه‌شنبه اعلام کرد که پنج میلیون دلار به بیمارستان شهر اهدا کرده است و این کمک برای بهداشت است.")
          .get(random.nextInt(3))));
      case "long-word" -> file(base + ".txt", utf8("تبرع".repeat(50_000 + random.nextInt(100_000))));
      case "random-unicode" -> file(base + ".txt", utf8(randomUnicode(1000 + random.nextInt(20_000))));
      case "wrong-extension" -> file(base + new String[] {".txt", ".html", ".warc", ".jsonl", ".warc.gz"}[random.nextInt(5)],
          new byte[][] {utf8(hostileHtml()), bytes(3000), utf8("{\"text\": \"" + "x".repeat(100) + "\"}\n"),
              utf8(goodAr())}[random.nextInt(4)]);
      case "absurd-numbers" -> file(base + ".txt", utf8(goodAr().replace("مليون", "9".repeat(400) + " مليار تريليون")
          + "\nفي 99/99/99999 دفع ١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦٧٨٩٠ ريال و 1e309 دولار و -0.000000001 يورو."));
      default -> throw new IllegalStateException(kind);
    };
  }

  private Path huge(String name, boolean bomb) throws IOException {
    Path p = dir.resolve(name);
    byte[] chunk = new byte[1 << 20];
    Arrays.fill(chunk, (byte) 'a');
    try (OutputStream raw = Files.newOutputStream(p);
        OutputStream out = bomb ? new GZIPOutputStream(raw, 1 << 16) : new java.io.BufferedOutputStream(raw)) {
      if (name.endsWith(".jsonl") || bomb) {
        out.write(utf8("{\"text\": \""));
      }
      for (long left = bomb ? 4L * hugeBytes : hugeBytes; left > 0; left -= chunk.length) {
        out.write(chunk, 0, (int) Math.min(chunk.length, left));
      }
      out.write(utf8("\"}\n{\"text\": \"" + goodAr().replace("\n", "\\n") + "\"}\n"));
    }
    return p;
  }

  private String goodAr() {
    return String.format(java.util.Locale.ROOT, AR, 1 + random.nextInt(900), "الملك", CITIES[random.nextInt(CITIES.length)],
        NAMES[random.nextInt(NAMES.length)]);
  }

  private String hostileHtml() {
    return "<!DOCTYPE html><html><head><title>عنوان<script>alert(1)</script></title>"
        + "<meta http-equiv=refresh content='0;url=javascript:alert(1)'><style>body{background:url(javascript:x)}</style>"
        + "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"headline\":" + "[".repeat(5000) + "}</script>"
        + "</head><body onload=alert(1)><nav>القائمة</nav><div class=share-buttons>شارك</div>"
        + "<img src=x onerror=\"fetch('http://127.0.0.1/'+document.cookie)\"><svg onload=alert(1)><script>x</script></svg>"
        + "<article><p>" + goodAr().replace("\n\n", "</p><p>") + "</p><iframe src=javascript:alert(1)></iframe>"
        + "<a href=\"javascript:alert(1)\" onclick=alert(2)>اقرأ أيضا: خبر آخر</a><!-- <script>alert(3)</script> -->"
        + "<![CDATA[ junk ]]><p>" + "<b><i><u>".repeat(300) + "نص" + "</p><textarea><script>alert(4)</script>"
        + "</article><div style=\"display:none\">مخفي</div></body></html>" + "<".repeat(random.nextInt(1000));
  }

  private String deepHtml(int depth) {
    StringBuilder b = new StringBuilder("<html><body>");
    String[] tags = {"div", "b", "i", "table", "span", "a", "p", "li", "font", "em"};
    for (int i = 0; i < depth; i++) {
      b.append('<').append(tags[random.nextInt(tags.length)]).append(" onclick=x>");
      if (i % 500 == 0) {
        b.append("كلمة ");
      }
    }
    return b.append(goodAr()).append("</body></html>").toString();
  }

  private byte[] brokenJsonl() {
    StringBuilder b = new StringBuilder();
    String good = "{\"text\": \"" + goodAr().replace("\n", "\\n") + "\", \"title\": \"خبر\", \"date\": \"2024-03-05\"}\n";
    String[] bad = {"{\"text\": \"truncated", "[1,2,3]", "\"just a string\"", "{\"text\": 42}", "{\"title\": \"no text\"}",
        "{\"text\": null}", "[".repeat(10_000), "{\"text\": \"\\ud800\"}", "{\"text\": \"x\", \"date\": \"2024-13-45\"}",
        "{\"text\": \"\u202E\u202E\"}", "{{{{", "null", "{\"text\": \"" + "\\\"".repeat(5000) + "\"}"};
    for (int i = 0; i < 3 + random.nextInt(10); i++) {
      b.append(random.nextInt(3) == 0 ? good : bad[random.nextInt(bad.length)] + "\n");
    }
    byte[] invalid = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}', '\n', 0, '\n'};
    return concat(utf8(b.toString()), invalid);
  }

  private byte[] warc(boolean gzip) {
    byte[] out = new byte[0];
    for (int r = 0; r < 2 + random.nextInt(4); r++) {
      String html = "<html><head><title>خبر</title></head><body><article><p>" + goodAr() + "</p></article></body></html>";
      byte[] rec = WarcRecords.record("response", "https://example.org/" + r,
          WarcRecords.httpResponse(200, "text/html; charset=utf-8", utf8(html)));
      out = concat(out, gzip ? WarcRecords.gzip(rec) : rec);
    }
    return out;
  }

  private byte[] cut(byte[] b) {
    return Arrays.copyOf(b, 1 + random.nextInt(b.length - 1));
  }

  private String randomUnicode(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      int cp = random.nextInt(4) == 0 ? random.nextInt(0x600, 0x700) : random.nextInt(0x1, 0x30000);
      if (Character.isValidCodePoint(cp) && !(cp >= 0xD800 && cp <= 0xDFFF) && cp != 0) {
        b.appendCodePoint(cp);
      }
    }
    return b.toString();
  }

  private byte[] bytes(int n) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) random.nextInt(256);
    }
    return b;
  }

  private Path file(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    return WarcRecords.concat(a, b);
  }
}
