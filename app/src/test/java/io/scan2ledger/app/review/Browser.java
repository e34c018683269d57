package io.scan2ledger.app.review;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One headless Chromium for a test class, in Japanese (the office's language). ChromeDriver and
 * Chromium are given by path and Selenium Manager is kept offline: nothing is downloaded.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "review-screenshots");
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final String base;
    private final Path home;
    private final ChromeDriverService service;
    final ChromeDriver driver;
    private String user;

    Browser(int port) {
        this.base = "http://127.0.0.1:" + port;
        try {
            home = Files.createTempDirectory("s2l-chromium-");
            service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                    .usingAnyFreePort()
                    .withEnvironment(Map.of("XDG_CONFIG_HOME", Files.createDirectory(home.resolve("config")).toString(),
                            "XDG_CACHE_HOME", Files.createDirectory(home.resolve("cache")).toString(),
                            "SE_OFFLINE", "true"))
                    .withLogOutput(OutputStream.nullOutputStream())
                    .build();
            ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium")
                    .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            "--no-first-run", "--lang=ja-JP", "--window-size=1400,1050",
                            "--user-data-dir=" + Files.createDirectory(home.resolve("profile")));
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ja,en"));
            options.setImplicitWaitTimeout(Duration.ZERO);
            driver = new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void open(String path) {
        driver.get(base + path);
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    /** Signs in through the login page (a fresh session: cookies of an earlier user are dropped first). */
    void signIn(String user, String password) {
        signOut();
        open("/login");
        find("#username").sendKeys(user);
        find("#password").sendKeys(password);
        WebElement submit = find("#login-submit");
        submit.click();
        leaves(submit);
        this.user = has("#current-user") ? user : null;
    }

    /** Signs in unless this user already is (saves a sign-in per test where the user does not matter). */
    void signedInAs(String user, String password) {
        if (!user.equals(this.user)) {
            signIn(user, password);
        }
    }

    /**
     * Drops the session (and any earlier user) without the logout page. The last page is left first
     * (for a stylesheet: nothing on it loads anything), so that none of its late requests brings a
     * new session cookie, with a saved request the next sign-in would be sent to.
     */
    void signOut() {
        open("/css/site.css");
        driver.manage().deleteAllCookies();
        user = null;
    }

    /** Opens the login page and waits until its user name box has the focus (autofocus lands after load). */
    void openLogin() {
        open("/login");
        untilFocused("username");
    }

    void untilFocused(String id) {
        until(d -> id.equals(focused()) ? Boolean.TRUE : null);
    }

    /** Waits until the page the last action led to has replaced this one, and has loaded. */
    void leaves(WebElement onThisPage) {
        until(d -> {
            try {
                onThisPage.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                // Stale, or (mid-navigation) "node does not belong to the document": either way, gone.
                return true;
            }
        });
        until(d -> "complete".equals(script("return document.readyState")));
    }

    WebElement find(String css) {
        return until(d -> d.findElements(By.cssSelector(css)).stream().findFirst().orElse(null));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    boolean has(String css) {
        return !all(css).isEmpty();
    }

    /** Types into whatever has the focus, as a person at the keyboard does (a chord holds its modifier). */
    void keys(CharSequence... keys) {
        driver.switchTo().activeElement().sendKeys(keys);
    }

    /** The text of an element the page's script may replace at any moment (never stale). */
    String text(String css) {
        Object text = script("var e = document.querySelector(arguments[0]); return e ? e.textContent : null", css);
        return text == null ? null : text.toString().strip();
    }

    /** Where the focused link leads, or null. */
    String focusedLink() {
        return driver.switchTo().activeElement().getAttribute("href");
    }

    String focused() {
        return driver.switchTo().activeElement().getAttribute("id");
    }

    <T> T until(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, WAIT).pollingEvery(Duration.ofMillis(20)).until(condition);
    }

    void untilPath(String path) {
        until(d -> path().equals(path) ? Boolean.TRUE : null);
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** The session cookie, for requests a browser would not make (a POST without the CSRF token). */
    String sessionId() {
        Cookie c = driver.manage().getCookieNamed("JSESSIONID");
        return c == null ? null : c.getValue();
    }

    String csrfToken() {
        return find("meta[name=_csrf]").getAttribute("content");
    }

    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
