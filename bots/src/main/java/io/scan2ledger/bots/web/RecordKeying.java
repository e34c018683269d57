package io.scan2ledger.bots.web;

import io.scan2ledger.bots.support.KeyHash;
import io.scan2ledger.bots.support.RecordRefused;
import io.scan2ledger.bots.web.BotDefinition.ValueRead;
import io.scan2ledger.ledger.KeyingOutcome;
import io.scan2ledger.ledger.LedgerRecord;
import io.scan2ledger.support.Redact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One record's way into the ledger, over as many attempts as the retry policy allows. Every
 * attempt starts with the search by key, so a record is never keyed twice: not when it was keyed
 * in an earlier run, and not after a failure whose outcome is unknown (the final submit was sent,
 * the answer lost). A session expiry logs in again and restarts the record without counting as a
 * failed attempt.
 *
 * <p>Keyed means verified: whenever an entry is there — just registered, or found by the search —
 * the definition's verify steps compare what the ledger holds with the record. Equal: {@code Keyed}
 * when the entry is ours (our final submit was sent), {@code AlreadyPresent} when it was there
 * before. Different: {@code VERIFY_MISMATCH} when ours, {@code KEY_CONFLICT} when not.
 */
final class RecordKeying {

    private static final Logger log = LoggerFactory.getLogger(RecordKeying.class);

    private enum Phase { FIND, KEY, CONFIRM, READ_BACK, VERIFY }

    private final WebLedgerSession session;
    private final BotDefinition bot;
    private final LedgerRecord record;
    private final Scope scope;
    private final Evidence evidence;
    private final String where;
    private final Map<Phase, Long> nanos = new EnumMap<>(Phase.class);
    private final long start = System.nanoTime();
    private Phase phase = Phase.FIND;
    private long phaseStart = start;
    private int attempt;
    private int relogins;
    /** The final submit was sent in an earlier attempt: a later search that finds the key found ours. */
    private boolean submitted;

    RecordKeying(WebLedgerSession session, LedgerRecord record) {
        this.session = session;
        this.bot = session.bot();
        this.record = record;
        this.scope = Scope.of(record, session.target(), bot.codes());
        this.evidence = Evidence.forRecord(session.run(), bot.id(), record.documentId());
        this.where = "bot=" + bot.id() + " run=" + session.run().runId() + " document=" + record.documentId()
                + " key=" + KeyHash.of(record.key());
    }

    KeyingOutcome key() {
        if (record.key() == null || record.key().isBlank()) {
            return done(new KeyingOutcome.Failed("the record has no key", List.of(), false));
        }
        RetryPolicy retry = bot.retry();
        while (true) {
            attempt++;
            boolean submittedBefore = submitted;
            try {
                return done(guarded(this::attemptOnce));
            } catch (Interruption.SessionExpired e) {
                session.loggedOut();
                log.info("ledger.web.session-expired {} phase={} relogin={}", where, phase(), relogins + 1);
                attempt--;
                if (++relogins > retry.attempts()) {
                    return failed("the session kept expiring: " + e.getMessage(), true);
                }
            } catch (Interruption.LoginRefused e) {
                return failed(e.getMessage(), true);
            } catch (Interruption.Refused | RecordRefused e) {
                return refused(e, submittedBefore);
            } catch (Interruption e) { // Transient: an error page, a timeout, a stale element, a lost browser
                evidence.capture(session.page(), "a" + attempt);
                session.failed(e);
                log.warn("ledger.web.attempt-failed {} attempt={} phase={} submitted={} reason={}", where, attempt,
                        phase(), submitted, e.getMessage());
                if (attempt >= retry.attempts() || !WebLedgerSession.pause(retry.pauseAfter(attempt))) {
                    return failed(e.getMessage() + " (" + attempt + " attempts"
                            + (submitted ? "; the final submit was sent, the next run searches for the key first" : "")
                            + ")", true);
                }
            }
        }
    }

    /** A part of an attempt that may fail the way attempts fail. */
    @FunctionalInterface
    private interface Part<T> {
        T run() throws Interruption, RecordRefused;
    }

    /**
     * Runs a part of an attempt; anything unforeseen (an odd answer from the driver, a bug) counts
     * as a transient failure of that attempt, so that it never escapes {@link #key()} to stop the run.
     */
    private static <T> T guarded(Part<T> part) throws Interruption, RecordRefused {
        try {
            return part.run();
        } catch (RuntimeException e) {
            throw new Interruption.Transient("unexpected " + Redact.throwable(e), e);
        }
    }

    private KeyingOutcome attemptOnce() throws Interruption, RecordRefused {
        session.ready();
        Optional<String> existing = find();
        if (existing.isPresent()) {
            return verified(existing.get(), submitted);
        }
        enter(Phase.KEY);
        runner().run(bot.key(), work());
        if (session.run().dryRun()) {
            String screen = runner().screenOf(runner().look(List.of()));
            return new KeyingOutcome.WouldKey("would register from " + screen + " (" + count(Step.Input.class)
                    + " inputs filled, " + count(Step.AssertText.class) + " values confirmed; final submit skipped)");
        }
        enter(Phase.CONFIRM);
        submitted = true;
        runner().run(bot.confirm(), work());
        enter(Phase.READ_BACK);
        runner().run(bot.readBack().steps(), work());
        return verified(ledgerRef(bot.readBack().ledgerRef()), true);
    }

