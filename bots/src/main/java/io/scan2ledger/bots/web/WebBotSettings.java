package io.scan2ledger.bots.web;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a web bot takes from its surroundings: the values of the definition's
 * {@code ${PLACEHOLDER}}s ({@code LEDGER_URL}, {@code LEDGER_USER}, {@code LEDGER_PASSWORD}) and the browser.
 *
 * @param config looks a placeholder's name up; null or empty when it is not set
 * @param trace  hears each step with its duration ({@link StepTrace#NONE} in a batch)
 */
public record WebBotSettings(Function<String, String> config, BrowserSettings browser, StepTrace trace) {

    public WebBotSettings {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(browser, "browser");
        Objects.requireNonNull(trace, "trace");
    }

    public WebBotSettings(Function<String, String> config, BrowserSettings browser) {
        this(config, browser, StepTrace.NONE);
    }

    /** Placeholders from environment variables, then system properties; the system browser. */
    public static WebBotSettings fromEnvironment() {
        return new WebBotSettings(WebBotSettings::environment, BrowserSettings.defaults());
    }

    /** Placeholders from {@code config} first (the application's configuration), then the environment. */
    public static WebBotSettings of(Map<String, String> config) {
        Map<String, String> copy = Map.copyOf(config);
        return new WebBotSettings(name -> copy.containsKey(name) ? copy.get(name) : environment(name),
                BrowserSettings.defaults());
    }

    public WebBotSettings withBrowser(BrowserSettings newBrowser) {
        return new WebBotSettings(config, newBrowser, trace);
    }

    public WebBotSettings withTrace(StepTrace newTrace) {
        return new WebBotSettings(config, browser, newTrace);
    }

    private static String environment(String name) {
        String value = System.getenv(name);
        return value != null ? value : System.getProperty(name);
    }
}
