package io.scan2ledger.bots.web;

import io.scan2ledger.ledger.LedgerBot;
import io.scan2ledger.ledger.LedgerSession;
import io.scan2ledger.ledger.LedgerUnavailable;
import io.scan2ledger.ledger.RunContext;

/**
 * A bot that keys records into a web ledger the way a clerk would, driven by a
 * {@link BotDefinition}: one headless Chromium per session, log in, and for each record search
 * by key, fill in, check the confirmation screen, submit, read the ledger number back.
 *
 * <pre>{@code
 * BotDefinition definition = BotDefinitions.bundled().byId("jidou-teate-web").orElseThrow();
 * LedgerBot bot = new WebLedgerBot(definition, WebBotSettings.of(Map.of(
 *         "LEDGER_URL", url, "LEDGER_USER", user, "LEDGER_PASSWORD", password)));
 * }</pre>
 */
public class WebLedgerBot implements LedgerBot {

    private final BotDefinition definition;
    private final BrowserSettings browser;
    private final LedgerTarget target;
    private final StepTrace trace;

    /**
     * @throws IllegalArgumentException when a placeholder of the definition's target is not set
     */
    public WebLedgerBot(BotDefinition definition, WebBotSettings settings) {
        this.definition = definition;
        this.browser = settings.browser();
        this.trace = settings.trace();
        try {
            this.target = definition.target().resolve(settings.config());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(definition.id() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Ends the browsers a killed process left running in the settings' work folder. Call once at
     * start-up, before any bot of this process opens a session.
     */
    public static void endOrphanedBrowsers(BrowserSettings browsers) {
        Browser.endOrphans(browsers.workDir());
    }

    @Override
    public String id() {
        return definition.id();
    }

    public BotDefinition definition() {
        return definition;
    }

    /**
     * Starts the browser and logs in, retrying transient failures as the definition says.
     *
     * @throws LedgerUnavailable when the ledger cannot be reached (down, refusing connections), the
     *                           login is refused, or the browser cannot start
     */
    @Override
    public LedgerSession open(RunContext context) throws LedgerUnavailable {
        return WebLedgerSession.open(definition, browser, target, context, trace);
    }
}
