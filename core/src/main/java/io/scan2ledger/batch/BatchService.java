package io.scan2ledger.batch;

import io.scan2ledger.audit.AuditEntry;
import io.scan2ledger.audit.AuditTrail;
import io.scan2ledger.document.Document;
import io.scan2ledger.document.DocumentQuery;
import io.scan2ledger.document.DocumentRepository;
import io.scan2ledger.document.DocumentState;
import io.scan2ledger.extraction.ReadingRepository;
import io.scan2ledger.field.Problem;
import io.scan2ledger.ledger.KeyingOutcome;
import io.scan2ledger.ledger.LedgerBot;
import io.scan2ledger.ledger.LedgerRecord;
import io.scan2ledger.ledger.LedgerSession;
import io.scan2ledger.ledger.LedgerUnavailable;
import io.scan2ledger.ledger.RunContext;
import io.scan2ledger.review.ApprovalRepository;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The nightly batch: APPROVED and VALIDATED documents (and KEY_FAILED ones, which are retried) go
 * to the bots configured for their form.
 *
 * <p>Keyed means verified: a bot reports a record keyed only once it has read it back. A failure a
 * retry cannot fix (the ledger refused the values, read back something else, holds a different
 * record under the key) sends the document back to review with a note saying which bot and which
 * fields; it is keyed again only after a supervisor approves it again, and the bot still checks
 * its ledger first. System errors are retried, but a bot that fails {@link BotPause#afterSystemErrors}
 * times in a row is paused for the rest of the run and a catch-up run is scheduled.
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
 *   screenshots and page HTML, and never stops the rest of the run.</li>
 *   <li><b>Failed items retried for ever.</b> Only system errors are retried; the rest go to a person.</li>
 * </ul>
 */
public class BatchService {

    private static final Logger log = LoggerFactory.getLogger(BatchService.class);
    private static final String ACTOR = "system:batch";
    /** The "bot" of a trial run's note about a document no bot keys. */
    public static final String NO_BOT = "-";
    private static final Set<DocumentState> KEYABLE = EnumSet.of(DocumentState.APPROVED, DocumentState.VALIDATED,
            DocumentState.KEY_FAILED);

    private final DocumentRepository documents;
    private final ReadingRepository readings;
    private final ApprovalRepository approvals;
    private final BatchRepository batches;
    private final BotRoster roster;
    private final RunReports reports;
    private final AuditTrail audit;
    private final Transactions tx;
    private final Clock clock;
    private final Path evidenceDir;
    private final Duration stale;
    private final BatchSchedule schedule;
    private final BotPause pause;

    /**
     * @param approvals cleared when a document goes back to review, so that its supervisors decide
     *                  anew (the four-eyes rule counts approvals)
     * @param pause     when a bot that keeps failing with system errors is left alone for the run
     */
    public BatchService(DocumentRepository documents, ReadingRepository readings, ApprovalRepository approvals,
                        BatchRepository batches, BotRoster roster, RunReports reports, AuditTrail audit,
                        Transactions tx, Clock clock, Path evidenceDir, Duration stale, BatchSchedule schedule,
                        BotPause pause) {
        this.documents = documents;
        this.readings = readings;
        this.approvals = approvals;
        this.batches = batches;
        this.roster = roster;
        this.reports = reports;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.evidenceDir = evidenceDir;
        this.stale = stale;
        this.schedule = schedule;
        this.pause = pause;
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
        List<Document> unkeyed = new ArrayList<>();
        Map<LedgerBot, List<Document>> work = work(unkeyed);
        if (!dryRun) {
            // An export whose importing job expects a file every night gets one, with no records if need be.
            roster.bots().stream().filter(LedgerBot::writesEveryRun)
                    .forEach(bot -> work.putIfAbsent(bot, new ArrayList<>()));
        }
        Optional<Duration> retry = Optional.empty();
        List<RunReports.BotNote> notes = new ArrayList<>();
        if (dryRun) {
            // A trial run shows what the real one would leave behind: documents ready to key that no bot keys.
            unkeyed.forEach(doc -> notes.add(new RunReports.BotNote(NO_BOT, "文書 " + doc.id() + "（様式 " + doc.formId()
                    + "）を入力するボットがありません / document " + doc.id() + " (form " + doc.formId()
                    + "): no bot keys this form")));
        }
        for (Map.Entry<LedgerBot, List<Document>> e : work.entrySet()) {
            Optional<Duration> asked = runBot(e.getKey(), e.getValue(), context, notes);
            retry = asked.isPresent() && (retry.isEmpty() || asked.get().compareTo(retry.get()) < 0) ? asked : retry;
        }
        if (retry.isPresent() && !dryRun) {
            // A ledger that was busy (a workbook open in Excel) or a paused bot is tried again soon, not only next night.
            Instant when = clock.instant().plus(retry.get());
            schedule.retryAt(when);
            log.info("batch.retry-scheduled run={} at={}", run.id(), when);
        } else if (!dryRun && schedule.nextRetry().isPresent()) {
            // This run offered every waiting record to every bot and none asked to be tried again:
            // the pending catch-up has nothing left to do.
            schedule.cancelRetry();
            log.info("batch.retry-cancelled run={} reason=covered", run.id());
        }
        List<KeyingEvent> events = batches.events(run.id());
        List<Document> inReview = documents.search(new DocumentQuery(Optional.of(DocumentState.NEEDS_REVIEW),
                Set.of(), true, DocumentQuery.MAX_LIMIT));
        RunReports.Written report = reports.write(withCounts(run, events, inReview.size()), events, inReview, notes);
        tx.inTransaction(() -> batches.finish(run.id(), count(events, KeyingEvent.Outcome.KEYED),
                count(events, KeyingEvent.Outcome.ALREADY_PRESENT), count(events, KeyingEvent.Outcome.FAILED),
                count(events, KeyingEvent.Outcome.WOULD_KEY), inReview.size(), report.xlsx().toString(),
                report.pdf().toString()));
        log.info("batch.finish run={} keyed={} alreadyPresent={} failed={} wouldKey={}", run.id(),
                count(events, KeyingEvent.Outcome.KEYED), count(events, KeyingEvent.Outcome.ALREADY_PRESENT),
                count(events, KeyingEvent.Outcome.FAILED), count(events, KeyingEvent.Outcome.WOULD_KEY));
        return batches.run(run.id()).orElseThrow();
    }

    /**
     * The documents each bot has to key: keyable, of a form it keys, and not yet done by it. A
     * failure that needs a person is offered again only once a supervisor has approved the document
     * again (it is APPROVED then, no longer KEY_FAILED). Keyable documents of a form no bot keys go
     * to {@code unkeyed}.
     */
    private Map<LedgerBot, List<Document>> work(List<Document> unkeyed) {
        Map<LedgerBot, List<Document>> work = new LinkedHashMap<>();
        for (long id : documents.findIdsInStates(KEYABLE)) {
            Document doc = documents.find(id).orElseThrow();
            if (roster.botsFor(doc.formId()).isEmpty()) {
                unkeyed.add(doc);
            }
            List<Keying> forReview = new ArrayList<>();
            for (LedgerBot bot : roster.botsFor(doc.formId())) {
                Optional<Keying> keying = batches.keying(id, bot.id());
                if (keying.map(k -> k.status().done()).orElse(false)) {
                    continue;
                }
                if (doc.state() == DocumentState.KEY_FAILED && keying.map(BatchService::needsPerson).orElse(false)) {
                    forReview.add(keying.get());
                } else {
                    work.computeIfAbsent(bot, b -> new ArrayList<>()).add(doc);
                }
            }
            if (!forReview.isEmpty()) {
                // Left KEY_FAILED by a version that retried every failure, or by a run that died in between.
                tx.inTransaction(() -> {
                    forReview.forEach(k -> addNote(doc.id(), KeyingReview.note(k.botId(), KeyingReview.causeOf(k),
                            k.reason())));
                    toReview(doc, "keying failed: a person has to look");
                });
                work.values().forEach(docs -> docs.removeIf(d -> d.id() == id));
            }
        }
        return work;
    }

    private static boolean needsPerson(Keying keying) {
        return keying.status() == Keying.Status.FAILED && !keying.retryable();
    }

    private record Pending(Document document, KeyingOutcome outcome) {

        /** An outcome that holds even when the bot's final step fails: nothing of it was written. */
        boolean standsWithoutCommit() {
            return outcome instanceof KeyingOutcome.AlreadyPresent
                    || outcome instanceof KeyingOutcome.Failed f && !f.retryable();
        }
    }

    /**
     * Keys one bot's records; the wait its ledger asked for when it could not be used at all, or
     * the pause's when the bot was paused.
     */
    private Optional<Duration> runBot(LedgerBot bot, List<Document> docs, RunContext context,
                                      List<RunReports.BotNote> notes) {
        List<Pending> pending = new ArrayList<>();
        List<Document> paused = new ArrayList<>();
        Set<Long> settled = new HashSet<>();
        Optional<Duration> retryAfter = Optional.empty();
        BotPause.Streak streak = pause.streak();
        try (LedgerSession session = bot.open(context)) {
            for (Document doc : docs) {
                if (streak.tripped()) {
                    paused.add(doc);
                    continue;
                }
                if (!stillKeyable(doc) || recoveredFromDeadRun(bot, doc, context)) {
                    settled.add(doc.id());
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
                if (streak.add(outcome)) {
                    log.warn("batch.bot-paused run={} bot={} after={}", context.runId(), bot.id(),
                            streak.systemErrors());
                }
                batches.heartbeat(context.runId());
            }
            if (!context.dryRun()) {
                session.commit();
                pending = afterReadBack(pending, session.verified());
            }
            for (String note : session.notes()) {
                notes.add(new RunReports.BotNote(bot.id(), note));
                log.info("batch.bot-note run={} bot={} note={}", context.runId(), bot.id(), note);
            }
        } catch (LedgerUnavailable | RuntimeException unavailable) {
            // A bot that cannot work (ledger down, workbook open in Excel, or a bug) fails its own
            // records, retryably; the other bots' records go on.
            KeyingOutcome.Failed failure = new KeyingOutcome.Failed("台帳が利用できません / ledger unavailable: "
                    + Redact.throwable(unavailable), List.of(), true);
            List<Pending> failed = new ArrayList<>();
            for (Document doc : docs) {
                if (settled.contains(doc.id()) || paused.contains(doc)) {
                    continue;
                }
                failed.add(pending.stream().filter(p -> p.document().id() == doc.id() && p.standsWithoutCommit())
                        .findFirst().orElse(new Pending(doc, failure)));
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
        for (Document doc : paused) {
            recordPaused(bot, doc, context);
        }
        if (!paused.isEmpty() && (retryAfter.isEmpty() || pause.retryAfter().compareTo(retryAfter.get()) < 0)) {
            retryAfter = Optional.of(pause.retryAfter());
        }
        return retryAfter;
    }

    /** The outcomes after the bot read its committed ledger back: what it found replaces what {@code key} said. */
    private static List<Pending> afterReadBack(List<Pending> pending, Map<Long, KeyingOutcome> verified) {
        return pending.stream().map(p -> new Pending(p.document(),
                verified.getOrDefault(p.document().id(), p.outcome()))).toList();
    }

    /** A document another bot sent back to review earlier in this run is not keyed by this one. */
    private boolean stillKeyable(Document doc) {
        return documents.find(doc.id()).map(d -> KEYABLE.contains(d.state())).orElse(false);
    }

    /** A record not attempted because its bot was paused: reported, nothing else changes. */
    private void recordPaused(LedgerBot bot, Document doc, RunContext context) {
        tx.inTransaction(() -> batches.addEvent(new KeyingEvent(context.runId(), doc.id(), bot.id(), doc.formId(),
                KeyingEvent.Outcome.PAUSED, null, "一時停止: システムエラーが " + pause.afterSystemErrors()
                + " 件続いたため入力せず、再実行を予約 / paused: not attempted after " + pause.afterSystemErrors()
                + " system errors in a row; a catch-up run is scheduled", List.of(), clock.instant())));
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
                            + (outcome instanceof KeyingOutcome.Failed f ? " cause=" + f.cause() : "")
                            + (event.ledgerRef() == null ? "" : " ref=" + event.ledgerRef())));
            if (outcome instanceof KeyingOutcome.Failed f && !f.retryable()) {
                addNote(doc.id(), KeyingReview.note(bot.id(), f.cause(), f.reason()));
            }
            settleDocument(doc.id(), context.runId());
        });
    }

    /**
     * KEYED once every bot of its form is done; back to review when a bot failed this run in a way
     * a person has to look at; KEY_FAILED while any has failed otherwise. A failure that needed a
     * person in an earlier run was answered by the supervisor's new approval.
     */
    private void settleDocument(long documentId, long runId) {
        Document doc = documents.find(documentId).orElseThrow();
        if (!KEYABLE.contains(doc.state())) {
            return;
        }
        List<LedgerBot> bots = roster.botsFor(doc.formId());
        List<Keying> keyings = bots.stream().map(b -> batches.keying(documentId, b.id()).orElse(null)).toList();
        if (keyings.stream().anyMatch(k -> k != null && needsPerson(k) && Long.valueOf(runId).equals(k.lastRunId()))) {
            toReview(doc, "keying failed: a person has to look");
            return;
        }
        DocumentState next = keyings.stream().allMatch(k -> k != null && k.status().done()) ? DocumentState.KEYED
                : keyings.stream().anyMatch(k -> k != null && k.status() == Keying.Status.FAILED)
                ? DocumentState.KEY_FAILED : null;
        if (next != null && next != doc.state() && documents.compareAndSetState(documentId, doc.state(), next)) {
            audit.append(AuditEntry.of(ACTOR, "STATE", documentId).withChange(doc.state(), next));
            if (next == DocumentState.KEYED) {
                readings.replaceNotes(documentId, KeyingReview.without(readings.notes(documentId)));
            }
        }
    }

    /** Back to a supervisor, whose earlier approval no longer stands: the ledger said no. */
    private void toReview(Document doc, String detail) {
        if (documents.compareAndSetState(doc.id(), doc.state(), DocumentState.NEEDS_REVIEW)) {
            approvals.clear(doc.id());
            audit.append(AuditEntry.of(ACTOR, "STATE", doc.id()).withChange(doc.state(), DocumentState.NEEDS_REVIEW)
                    .withDetail(detail));
            log.info("batch.to-review document={} from={}", doc.id(), doc.state());
        }
    }

    private void addNote(long documentId, Problem note) {
        readings.replaceNotes(documentId, KeyingReview.with(readings.notes(documentId), note));
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
