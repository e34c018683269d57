package io.scan2ledger.bots.web;

import io.scan2ledger.legacyledger.LegacyLedger;
import io.scan2ledger.ledger.KeyingOutcome;
import io.scan2ledger.ledger.LedgerRecord;
import io.scan2ledger.ledger.LedgerSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

/**
 * Records per minute into the legacy ledger demo, in one run and against the same embedded ledger
 * (reset in between): the web bot as shipped (SCRIPT input: one script call per screen, search
 * before and read-back after each record, confirmation screen checked, every stored item verified
 * on CM040 照会), the same bot without its verify steps (what verification costs), the same bot with KEYS
 * input (sendKeys per field, WebDriver clicks), and a plain hand-written Selenium loop doing the same
 * steps and checks (sendKeys, WebDriverWait), once with Selenium's default 500 ms polling and once
 * with the bot's. Browser start and login are not counted: they happen once per session.
 * Synthetic 児童手当 records, no real personal data.
 *
 * <p>{@code WebBotBenchmark [records]} (default 30); the command is printed with the figures.
 */
public final class WebBotBenchmark {

    static final String COMMAND = "mvn -B -q -o -pl legacy-ledger,bots -am test-compile dependency:build-classpath"
            + " -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath"
            + " && cd bots && SE_OFFLINE=true XDG_CONFIG_HOME=target/xdg/config XDG_CACHE_HOME=target/xdg/cache"
            + " java -Djava.util.logging.config.file=src/test/resources/jul.properties"
            + " -cp target/test-classes:target/classes:$(cat target/test.classpath)"
            + " io.scan2ledger.bots.web.WebBotBenchmark 30";

    private WebBotBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        SyntheticRecords synthetic = new SyntheticRecords(2026);
        List<LedgerRecord> records = LongStream.rangeClosed(1, count).mapToObj(synthetic::childAllowance).toList();
        Path evidence = Files.createTempDirectory("webbot-bench");
        try (LedgerUnderTest ledger = new LedgerUnderTest(LegacyLedger.Options.defaults())) {
            warmUp(ledger, evidence);
            Map<String, Long> verifySteps = new java.util.TreeMap<>();
            double script = bot(ledger, records, InputMode.SCRIPT, true, evidence, verifySteps);
            double unverified = bot(ledger, records, InputMode.SCRIPT, false, evidence, new java.util.HashMap<>());
            double keys = bot(ledger, records, InputMode.KEYS, true, evidence, new java.util.HashMap<>());
            double plain = plainLoop(ledger, records, Duration.ofMillis(500));
            double tuned = plainLoop(ledger, records, Page.POLLING);
            System.out.printf("web bot, script input (search + confirmation check + read-back + verify): %.1f records/min%n",
                    script);
            System.out.printf("web bot, script input, verify steps left out:                            %.1f records/min%n",
                    unverified);
            System.out.printf("verification costs: %.0f ms a record by the two speeds (verified / unverified %.2f);"
                            + " its steps took %.1f ms a record: %s%n",
                    60_000 / script - 60_000 / unverified, script / unverified,
                    verifySteps.values().stream().mapToLong(Long::longValue).sum() / (double) count,
                    perRecord(verifySteps, count));
            System.out.printf("web bot, keys input (sendKeys per field, same checks and verify):        %.1f records/min%n",
                    keys);
            System.out.printf("plain Selenium loop, same steps, default 500 ms polling:       %.1f records/min%n", plain);
            System.out.printf("plain Selenium loop, same steps, %d ms polling like the bot:    %.1f records/min%n",
                    Page.POLLING.toMillis(), tuned);
            System.out.printf("ratio web bot (script) / plain loop: %.2f (500 ms polling), %.2f (same polling)%n",
                    script / plain, script / tuned);
            System.out.printf("%d records each; reproduce: %s%n", count, COMMAND);
        }
    }

    /** The first browser of a JVM pays for class loading and a cold Chromium; no contender should. */
    private static void warmUp(LedgerUnderTest ledger, Path evidence) throws Exception {
        try (LedgerSession session = ledger.bot("jidou-teate-web").open(LedgerUnderTest.run(evidence, false))) {
            session.key(new SyntheticRecords(1).childAllowance(999_999));
        }
        ledger.ledger().reset();
    }

    /** {@code verifySteps} gets the milliseconds of each verify step, summed over the records. */
    private static double bot(LedgerUnderTest ledger, List<LedgerRecord> records, InputMode input, boolean verify,
                              Path evidence, Map<String, Long> verifySteps) throws Exception {
        ledger.ledger().reset();
        BotDefinition definition = ledger.bot("jidou-teate-web").definition().withInput(input);
        if (!verify) {
            definition = definition.withVerify(BotDefinition.Verify.none());
        }
        WebLedgerBot bot = new WebLedgerBot(definition, LedgerUnderTest.settings(ledger.ledger().baseUrl())
                .withTrace((phase, step, millis) -> {
                    if (phase.equals("verify")) {
                        verifySteps.merge(step.replaceAll(" .*", ""), millis, Long::sum);
                    }
                }));
        List<KeyingOutcome> outcomes = new ArrayList<>();
        long nanos;
        try (LedgerSession session = bot.open(new io.scan2ledger.ledger.RunContext(1, Instant.now(), false, evidence))) {
            long start = System.nanoTime();
            records.forEach(r -> outcomes.add(session.key(r)));
            nanos = System.nanoTime() - start;
        }
        check(ledger, records, outcomes.stream().allMatch(KeyingOutcome.Keyed.class::isInstance));
        return perMinute(records.size(), nanos);
    }

    private static double plainLoop(LedgerUnderTest ledger, List<LedgerRecord> records, Duration polling)
            throws Exception {
        ledger.ledger().reset();
        long nanos;
        try (PlainSeleniumLoop loop = new PlainSeleniumLoop(ledger.ledger().baseUrl(), polling)) {
            loop.login(LedgerUnderTest.USER, LedgerUnderTest.PASSWORD);
            long start = System.nanoTime();
            records.forEach(loop::key);
            nanos = System.nanoTime() - start;
        }
        check(ledger, records, true);
        return perMinute(records.size(), nanos);
    }

    /** A fast run that keyed wrongly would be no result: every record must be in the ledger, once. */
    private static void check(LedgerUnderTest ledger, List<LedgerRecord> records, boolean allKeyed) {
        List<Map<String, Object>> rows = ledger.rows("jidou-teate");
        if (!allKeyed || rows.size() != records.size()) {
            throw new IllegalStateException("expected " + records.size() + " rows, found " + rows.size());
        }
    }

    private static String perRecord(Map<String, Long> millis, int records) {
        return millis.entrySet().stream().map(e -> String.format("%s %.1f", e.getKey(), e.getValue() / (double) records))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static double perMinute(int records, long nanos) {
        return records * 60e9 / nanos;
    }
}
