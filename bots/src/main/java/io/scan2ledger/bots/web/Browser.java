package io.scan2ledger.bots.web;

import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One headless Chromium for one session, with a private profile folder (cookies and cache of
 * personal pages) that {@link #close()} deletes. Close always leaves nothing running: after quit,
 * any process still holding this session's folder in its command line is ended by its pid.
 */
final class Browser implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Browser.class);
    /** Names every session folder; tests look for processes whose command line holds it. */
    static final String FOLDER_PREFIX = "s2l-webbot-";

    private final Path home;
    private final ChromeDriverService service;
    private final ChromeDriver driver;

    private Browser(Path home, ChromeDriverService service, ChromeDriver driver) {
        this.home = home;
        this.service = service;
        this.driver = driver;
    }

    /**
     * Starts ChromeDriver and Chromium from the given paths. No Selenium Manager lookup happens: both
     * paths are given (and SE_OFFLINE=true is set for anything else that might ask).
     */
    static Browser start(BrowserSettings settings, BotDefinition.Timeouts timeouts) throws IOException {
        Files.createDirectories(settings.workDir());
        Path home = Files.createTempDirectory(settings.workDir(), FOLDER_PREFIX,
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        ChromeDriverService service = null;
        try {
            service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(settings.chromedriver().toFile())
                    .usingAnyFreePort()
                    .withEnvironment(Map.of(
                            "XDG_CONFIG_HOME", Files.createDirectory(home.resolve("config")).toString(),
                            "XDG_CACHE_HOME", Files.createDirectory(home.resolve("cache")).toString(),
                            "SE_OFFLINE", "true"))
                    // The log path puts this session's folder on the driver's command line, so a driver
                    // orphaned by a killed JVM can be found and ended ({@link #endOrphans}); the level
                    // OFF keeps the file empty (a driver log would record the values typed).
                    .withLogFile(home.resolve("chromedriver.log").toFile())
                    .withLogLevel(org.openqa.selenium.chromium.ChromiumDriverLogLevel.OFF)
                    .build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(settings.chromium().toFile());
            if (settings.headless()) {
                options.addArguments("--headless=new");
            }
            options.addArguments("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--password-store=basic", "--lang=ja-JP",
                    "--disable-extensions", "--disable-default-apps", "--no-default-browser-check",
                    "--disable-client-side-phishing-detection", "--disable-component-extensions-with-background-pages",
                    "--disable-breakpad", "--metrics-recording-only", "--mute-audio", "--disable-hang-monitor",
                    "--disable-features=Translate,OptimizationHints,MediaRouter,InterestFeedContentSuggestions,AutofillServerCommunication,CertificateTransparencyComponentUpdater",
                    "--window-size=" + settings.windowSize(),
                    "--user-data-dir=" + Files.createDirectory(home.resolve("profile")));
            options.setPageLoadStrategy(PageLoadStrategy.NORMAL);
            // Explicit waits only: an implicit wait would stretch every "is it there?" question.
            options.setImplicitWaitTimeout(Duration.ZERO);
            options.setPageLoadTimeout(timeouts.pageLoad());
            options.setScriptTimeout(timeouts.step());
            return new Browser(home, service, new ChromeDriver(service, options));
        } catch (RuntimeException e) {
            if (service != null) {
                service.stop();
            }
            endLeftovers(home);
            deleteTree(home);
            throw e;
        }
    }

    WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } catch (RuntimeException e) {
            log.warn("ledger.web.browser quit failed: {}", e.getClass().getSimpleName());
        } finally {
            try {
                service.stop();
            } catch (RuntimeException e) {
                log.warn("ledger.web.browser driver stop failed: {}", e.getClass().getSimpleName());
            }
            endLeftovers(home);
            deleteTree(home);
        }
    }

    /**
     * Ends the browsers and drivers a killed process left running from {@code workDir} (their
     * command lines name their session folder in it) and removes their folders. Called at start-up,
     * before any session of this process exists.
     */
    public static void endOrphans(Path workDir) {
        if (!Files.isDirectory(workDir)) {
            return;
        }
        endLeftovers(workDir);
        try (Stream<Path> sessions = Files.list(workDir)) {
            sessions.filter(p -> p.getFileName().toString().startsWith(FOLDER_PREFIX)).forEach(Browser::deleteTree);
        } catch (IOException e) {
            log.warn("ledger.web.browser orphan sweep incomplete: {}", e.getClass().getSimpleName());
        }
    }

    /** Ends (by pid) any process still running with this session's folder in its command line. */
    private static void endLeftovers(Path home) {
        String marker = home.toString();
        List<ProcessHandle> leftovers = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
                .toList();
        for (ProcessHandle p : leftovers) {
            log.warn("ledger.web.browser ending leftover process pid={}", p.pid());
            p.destroyForcibly();
        }
        for (ProcessHandle p : leftovers) {
            p.onExit().completeOnTimeout(p, 2, TimeUnit.SECONDS).join();
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException e) {
                    // a file still being written by a dying process; the next pass or the OS cleans it
                }
            });
        } catch (IOException e) {
            log.warn("ledger.web.browser profile folder not deleted: {}", e.getClass().getSimpleName());
        }
    }
}
