package io.stocktrace.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real server and Debian's headless Chromium driven by Selenium, one browser per test class. The driver and the
 * browser are the installed ones (/usr/bin/chromedriver, /usr/bin/chromium): Selenium Manager never downloads. With
 * {@code -Dstocktrace.screenshots=true} the tests save the main pages under docs/screenshots.
 */
public abstract class BrowserTest extends ApiTest {
    private static final String CHROMIUM = System.getProperty("stocktrace.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("stocktrace.chromedriver", "/usr/bin/chromedriver");
    protected static ChromeDriver browser;
    private static Path profile;

    @BeforeAll
    static void startBrowser() throws IOException {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        profile = Files.createTempDirectory("stocktrace-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    protected void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    protected void logInAs(String username, String password) {
        browser.manage().deleteAllCookies();
        open("/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor(By.cssSelector("header.topbar"));
    }

    protected void logInAsAdmin() {
        logInAs("admin", ADMIN_PASSWORD);
    }

    /** A new user with that role; its password is {@code password-<name>}. */
    protected String user(String role) {
        String name = role + "-" + System.nanoTime();
        var r = admin.post("/api/v1/users", Map.of("username", name, "password", "password-" + name, "role", role));
        org.assertj.core.api.Assertions.assertThat(r.status()).as(r.body()).isEqualTo(201);
        return name;
    }

    protected WebElement waitFor(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Clicks a link or button by its visible text, as a user would. When the page holding the element found is replaced
     * before the click lands (a previous submit still arriving), the click did not happen: it is made on the new page.
     */
    protected void click(String text) {
        By by = By.xpath("//*[self::a or self::button or self::summary][normalize-space(.)='" + text + "']");
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement element = ExpectedConditions.visibilityOfElementLocated(by).apply(d);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        });
    }

    /**
     * Clicks the element found by {@code by}, found again if the page holding it was replaced before the click landed.
     */
    protected void clickOn(By by) {
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class)
                .until(d -> {
                    d.findElement(by).click();
                    return true;
                });
    }

    /**
     * The visible text of an element; found again when a page that was replacing it went away under the read (stale, or
     * "node does not belong to the document", which Chromium reports as a plain WebDriverException).
     */
    protected String text(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(WebDriverException.class)
                .until(d -> {
                    WebElement element = d.findElement(by);
                    return element.isDisplayed() ? element.getText() : null;
                });
    }

    /**
     * Waits for a transfer's state to read as expected: after a click that submits a form the old page may still be
     * shown for a moment, with its old state.
     */
    protected void assertState(String expected) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(WebDriverException.class)
                    .until(d -> expected.equals(d.findElement(By.id("state")).getText()));
        } catch (org.openqa.selenium.TimeoutException e) {
            org.assertj.core.api.Assertions.assertThat(text(By.id("state"))).isEqualTo(expected);
        }
    }

    /**
     * Posts a form from the page open in the browser, with its session and CSRF token, as a user who has no button
     * for it could anyway; answers the HTTP status.
     */
    protected long postFromPage(String path, String formBody) {
        Object status = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const token = document.querySelector('meta[name=csrf-token]').content;
                fetch(arguments[0], {method: 'POST', headers: {'Content-Type': 'application/x-www-form-urlencoded'},
                      body: arguments[1] + '&_csrf=' + encodeURIComponent(token), redirect: 'manual'})
                    .then(r => done(r.status));
                """, path, formBody);
        return (Long) status;
    }

    protected void screenshot(String name) {
        if (!Boolean.getBoolean("stocktrace.screenshots")) {
            return;
        }
        try {
            Path target = Path.of("docs", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
