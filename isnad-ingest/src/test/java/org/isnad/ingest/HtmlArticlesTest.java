package org.isnad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class HtmlArticlesTest {
  @TempDir Path dir;

  static final String PAGE = """
      <!DOCTYPE html>
      <html lang="ar" dir="rtl"><head>
      <title>تبرع للمستشفى | موقع الخليج</title>
      <meta property="og:title" content="مؤسسة الخير تتبرع بخمسة ملايين دولار">
      <meta property="og:site_name" content="الخليج">
      <meta property="article:published_time" content="2024-03-05T10:15:00+03:00">
      <meta name="author" content="ليلى منصور">
      <link rel="canonical" href="https://example.org/news/1">
      <style>p { color: red }</style>
      <script>var tracking = "اقرأ هذا السكربت";</script>
      </head><body>
      <nav><a href="/">الرئيسية</a> <a href="/econ">اقتصاد</a></nav>
      <div class="social-share"><a href="#">شارك على تويتر</a></div>
      <article>
        <h1>مؤسسة الخير تتبرع بخمسة ملايين دولار</h1>
        <p>أعلنت مؤسسة الخير الخيرية يوم الثلاثاء عن تبرع بمبلغ خمسة ملايين دولار لصالح مستشفى الملك في الرياض.</p>
        <div class="ad-slot">إعلان: اشترك الآن بنصف السعر</div>
        <p><strong>اقرأ أيضا:</strong> <a href="/2">مؤسسة أخرى تعلن عن منحة</a></p>
        <p>وقال رئيس مجلس إدارتها سامي الحربي إن التبرع يأتي ضمن برنامج لدعم القطاع الصحي في المملكة.</p>
        <!-- comment that is not text -->
      </article>
      <aside class="related-articles"><p>أخبار ذات صلة كثيرة هنا للقراءة</p></aside>
      <footer>جميع الحقوق محفوظة</footer>
      </body></html>
      """;

  private Article read(String html) throws IOException {
    Path f = Files.writeString(dir.resolve("page.html"), html, StandardCharsets.UTF_8);
    return (Article) Read.file(f).get(0);
  }

  @Test
  void keepsMainTextAndDropsBoilerplate() throws IOException {
    Article a = read(PAGE);
    assertThat(a.body()).contains("أعلنت مؤسسة الخير", "وقال رئيس مجلس إدارتها")
        .doesNotContain("الرئيسية", "شارك", "إعلان", "اقرأ أيضا", "أخبار ذات صلة", "الحقوق", "السكربت", "comment",
            "color");
  }

  @Test
  void takesMetadataFromMetaTags() throws IOException {
    Article a = read(PAGE);
    assertThat(a.title()).isEqualTo("مؤسسة الخير تتبرع بخمسة ملايين دولار");
    assertThat(a.published()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(a.author()).isEqualTo("ليلى منصور");
    assertThat(a.outlet()).isEqualTo("الخليج");
    assertThat(a.url()).isEqualTo("https://example.org/news/1");
    assertThat(a.lang()).isEqualTo("ar");
    assertThat(a.text()).startsWith("title: مؤسسة الخير تتبرع بخمسة ملايين دولار\nurl: https://example.org/news/1\n");
  }

  @Test
  void prefersJsonLdNewsArticle() throws IOException {
    String ld = """
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
        {"@type":["NewsArticle"],"headline":"عنوان من JSON-LD","datePublished":"2023-11-02",
         "author":[{"@type":"Person","name":"خالد العتيبي"},{"@type":"Person","name":"نورة"}],
         "publisher":{"@type":"Organization","name":"صحيفة الرياض"}}]}</script>""";
    Article a = read(PAGE.replace("</head>", ld + "</head>"));
    assertThat(a.title()).isEqualTo("عنوان من JSON-LD");
    assertThat(a.published()).isEqualTo(LocalDate.of(2023, 11, 2));
    assertThat(a.author()).isEqualTo("خالد العتيبي, نورة");
    assertThat(a.outlet()).isEqualTo("صحيفة الرياض");
  }

  @Test
  void usesJsonLdBodyWhenThePageHidesItsText() throws IOException {
    String html = "<html><head><script type=application/ld+json>{\"@type\":\"NewsArticle\",\"headline\":\"ع\","
        + "\"articleBody\":\"نص المقال الكامل في البيانات المنظمة.\"}</script></head><body><div id=app></div></body></html>";
    assertThat(read(html).body()).isEqualTo("نص المقال الكامل في البيانات المنظمة.");
  }

  @Test
  void hostileMarkupYieldsCleanText() throws IOException {
    String html = "<html><body onload=alert(1)><img src=x onerror=\"alert(2)\"><svg onload=alert(3)></svg>"
        + "<p onclick=\"steal()\">نص <a href=\"javascript:alert(4)\">آمن</a> \u202Eمعكوس\u202C تماما</p>"
        + "<script>document.write('<p>مكتوب بالسكربت</p>')</script><iframe src=javascript:alert(5)></iframe>"
        + "<textarea><script>alert(6)</script></textarea><p>" + "<b><i>".repeat(2000) + "عميق</p></body></html>";
    Article a = read(html);
    assertThat(a.body()).contains("نص آمن معكوس تماما", "عميق")
        .doesNotContain("alert", "steal", "javascript", "مكتوب بالسكربت", "\u202E", "<", ">");
  }

  @Test
  @Timeout(10)
  void deeplyNestedTagsNeitherCrashNorHang() throws IOException {
    String html = "<html><body>" + "<div><span><table><tr><td>".repeat(20_000) + "النص في القاع" + "</body></html>";
    Entry e = Read.file(Files.writeString(dir.resolve("deep.html"), html, StandardCharsets.UTF_8)).get(0);
    assertThat(e).isInstanceOf(Article.class);
    assertThat(((Article) e).body()).contains("النص في القاع");
  }

  @Test
  void readsTheCharsetThePageDeclares() throws IOException {
    String html = "<html><head><meta charset=windows-1256></head><body><p>تبرع بمبلغ كبير</p></body></html>";
    Path f = Files.write(dir.resolve("cp1256.htm"), html.getBytes(Charset.forName("windows-1256")));
    assertThat(((Article) Read.file(f).get(0)).body()).isEqualTo("تبرع بمبلغ كبير");
  }

  @Test
  void binaryOrEmptyPagesAreProblems() throws IOException {
    Path bin = Files.write(dir.resolve("bin.html"), new byte[] {'<', 'p', '>', 0, 1, 2, 3});
    assertThat(Read.problems(Read.file(bin))).singleElement().satisfies(p -> assertThat(p.message()).contains("binary"));
    Path empty = Files.writeString(dir.resolve("empty.html"), "<html><body><nav>قائمة</nav></body></html>");
    assertThat(Read.problems(Read.file(empty))).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("no article text"));
  }
}
