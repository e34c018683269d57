package io.scan2ledger.bots.web;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The browser a web bot drives: the system's ChromeDriver and Chromium, never a download.
 *
 * @param chromedriver the ChromeDriver executable (default {@code /usr/bin/chromedriver})
 * @param chromium     the browser (default {@code /usr/bin/chromium})
 * @param headless     false only to watch a bot at work
 * @param windowSize   {@code width,height}; screenshots have this size
 * @param workDir      where each session's private profile folder is made (default: the temp folder);
 *                     it holds cookies and cache of a session and is deleted when the session closes
 */
public record BrowserSettings(Path chromedriver, Path chromium, boolean headless, String windowSize, Path workDir) {

    public BrowserSettings {
        Objects.requireNonNull(chromedriver, "chromedriver");
        Objects.requireNonNull(chromium, "chromium");
        windowSize = windowSize == null ? "1024,900" : windowSize;
        workDir = workDir == null ? Path.of(System.getProperty("java.io.tmpdir")) : workDir;
    }

    public static BrowserSettings defaults() {
        return new BrowserSettings(Path.of("/usr/bin/chromedriver"), Path.of("/usr/bin/chromium"), true, null, null);
    }

    public BrowserSettings withWorkDir(Path dir) {
        return new BrowserSettings(chromedriver, chromium, headless, windowSize, dir);
    }
}
