package vn.ntm.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium driven by its chromedriver, as ./ntm test installs them. */
public final class Browser implements AutoCloseable {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private final ChromeDriver driver;

    private Browser(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=" + width + "," + height);
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build(),
                options);
    }

    /**
     * A browser window of this size. Without Chromium the test is skipped, saying why, except under
     * ./ntm test (NTM_BROWSER_TESTS=required), where it fails: there the browser tests must run.
     */
    public static Browser open(int width, int height) {
        boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        String why = "Debian chromium and chromium-driver are needed (./ntm test installs them)";
        if ("required".equals(System.getenv("NTM_BROWSER_TESTS"))) {
            assertTrue(installed, why);
        }
        assumeTrue(installed, why);
        return new Browser(width, height);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** Opens a page and waits until its script marks it ready (body data-ready="true"). */
    public void load(String url) {
        driver.get(url);
        awaitReady();
    }

    /** Opens the map page at {@code hash} (its view state) and waits until it is ready. */
    public void loadMap(int port, String hash) {
        driver.get("http://localhost:" + port + "/" + hash);
        awaitReady();
    }

    /** Loads the page again: a new hash alone does not reload a page already open. */
    public void reload() {
        driver.navigate().refresh();
        awaitReady();
    }

    /** Signs in on the map page through the phone header's menu, with the demo accounts' password. */
    public void signInOnPhone(int port, String username) {
        loadMap(port, "");
        driver.findElement(By.id("menu-button")).click();
        driver.findElement(By.id("sign-in")).click();
        driver.findElement(By.cssSelector("#login-dialog input[name=username]")).sendKeys(username);
        driver.findElement(By.cssSelector("#login-dialog input[name=password]")).sendKeys("ntm-demo");
        driver.findElement(By.cssSelector("#login-dialog button[type=submit]")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("who")));
    }

    /** A tap target big enough for a finger: at least 44 × 44 px. */
    public static void assertAtLeast44(WebElement target) {
        assertThat(target.getRect().getWidth()).isGreaterThanOrEqualTo(44);
        assertThat(target.getRect().getHeight()).isGreaterThanOrEqualTo(44);
    }

    private void awaitReady() {
        waiting().until(d -> "true".equals(((JavascriptExecutor) d).executeScript("return document.body.dataset.ready")));
    }

    /** Saves a screenshot under target/screenshots for a person to look at. */
    public void screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
