package org.tidings.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tidings.model.Analysis;
import org.tidings.model.Article;
import org.tidings.model.SourceMap;
import org.tidings.store.EmbeddedStore;
import org.tidings.store.Samples;

/**
 * Drives the web UI in headless Chromium: search, open an article, see its entities highlighted.
 * Skipped when Chromium's driver is not installed, except in CI ({@code CI=true}), where it must
 * run. Set {@code -Dtidings.screenshots=/some/dir} to keep screenshots of the search results and
 * the article view.
 */
class WebUiBrowserTest {
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir Path dir;

  @Test
  void searchesOpensAnArticleAndHighlightsEntities() throws Exception {
    assumeTrue(
        Files.isExecutable(CHROMEDRIVER) || "true".equals(System.getenv("CI")),
        "no " + CHROMEDRIVER + " (install chromium-driver); runs always when CI=true");
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    try (EmbeddedStore store = EmbeddedStore.open(dir.resolve("data"))) {
      store.put(Samples.arms("arms.html", Optional.empty()));
      store.put(Samples.small(1, "en"));
      String hostile = "<img src=x onerror=\"document.title='owned'\">";
      store.put(
          Analysis.of(
              Article.of(
                  "evil.html",
                  hostile + " Iskander",
                  Optional.empty(),
                  List.of(),
                  "en",
                  hostile + " Iskander\n\nIskander " + hostile,
                  SourceMap.none())));
      try (TidingsServer server =
          TidingsServer.start(store, AnalyzeApiTest.toyPipeline(), "127.0.0.1", 0)) {
        ChromeDriver driver = startBrowser(dir.resolve("profile"));
        try {
          drive(driver, server, hostile);
        } finally {
          driver.quit();
        }
      }
    }
  }

  private static ChromeDriver startBrowser(Path profile) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1400,1000",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, options);
  }

  private static void drive(ChromeDriver driver, TidingsServer server, String hostile)
      throws Exception {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    driver.get(server.uri().toString());
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#results .result"), 3));

    WebElement q = driver.findElement(By.id("q"));
    q.sendKeys("artillery", Keys.ENTER);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("list-title"), "artillery"));
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#results .result"), 1));
    WebElement hit = driver.findElement(By.cssSelector("#results .result"));
    assertEquals("artillery", hit.findElement(By.cssSelector(".snippet b")).getText());

    // a hostile title is shown as text, not run
    q = driver.findElement(By.id("q"));
    q.clear();
    q.sendKeys("Iskander", Keys.ENTER);
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#results .result"), 2));
    screenshot(driver, "search.png");
    assertTrue(!driver.findElement(By.id("more")).isDisplayed(), "no paging in search results");
    String titles = driver.findElement(By.id("results")).getText();
    assertTrue(titles.contains(hostile), titles);
    assertEquals(0, driver.findElements(By.cssSelector("#results img")).size());
    assertEquals("Tidings", driver.getTitle());

    driver.findElement(By.linkText("Russia arms Azerbaijan")).click();
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#a-text .ent-PERSON")));
    List<String> people =
        driver.findElements(By.cssSelector("#a-text .ent-PERSON")).stream()
            .map(WebElement::getText)
            .toList();
    assertTrue(people.contains("Ilham Aliyev"), people.toString());
    assertEquals("Russia arms Azerbaijan", driver.findElement(By.id("a-title")).getText());
    String events = driver.findElement(By.id("s-events")).getText();
    assertTrue(events.contains("Make a visit"), events);
    String meta = driver.findElement(By.id("a-meta")).getText();
    assertTrue(meta.contains("publication date not stated"), meta);
    screenshot(driver, "article.png");

    // pasted text is analysed and shown the same way
    driver.findElement(By.id("analyze-link")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("paste")));
    driver.findElement(By.id("paste")).sendKeys("Yesterday Aliyev <b>spoke</b>.");
    driver.findElement(By.id("analyze-go")).click();
    wait.until(ExpectedConditions.textToBe(By.cssSelector("#a-text .ent-PERSON"), "Aliyev"));
    assertEquals("Yesterday Aliyev <b>spoke</b>.", driver.findElement(By.id("a-text")).getText());
    screenshot(driver, "analyze.png");
  }

  private static void screenshot(ChromeDriver driver, String name) throws IOException {
    String dir = System.getProperty("tidings.screenshots", "");
    if (!dir.isEmpty()) {
      Path png = driver.getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(png, Path.of(dir, name), StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
