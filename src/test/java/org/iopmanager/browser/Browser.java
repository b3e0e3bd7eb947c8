package org.iopmanager.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, with no network but loopback: paths are explicit (Selenium
 * Manager cannot download here) and background networking is off. Without Chromium the browser tests are
 * skipped locally but fail under {@code CI=true}.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getProperty("iop.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("iop.chromedriver", "/usr/bin/chromedriver"));

    private final WebDriver driver;
    private final java.nio.file.Path downloads;
    private final WebDriverWait wait;
    private final String base;

    private Browser(WebDriver driver, String base, java.nio.file.Path downloads) {
        this.driver = driver;
        this.downloads = downloads;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public static Browser open(String base) throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but Chromium or chromedriver is missing: " + CHROMIUM + ", " + DRIVER);
        }
        Assumptions.assumeTrue(present, "Chromium not installed (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--disable-features=Translate,OptimizationHints,MediaRouter",
                "--window-size=1400,1000", "--user-data-dir=" + Files.createTempDirectory("iop-chromium"));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        java.nio.file.Path downloads = Files.createTempDirectory("iop-downloads");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        return new Browser(new ChromeDriver(service, options), base, downloads);
    }

    /** The content of a file the browser downloaded, once it is complete. */
    public String downloaded(String fileName) {
        java.nio.file.Path file = downloads.resolve(fileName);
        wait.until(d -> Files.isRegularFile(file) && !Files.exists(downloads.resolve(fileName + ".crdownload")));
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public void go(String path) {
        driver.get(base + path);
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public WebElement find(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    public boolean has(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    public void type(String id, String text) {
        WebElement input = find(id);
        input.clear();
        input.sendKeys(text);
    }

    public void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    /** Clicks a link by its text, waiting until a re-rendered table shows it. */
    public void clickLink(String text) {
        wait.until(d -> {
            try {
                d.findElement(By.linkText(text)).click();
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException notYet) {
                return false;
            }
        });
    }

    /** Clicks the button or link of a table row that shows the text, by the last part of its id ({@code claim}, {@code verify}). */
    public void clickInRow(String tableId, String rowText, String idSuffix) {
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            for (WebElement row : d.findElements(By.xpath("//*[@id='" + tableId + "_data']/tr"))) {
                if (row.getText().contains(rowText)) {
                    List<WebElement> targets = row.findElements(By.xpath(".//*[substring(@id, string-length(@id) - "
                            + idSuffix.length() + ") = ':" + idSuffix + "']"));
                    if (!targets.isEmpty() && targets.get(0).isDisplayed()) {
                        targets.get(0).click();
                        return true;
                    }
                }
            }
            return false;
        });
    }

    /** Picks an option of a drop-down by its visible text. */
    public void select(String id, String label) {
        new org.openqa.selenium.support.ui.Select(find(id)).selectByVisibleText(label);
    }

    /** Sets a date input (the browser's own date field, whose value is always yyyy-MM-dd). */
    public void date(String id, java.time.LocalDate date) {
        WebElement input = find(id);
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));"
                        + " arguments[0].dispatchEvent(new Event('change'));", input, date.toString());
    }

    /** Picks an option of a radio or checkbox group by its label. */
    public void choose(String id, String label) {
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[@id='" + id + "']//label[normalize-space()='" + label + "']"))).click();
    }

    /** Chooses a file in the file input of a form (made visible first: a skinned upload hides its native input). */
    public void upload(String formId, Path file) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//form[@id='" + formId + "']//input[@type='file']")));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].style.display = 'block'; arguments[0].style.visibility = 'visible'; arguments[0].style.opacity = 1;", input);
        input.sendKeys(file.toAbsolutePath().toString());
    }

    public void waitForText(String text) {
        try {
            wait.until(d -> d.getPageSource().contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Text not shown: \"" + text + "\" on " + url() + "; the page says:\n" + text(), e);
        }
    }

    public void waitForUrl(String fragment) {
        wait.until(ExpectedConditions.urlContains(fragment));
    }

    /** The text of an element, read again if an Ajax update replaced it meanwhile. */
    public String textOf(String id) {
        return wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id(id)).getText());
    }

    /** Waits until an element (re-rendered by Ajax or not) shows the text and not the other. */
    public String waitForTextIn(String id, String text, String absent) {
        return wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> {
                    String shown = d.findElement(By.id(id)).getText();
                    return shown.contains(text) && (absent == null || !shown.contains(absent)) ? shown : null;
                });
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Console errors so far (CSP violations, script errors). */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !message.contains("favicon.ico"))
                .toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
