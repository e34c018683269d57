package io.scan2ledger.batch;

import io.scan2ledger.audit.AuditEntry;
import io.scan2ledger.audit.AuditTrail;
import io.scan2ledger.document.Document;
import io.scan2ledger.document.DocumentQuery;
import io.scan2ledger.document.DocumentRepository;
import io.scan2ledger.document.DocumentState;
import io.scan2ledger.extraction.ReadingRepository;
import io.scan2ledger.ledger.KeyingOutcome;
import io.scan2ledger.ledger.LedgerBot;
import io.scan2ledger.ledger.LedgerRecord;
import io.scan2ledger.ledger.LedgerSession;
import io.scan2ledger.ledger.LedgerUnavailable;
import io.scan2ledger.ledger.RunContext;
import io.scan2ledger.support.Redact;
import io.scan2ledger.support.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The nightly batch: APPROVED and VALIDATED documents (and KEY_FAILED ones, which are retried) go
 * to the bots configured for their form.
 *
 * <p>What users of RPA tools complain about, and how this avoids it:
 * <ul>
 *   <li><b>Keyed twice after a retry.</b> Every (document, bot) pair has a keying record; a done
 *   pair is never sent again, and every bot checks its ledger for the record's key before keying.</li>
 *   <li><b>A failed run blocks later runs.</b> One run at a time through a lock with a heartbeat; a
 *   run whose process died is marked ABANDONED when the app starts again (or by the next run, when
 *   another node's process died), and the next run carries on.</li>
 *   <li><b>Items stuck "in progress".</b> An IN_PROGRESS pair from a dead run is simply tried again
 *   (after the bot's own check, or {@link LedgerBot#reached} for file-only bots).</li>
 *   <li><b>Failures without evidence.</b> A failed record keeps its reason and the bot's
 *   screenshots and page HTML, stays retryable, and never stops the rest of the run.</li>
 * </ul>
 */
public class BatchService {

    private static final Logger log = LoggerFactory.getLogger(BatchService.class);
    private static final String ACTOR = "system:batch";
    private static final Set<DocumentState> KEYABLE = EnumSet.of(DocumentState.APPROVED, DocumentState.VALIDATED,
            DocumentState.KEY_FAILED);

    private final DocumentRepository documents;
    private final ReadingRepository readings;
    private final BatchRepository batches;
    private final BotRoster roster;
    private final RunReports reports;
    private final AuditTrail audit;
    private final Transactions tx;
    private final Clock clock;
    private final Path evidenceDir;
    private final Duration stale;
    private final BatchSchedule schedule;

    public BatchService(DocumentRepository documents, ReadingRepository readings, BatchRepository batches,
                        BotRoster roster, RunReports reports, AuditTrail audit, Transactions tx, Clock clock,
                        Path evidenceDir, Duration stale, BatchSchedule schedule) {
        this.documents = documents;
        this.readings = readings;
        this.batches = batches;
        this.roster = roster;
        this.reports = reports;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.evidenceDir = evidenceDir;
        this.stale = stale;
        this.schedule = schedule;
    }

    /** Starts a run and does it on this thread; empty if another run is still going. */
    public Optional<BatchRun> run(BatchRun.Trigger trigger, String requestedBy, boolean dryRun) {
        return start(trigger, requestedBy, dryRun).map(this::process);
    }

    /** Claims the batch and records a RUNNING run (for an admin's request, which is then processed in the background). */
    public Optional<BatchRun> start(BatchRun.Trigger trigger, String requestedBy, boolean dryRun) {
        Optional<BatchRun> started = tx.inTransaction(() -> batches.start(trigger, requestedBy, dryRun, stale));
        if (started.isEmpty()) {
            log.info("batch.skip reason=another-run-is-going");
        }
        started.ifPresent(run -> log.info("batch.start run={} trigger={} dryRun={}", run.id(), trigger, dryRun));
        return started;
    }

    /** At start-up: a run that died with its process is marked ABANDONED now, not by the next run. */
    public void abandonDeadRun() {
        tx.inTransaction(() -> batches.abandonDead(stale))
                .ifPresent(run -> log.info("batch.abandoned run={} reason=process-gone", run));
    }

    /** Does a started run: every bot's records, then the report. */
    public BatchRun process(BatchRun run) {
        boolean dryRun = run.dryRun();
        RunContext context = new RunContext(run.id(), run.startedAt(), dryRun, evidenceDir.resolve("run-" + run.id()));
        Map<LedgerBot, List<Document>> work = work();
        Optional<Duration> retry = Optional.empty();
        for (Map.Entry<LedgerBot, List<Document>> e : work.entrySet()) {
            Optional<Duration> asked = runBot(e.getKey(), e.getValue(), context);
            retry = asked.isPresent() && (retry.isEmpty() || asked.get().compareTo(retry.get()) < 0) ? asked : retry;
        }
        if (retry.isPresent() && !dryRun) {
            // A ledger that was busy (a workbook open in Excel) is tried again when it said, not only next night.
            Instant when = clock.instant().plus(retry.get());
            schedule.retryAt(when);
            log.info("batch.retry-scheduled run={} at={}", run.id(), when);
        }
        List<KeyingEvent> events = batches.events(run.id());
        List<Document> inReview = documents.search(new DocumentQuery(Optional.of(DocumentState.NEEDS_REVIEW),
                Set.of(), true, DocumentQuery.MAX_LIMIT));
        RunReports.Written report = reports.write(withCounts(run, events, inReview.size()), events, inReview);
        tx.inTransaction(() -> batches.finish(run.id(), count(events, KeyingEvent.Outcome.KEYED),
                count(events, KeyingEvent.Outcome.ALREADY_PRESENT), count(events, KeyingEvent.Outcome.FAILED),
                count(events, KeyingEvent.Outcome.WOULD_KEY), inReview.size(), report.xlsx().toString(),
                report.pdf().toString()));
        log.info("batch.finish run={} keyed={} alreadyPresent={} failed={} wouldKey={}", run.id(),
                count(events, KeyingEvent.Outcome.KEYED), count(events, KeyingEvent.Outcome.ALREADY_PRESENT),
                count(events, KeyingEvent.Outcome.FAILED), count(events, KeyingEvent.Outcome.WOULD_KEY));
        return batches.run(run.id()).orElseThrow();
    }

    /** The documents each bot has to key: keyable, of a form it keys, and not yet done by it. */
    private Map<LedgerBot, List<Document>> work() {
        Map<LedgerBot, List<Document>> work = new LinkedHashMap<>();
        for (long id : documents.findIdsInStates(KEYABLE)) {
            Document doc = documents.find(id).orElseThrow();
            for (LedgerBot bot : roster.botsFor(doc.formId())) {
                boolean done = batches.keying(id, bot.id()).map(k -> k.status().done()).orElse(false);
                if (!done) {
                    work.computeIfAbsent(bot, b -> new ArrayList<>()).add(doc);
                }
            }
        }
        return work;
    }

    private record Pending(Document document, KeyingOutcome outcome) {
    }

    /** Keys one bot's records; the wait its ledger asked for when it could not be used at all. */
    private Optional<Duration> runBot(LedgerBot bot, List<Document> docs, RunContext context) {
        List<Pending> pending = new ArrayList<>();
        Optional<Duration> retryAfter = Optional.empty();
        try (LedgerSession session = bot.open(context)) {
            for (Document doc : docs) {
                if (recoveredFromDeadRun(bot, doc, context)) {
                    continue;
                }
                LedgerRecord record = LedgerRecords.of(doc, readings.fields(doc.id()));
                if (!context.dryRun()) {
                    markInProgress(bot, doc.id(), context.runId(), null);
                }
                KeyingOutcome outcome = session.key(record);
                if (outcome instanceof KeyingOutcome.Keyed keyed && !context.dryRun()) {
                    // Written down before the final step: if the process dies after it, the next run can tell.
                    markInProgress(bot, doc.id(), context.runId(), keyed.ledgerRef());
                }
                pending.add(new Pending(doc, outcome));
                batches.heartbeat(context.runId());
            }
            if (!context.dryRun()) {
                session.commit();
            }
        } catch (LedgerUnavailable | RuntimeException unavailable) {
            // A bot that cannot work (ledger down, workbook open in Excel, or a bug) fails its own
            // records, retryably; the other bots' records go on.
            String reason = "台帳が利用できません / ledger unavailable: " + Redact.throwable(unavailable);
            List<Pending> failed = new ArrayList<>();
            for (Document doc : docs) {
                boolean keyedAlready = pending.stream().anyMatch(p -> p.document().id() == doc.id()
                        && p.outcome() instanceof KeyingOutcome.AlreadyPresent);
                failed.add(keyedAlready ? pending.stream().filter(p -> p.document().id() == doc.id()).findFirst()
                        .orElseThrow() : new Pending(doc, new KeyingOutcome.Failed(reason, List.of(), true)));
            }
            pending = failed;
            if (unavailable instanceof LedgerUnavailable busy && busy.retryAfter() != null) {
                retryAfter = Optional.of(busy.retryAfter());
            }
            log.warn("batch.bot-unavailable run={} bot={} records={} cause={}", context.runId(), bot.id(),
                    docs.size(), Redact.throwable(unavailable));
        }
        for (Pending p : pending) {
            record(bot, p.document(), p.outcome(), context);
        }
        return retryAfter;
    }

    /** An IN_PROGRESS pair whose run died after its file was written is done, not to be written again. */
    private boolean recoveredFromDeadRun(LedgerBot bot, Document doc, RunContext context) {
        Optional<Keying> before = batches.keying(doc.id(), bot.id());
        if (context.dryRun() || before.isEmpty() || before.get().status() != Keying.Status.IN_PROGRESS
                || before.get().pendingRef() == null || !bot.reached(before.get().pendingRef())) {
            return false;
        }
        record(bot, doc, new KeyingOutcome.Keyed(before.get().pendingRef()), context);
        return true;
    }

    private void markInProgress(LedgerBot bot, long documentId, long runId, String pendingRef) {
        tx.inTransaction(() -> {
            Keying before = batches.keying(documentId, bot.id()).orElse(null);
            int attempts = (before == null ? 0 : before.attempts()) + (pendingRef == null ? 1 : 0);
            batches.saveKeying(new Keying(documentId, bot.id(), Keying.Status.IN_PROGRESS,
                    before == null ? null : before.ledgerRef(), pendingRef, attempts, runId,
                    before == null ? null : before.reason(), before == null ? List.of() : before.evidence(), true,
                    clock.instant()));
        });
    }

    private void record(LedgerBot bot, Document doc, KeyingOutcome outcome, RunContext context) {
        tx.inTransaction(() -> {
            KeyingEvent event = event(context.runId(), doc, bot, outcome);
            batches.addEvent(event);
            if (context.dryRun()) {
                return;
            }
            Keying before = batches.keying(doc.id(), bot.id()).orElse(null);
            int attempts = before == null ? 1 : Math.max(1, before.attempts());
            Keying.Status status = switch (event.outcome()) {
                case KEYED -> Keying.Status.KEYED;
                case ALREADY_PRESENT -> Keying.Status.ALREADY_PRESENT;
                default -> Keying.Status.FAILED;
            };
            boolean retryable = !(outcome instanceof KeyingOutcome.Failed f) || f.retryable();
            batches.saveKeying(new Keying(doc.id(), bot.id(), status, event.ledgerRef(), null, attempts,
                    context.runId(), event.reason(), event.evidence(), retryable, clock.instant()));
            audit.append(AuditEntry.of(ACTOR, "KEYING", doc.id()).withChange(null, status)
                    .withDetail("bot=" + bot.id() + " run=" + context.runId()
                            + (event.ledgerRef() == null ? "" : " ref=" + event.ledgerRef())));
            settleDocument(doc.id());
        });
    }

    /** KEYED once every bot of its form is done; KEY_FAILED while any has failed. */
    private void settleDocument(long documentId) {
        Document doc = documents.find(documentId).orElseThrow();
        if (!KEYABLE.contains(doc.state())) {
            return;
        }
        List<LedgerBot> bots = roster.botsFor(doc.formId());
        List<Keying> keyings = bots.stream().map(b -> batches.keying(documentId, b.id()).orElse(null)).toList();
        DocumentState next = keyings.stream().allMatch(k -> k != null && k.status().done()) ? DocumentState.KEYED
                : keyings.stream().anyMatch(k -> k != null && k.status() == Keying.Status.FAILED)
                ? DocumentState.KEY_FAILED : null;
        if (next != null && next != doc.state() && documents.compareAndSetState(documentId, doc.state(), next)) {
            audit.append(AuditEntry.of(ACTOR, "STATE", documentId).withChange(doc.state(), next));
        }
    }

    private KeyingEvent event(long runId, Document doc, LedgerBot bot, KeyingOutcome outcome) {
        if (outcome instanceof KeyingOutcome.Keyed k) {
            return new KeyingEvent(runId, doc.id(), bot.id(), doc.formId(), KeyingEvent.Outcome.KEYED, k.ledgerRef(),
                    null, List.of(), clock.instant());
        }
        if (outcome instanceof KeyingOutcome.AlreadyPresent a) {
            return new KeyingEvent(runId, doc.id(), bot.id(), doc.formId(), KeyingEvent.Outcome.ALREADY_PRESENT,
                    a.ledgerRef(), null, List.of(), clock.instant());
        }
        if (outcome instanceof KeyingOutcome.WouldKey w) {
            return new KeyingEvent(runId, doc.id(), bot.id(), doc.formId(), KeyingEvent.Outcome.WOULD_KEY, null,
                    w.summary(), List.of(), clock.instant());
        }
        KeyingOutcome.Failed f = (KeyingOutcome.Failed) outcome;
        return new KeyingEvent(runId, doc.id(), bot.id(), doc.formId(), KeyingEvent.Outcome.FAILED, null, f.reason(),
                f.evidence().stream().map(Path::toString).toList(), clock.instant());
    }

    private static BatchRun withCounts(BatchRun run, List<KeyingEvent> events, int inReview) {
        return new BatchRun(run.id(), run.trigger(), run.requestedBy(), run.dryRun(), run.status(), run.startedAt(),
                null, count(events, KeyingEvent.Outcome.KEYED), count(events, KeyingEvent.Outcome.ALREADY_PRESENT),
                count(events, KeyingEvent.Outcome.FAILED), count(events, KeyingEvent.Outcome.WOULD_KEY), inReview,
                null, null);
    }

    private static int count(List<KeyingEvent> events, KeyingEvent.Outcome outcome) {
        return (int) events.stream().filter(e -> e.outcome() == outcome).count();
    }
}