    /**
     * Compares the entry {@code ref} with the record. {@code ours}: our final submit was sent, so
     * an entry under the key is the one it made.
     */
    private KeyingOutcome verified(String ref, boolean ours) throws Interruption, RecordRefused {
        enter(Phase.VERIFY);
        scope.set(Scope.LEDGER_REF, ref);
        StepRunner.Comparison comparison = new StepRunner.Comparison(bot.verify().normalise());
        runner().run(bot.verify().steps(), new StepRunner.Work(phase(), scope, evidence, where, comparison));
        List<String> differ = comparison.fields();
        if (differ.isEmpty()) {
            return ours ? new KeyingOutcome.Keyed(ref) : new KeyingOutcome.AlreadyPresent(ref);
        }
        // Field names only: which items differ is what the person who has to look needs.
        log.warn("ledger.web.verify-mismatch {} ref={} ours={} fields={}", where, ref, ours, differ);
        evidence.capture(session.page(), "verify");
        return ours ? KeyingOutcome.Failed.verifyMismatch(differ, evidence.write())
                : KeyingOutcome.Failed.keyConflict(ref, differ, evidence.write());
    }

    /** The search by key: the existing entry's ledger number, or empty. */
    private Optional<String> find() throws Interruption, RecordRefused {
        enter(Phase.FIND);
        BotDefinition.Find find = bot.find();
        runner().run(find.steps(), work());
        Snapshot s = runner().look(List.of(find.present().locators(bot.screen()), find.absent().locators(bot.screen()),
                List.of(find.ledgerRef().target())).stream().flatMap(List::stream).toList(),
                List.of(find.present().counted(), find.absent().counted()).stream().flatMap(List::stream).toList());
        if (find.present().resolve(scope).holds(s, bot.screen())) {
            return Optional.of(ledgerRef(find.ledgerRef(), s));
        }
        if (find.absent().resolve(scope).holds(s, bot.screen())) {
            return Optional.empty();
        }
        throw new RecordRefused("the search by key shows neither " + find.present() + " nor " + find.absent()
                + " (is the key in the ledger more than once?)");
    }

    private String ledgerRef(ValueRead read) throws Interruption {
        return ledgerRef(read, runner().look(List.of(read.target())));
    }

    private String ledgerRef(ValueRead read, Snapshot s) throws Interruption {
        String ref = s.text(read.target());
        if (ref == null || ref.isEmpty() || (read.pattern() != null && !read.pattern().matcher(ref).matches())) {
            throw new Interruption.Transient("no ledger number in " + read.target() + " on " + runner().screenOf(s), null);
        }
        return ref;
    }

    /**
     * The values are refused. Before the final submit that is the end of it. After it, the outcome
     * is unknown until the ledger is searched again: a refusal of the submit itself (既に登録されています)
     * or a completion screen that does not match may still mean the entry is there — and then the
     * verify steps decide, as for any entry found: never Keyed without them.
     */
    private KeyingOutcome refused(Exception e, boolean submittedBefore) {
        evidence.capture(session.page(), "a" + attempt);
        if (phase == Phase.CONFIRM || phase == Phase.READ_BACK) {
            boolean ours = phase == Phase.READ_BACK || submittedBefore;
            try {
                Optional<String> existing = guarded(this::find);
                if (existing.isPresent()) {
                    log.info("ledger.web.recheck {} phase={} found=true", where, phase());
                    return done(guarded(() -> verified(existing.get(), ours)));
                }
            } catch (Interruption | RecordRefused again) {
                return failed(e.getMessage() + "; the search afterwards failed too, so whether it was registered"
                        + " is unknown: " + again.getMessage(), true);
            }
        }
        return failed(e.getMessage(), false);
    }

    private KeyingOutcome failed(String reason, boolean retryable) {
        return done(new KeyingOutcome.Failed(bot.id() + ": " + reason, evidence.write(), retryable));
    }

    private KeyingOutcome done(KeyingOutcome outcome) {
        enter(phase); // closes the running phase's time
        String detail;
        if (outcome instanceof KeyingOutcome.Keyed k) {
            detail = "ref=" + k.ledgerRef();
        } else if (outcome instanceof KeyingOutcome.AlreadyPresent a) {
            detail = "ref=" + a.ledgerRef();
        } else if (outcome instanceof KeyingOutcome.Failed f) {
            detail = "cause=" + f.cause() + " retryable=" + f.retryable() + " evidence=" + f.evidence().size() + " reason=" + f.reason();
        } else {
            detail = "dryRun=true";
        }
        log.info("ledger.web.record {} outcome={} {} attempts={} relogins={} findMs={} keyMs={} confirmMs={}"
                        + " verifyMs={} totalMs={}",
                where, outcome.getClass().getSimpleName(), detail, attempt, relogins, ms(Phase.FIND), ms(Phase.KEY),
                ms(Phase.CONFIRM) + ms(Phase.READ_BACK), ms(Phase.VERIFY), (System.nanoTime() - start) / 1_000_000);
        return outcome;
    }

    private void enter(Phase next) {
        long now = System.nanoTime();
        nanos.merge(phase, now - phaseStart, Long::sum);
        phase = next;
        phaseStart = now;
    }

    private long ms(Phase p) {
        return nanos.getOrDefault(p, 0L) / 1_000_000;
    }

    private String phase() {
        return phase.name().toLowerCase(Locale.ROOT);
    }

    private long count(Class<? extends Step> kind) {
        return Step.flatten(bot.key()).stream().filter(kind::isInstance).count();
    }

    private StepRunner runner() {
        return session.runner();
    }

    private StepRunner.Work work() {
        return new StepRunner.Work(phase(), scope, evidence, where);
    }
}
