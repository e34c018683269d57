package io.scan2ledger.bots.web;

import io.scan2ledger.legacyledger.LegacyLedger;
import io.scan2ledger.ledger.RunContext;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/** The embedded legacy ledger and web bots pointed at it, with quick retries for tests. */
final class LedgerUnderTest implements AutoCloseable {

    static final String USER = "rpa-bot";
    static final String PASSWORD = "rpa-demo";
    /** Every browser profile of these tests is made here, so leftovers are easy to find. */
    static final Path WORK = Path.of("target", "webbot").toAbsolutePath();
    private static final AtomicLong RUNS = new AtomicLong(100);

    private final LegacyLedger ledger;

    LedgerUnderTest(LegacyLedger.Options options) {
        this.ledger = LegacyLedger.start(options);
    }

    LegacyLedger ledger() {
        return ledger;
    }

    WebLedgerBot bot(String id) {
        return bot(id, ledger.baseUrl());
    }

    WebLedgerBot bot(String id, String baseUrl) {
        return new WebLedgerBot(definition(id), settings(baseUrl));
    }

    /** The bot with every input and click in {@code input} mode. */
    WebLedgerBot bot(String id, InputMode input) {
        return new WebLedgerBot(definition(id).withInput(input), settings(ledger.baseUrl()));
    }

    /** A bundled definition with quick retries. */
    static BotDefinition definition(String id) {
        return BotDefinitions.bundled().byId(id).orElseThrow()
                .withRetry(new RetryPolicy(3, Duration.ofMillis(20), 2, Duration.ofMillis(100), Duration.ofMinutes(1)));
    }

    static WebBotSettings settings(String baseUrl) {
        return WebBotSettings.of(Map.of("LEDGER_URL", baseUrl, "LEDGER_USER", USER, "LEDGER_PASSWORD", PASSWORD))
                .withBrowser(BrowserSettings.defaults().withWorkDir(WORK));
    }

    static RunContext run(Path evidence, boolean dryRun) {
        return new RunContext(RUNS.incrementAndGet(), Instant.now(), dryRun, evidence);
    }

    List<Map<String, Object>> rows(String ledgerId) {
        return ledger.records(ledgerId);
    }

    /**
     * Browsers of ours still running: any process whose command line names a profile folder of
     * these tests, and any ChromeDriver or Chromium started by this JVM.
     */
    static List<ProcessHandle> browsersLeft() {
        return Stream.concat(
                        ProcessHandle.allProcesses().filter(p -> commandLine(p).contains(WORK.toString())),
                        ProcessHandle.current().descendants().filter(p -> commandLine(p).contains("chrom")))
                .filter(ProcessHandle::isAlive).distinct().toList();
    }

    private static String commandLine(ProcessHandle p) {
        return p.info().commandLine().orElse("");
    }

    @Override
    public void close() {
        ledger.close();
    }
}
