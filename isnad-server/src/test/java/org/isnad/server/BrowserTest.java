package org.isnad.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in Debian's chromium, driven by Selenium: one browser and one server (the example
 * articles) for the class. Skipped only where chromium is not installed; .ci/run installs it.
 * Screenshots go to target/screenshots.
 */
class BrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SHOTS = Path.of("target", "screenshots");
  @TempDir
  static Path dir;
  static TestServer t;
  static WebDriver browser;
  static WebDriverWait wait;

  @BeforeAll
  static void start() throws IOException {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
    t = TestServer.withExamples(dir, null);
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toFile());
    // Without the background-networking flags chromium stalls on a closed network.
    o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")), "--window-size=1280,1500",
        "--lang=en-US");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, o);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (t != null) {
      t.close();
    }
  }

  @BeforeEach
  void english() {
    open("#/");
    js("localStorage.setItem('isnad.lang', 'en')");
    browser.navigate().refresh();
    waitForPage("home");
  }

  @Test
  void searchLeadsToTheEntityPageAndOnToTheArticleWithItsEvidenceHighlighted() {
    WebElement q = browser.findElement(By.id("q"));
    q.sendKeys("Riverton");
    browser.findElement(By.id("search-go")).click();
    waitForPage("search");
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Riverton Energy"))).click();
    waitForPage("entity");
    assertThat(browser.findElement(By.id("entity-name")).getText()).isEqualTo("Riverton Energy");
    assertThat(browser.findElement(By.cssSelector("#money table.money")).getText()).contains("12,000,000", "USD");
    assertThat(browser.findElement(By.cssSelector("#briefing")).getText()).contains("Money out");
    assertThat(browser.findElements(By.cssSelector("#graph svg.graph g.node"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("#timeline ol.timeline li"))).isNotEmpty();
    shot("entity-en");
    browser.findElement(By.cssSelector("#sources a.doc-link")).click();
    waitForPage("doc");
    assertThat(browser.findElement(By.id("doc-title")).getText()).startsWith("Riverton Energy pays");
    List<WebElement> marks = browser.findElements(By.cssSelector("#doc-text mark.ev"));
    assertThat(marks).isNotEmpty();
    WebElement payment = marks.stream().filter(m -> m.getText().contains("12 million")).findFirst().orElseThrow();
    new Actions(browser).moveToElement(payment).perform();
    WebElement tip = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tip")));
    assertThat(tip.getText()).contains("payment", "12,000,000");
    shot("document-en");
    assertNoScriptRan();
  }

  @Test
  void arabicReadsRightToLeftWithItsOwnWords() {
    browser.findElement(By.id("lang")).click();
    wait.until(d -> "rtl".equals(browser.findElement(By.tagName("html")).getAttribute("dir")));
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ar");
    assertThat(browser.findElement(By.id("search-go")).getText()).isEqualTo("بحث");
    browser.findElement(By.id("q")).sendKeys("الكعبي");
    browser.findElement(By.id("search-go")).click();
    waitForPage("search");
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText("سعيد الكعبي"))).click();
    waitForPage("entity");
    assertThat(browser.findElement(By.cssSelector("#money h2")).getText()).isEqualTo("الأموال الواردة والصادرة");
    assertThat(browser.findElement(By.cssSelector("#briefing")).getText()).contains("أموال صادرة", "تبرع");
    shot("entity-ar");
    browser.findElement(By.cssSelector("#sources a.doc-link")).click();
    waitForPage("doc");
    assertThat(browser.findElement(By.id("doc-text")).getAttribute("dir")).isEqualTo("rtl");
    assertThat(browser.findElements(By.cssSelector("#doc-text mark.ev"))).isNotEmpty();
    shot("document-ar");
    browser.findElement(By.id("lang")).click();
    wait.until(d -> "ltr".equals(browser.findElement(By.tagName("html")).getAttribute("dir")));
    assertThat(browser.findElement(By.id("search-go")).getText()).isEqualTo("Search");
  }

  @Test
  void anArticleCarryingScriptsRunsNoneOfThem() {
    String payload = "<script>window.__pwned=1;document.title='pwned'</script>";
    String onerror = "<img src=x onerror=\"window.__pwned=2;document.title='pwned';alert('img')\">";
    String svgOnload = "<svg onload=\"window.__pwned=3;alert('svg')\"></svg>";
    open("#/add");
    waitForPage("add");
    browser.findElement(By.id("add-text")).sendKeys("The Marlow Trust " + onerror + " paid $5 million to the Quillon"
        + " Harbor Authority " + payload + " on Tuesday, the authority said in a statement. " + svgOnload
        + "\n\nThe Marlow Trust also donated $20,000 to the Fenwick " + onerror + " Reading Room, officials said.");
    browser.findElement(By.id("add-title")).sendKeys("Marlow " + payload + onerror);
    browser.findElement(By.id("add-outlet")).sendKeys(svgOnload);
    browser.findElement(By.id("add-url")).sendKeys("javascript:window.__pwned=4");
    browser.findElement(By.id("add-submit")).click();
    // One script reads both, as the form is replaced by the article's page.
    String outcome = wait.until(d -> {
      Object s = js("const st = document.getElementById('add-status');"
          + " return document.getElementById('app').dataset.page === 'doc' ? 'doc'"
          + " : st && st.textContent.startsWith('Error') ? st.textContent : null");
      return s == null ? null : s.toString();
    });
    assertThat(outcome).isEqualTo("doc");
    assertNoScriptRan();
    assertThat(browser.findElement(By.id("doc-title")).getText()).contains("<script>window.__pwned=1", "onerror=");
    assertThat(browser.findElement(By.id("doc-text")).getText()).contains("<img src=x onerror=");
    assertThat(browser.findElements(By.cssSelector("#app img, #app script, #app svg[onload], #app [onerror]"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector("#app a[href^='javascript']"))).isEmpty();
    shot("hostile-document");
    // Everywhere the text shows up: article list, search, entity pages.
    open("#/documents");
    waitForPage("documents");
    assertThat(browser.findElement(By.id("app")).getText()).contains("<script>");
    open("#/search/" + java.net.URLEncoder.encode("Marlow", java.nio.charset.StandardCharsets.UTF_8));
    waitForPage("search");
    List<WebElement> links = browser.findElements(By.cssSelector("a.entity-link"));
    assertThat(links).isNotEmpty();
    links.get(0).click();
    waitForPage("entity");
    for (WebElement m : browser.findElements(By.cssSelector("#graph svg.graph g.node"))) {
      new Actions(browser).moveToElement(m).perform();
    }
    assertNoScriptRan();
    shot("hostile-entity");
  }

  @Test
  void everyUiStringExistsInBothLanguages() {
    Object missing = ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "import('/i18n.js').then(m => done(m.ALL_KEYS().filter(k => !m.HAS('ar', k)).join(',')))"
        + ".catch(e => done('import failed: ' + e))");
    assertThat(missing).isEqualTo("");
  }

  private void assertNoScriptRan() {
    try {
      String text = browser.switchTo().alert().getText();
      throw new AssertionError("an alert opened: " + text);
    } catch (NoAlertPresentException expected) {
      // no alert: good
    }
    assertThat(js("return typeof window.__pwned")).isEqualTo("undefined");
    assertThat(browser.getTitle()).isIn("isnad", "إسناد");
  }

  private static void open(String hash) {
    browser.get(t.url("/") + hash);
  }

  private static void waitForPage(String page) {
    try {
      wait.until(d -> page.equals(browser.findElement(By.id("app")).getAttribute("data-page")));
    } catch (org.openqa.selenium.TimeoutException e) {
      shot("timeout-" + page);
      throw new AssertionError("page " + page + " did not show; " + browser.getCurrentUrl() + " shows "
          + browser.findElement(By.id("app")).getAttribute("data-page") + ": " + browser.findElement(By.id("app")).getText(), e);
    }
  }

  private static Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  private static void shot(String name) {
    try {
      Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
