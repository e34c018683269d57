package io.scan2ledger.bots.web;

import io.scan2ledger.bots.support.RecordRefused;
import io.scan2ledger.ledger.KeyingOutcome;
import io.scan2ledger.ledger.LedgerRecord;
import io.scan2ledger.ledger.LedgerSession;
import io.scan2ledger.ledger.LedgerUnavailable;
import io.scan2ledger.ledger.RunContext;
import io.scan2ledger.support.Redact;
import org.openqa.selenium.NoSuchSessionException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.remote.UnreachableBrowserException;
import org.openqa.selenium.support.ui.Sleeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * One browser, logged in, for one bot's part of a batch run. Each record is registered by its own
 * final submit, so {@link #commit()} has nothing left to make durable. {@link #close()} logs out
 * when it can and always quits the browser and deletes its profile.
 */
final class WebLedgerSession implements LedgerSession {

    private static final Logger log = LoggerFactory.getLogger(WebLedgerSession.class);

    private final BotDefinition bot;
    private final BrowserSettings browserSettings;
    private final LedgerTarget target;
    private final StepTrace trace;
    private final RunContext run;
    private final Evidence sessionEvidence;
    private final String where;
    private Browser browser;
    private Page page;
    private StepRunner runner;
    private boolean loggedIn;
    private String loginRefused;
    private boolean closed;

    private WebLedgerSession(BotDefinition bot, BrowserSettings browserSettings, LedgerTarget target, RunContext run,
                             StepTrace trace) {
        this.bot = bot;
        this.browserSettings = browserSettings;
        this.target = target;
        this.trace = trace;
        this.run = run;
        this.sessionEvidence = new Evidence(run, bot.id(), "session");
        this.where = "bot=" + bot.id() + " run=" + run.runId();
    }

    static WebLedgerSession open(BotDefinition bot, BrowserSettings browserSettings, LedgerTarget target,
                                 RunContext run, StepTrace trace) throws LedgerUnavailable {
        WebLedgerSession session = new WebLedgerSession(bot, browserSettings, target, run, trace);
        long start = System.nanoTime();
        RetryPolicy retry = bot.retry();
        for (int attempt = 1; ; attempt++) {
            try {
                session.ready();
                log.info("ledger.web.opened {} dryRun={} attempts={} ms={}", session.where, run.dryRun(), attempt,
                        (System.nanoTime() - start) / 1_000_000);
                return session;
            } catch (Interruption e) {
                boolean last = e instanceof Interruption.LoginRefused || attempt >= retry.attempts();
                log.warn("ledger.web.open-failed {} attempt={} reason={}", session.where, attempt, e.getMessage());
                if (last || !pause(retry.pauseAfter(attempt))) {
                    session.close();
                    throw new LedgerUnavailable(bot.id() + ": the ledger cannot be used: " + e.getMessage(),
                            retry.retryAfter(), e);
                }
            } catch (RuntimeException e) {
                session.close(); // never leave a browser behind, whatever went wrong
                throw e;
            }
        }
    }

    @Override
    public KeyingOutcome key(LedgerRecord record) {
        if (closed) {
            throw new IllegalStateException("session closed");
        }
        return new RecordKeying(this, record).key();
    }

    /** The browser runs and is logged in (again after an expiry, a new browser after a crash). */
    void ready() throws Interruption {
        if (loginRefused != null) {
            throw new Interruption.LoginRefused(loginRefused);
        }
        if (browser == null) {
            try {
                browser = Browser.start(browserSettings, bot.timeouts());
            } catch (IOException | WebDriverException e) {
                throw new Interruption.Transient("the browser could not start: " + Redact.throwable(e), e);
            }
            page = new Page(browser.driver());
            runner = new StepRunner(bot, page, target, trace);
            loggedIn = false;
        }
        if (!loggedIn) {
            login();
        }
    }

    private void login() throws Interruption {
        long start = System.nanoTime();
        try {
            runner.run(bot.login(), new StepRunner.Work("login", Scope.forSession(target, bot.codes()),
                    sessionEvidence, where));
        } catch (Interruption.SessionExpired | Interruption.Refused e) {
            // The login screen again after submitting it: the ledger did not accept the bot's login.
            List<String> codes = bot.messages().classify(runner.look(List.of(bot.messages().target()))
                    .lines(bot.messages().target()));
            loginRefused = "login refused (" + String.join(", ", codes) + ")";
            throw new Interruption.LoginRefused(loginRefused);
        } catch (RecordRefused e) {
            loginRefused = "login steps cannot run: " + e.getMessage();
            throw new Interruption.LoginRefused(loginRefused);
        }
        loggedIn = true;
        log.info("ledger.web.login {} ms={}", where, (System.nanoTime() - start) / 1_000_000);
    }

    /** The login is gone (the ledger said so); the next {@link #ready()} logs in again. */
    void loggedOut() {
        loggedIn = false;
    }

    /** A browser that no longer answers is replaced at the next {@link #ready()}. */
    void failed(Interruption failure) {
        Throwable cause = failure.getCause();
        if (browser != null && (cause instanceof NoSuchSessionException || cause instanceof UnreachableBrowserException)) {
            log.warn("ledger.web.browser-lost {}; a new one starts for the next attempt", where);
            browser.close();
            browser = null;
        }
    }

    /** Waits between attempts; false when the thread was interrupted (the run is being stopped). */
    static boolean pause(Duration pause) {
        try {
            Sleeper.SYSTEM_SLEEPER.sleep(pause);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    BotDefinition bot() {
        return bot;
    }

    RunContext run() {
        return run;
    }

    LedgerTarget target() {
        return target;
    }

    StepRunner runner() {
        return runner;
    }

    Page page() {
        return page;
    }

    @Override
    public void commit() {
        log.info("ledger.web.commit {} (each record was registered by its own final submit)", where);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (loggedIn && !bot.logout().isEmpty()) {
                runner.run(bot.logout(), new StepRunner.Work("logout", Scope.forSession(target, bot.codes()),
                        sessionEvidence, where));
            }
        } catch (Interruption | RecordRefused e) {
            log.info("ledger.web.logout skipped {}: {}", where, e.getMessage());
        } catch (RuntimeException e) {
            log.info("ledger.web.logout skipped {}: {}", where, Redact.throwable(e));
        } finally {
            if (browser != null) {
                browser.close();
                browser = null;
            }
            log.info("ledger.web.closed {}", where);
        }
    }
}
