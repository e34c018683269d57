package io.scan2ledger.batch;

import io.scan2ledger.audit.AuditRecord;
import io.scan2ledger.document.Document;
import io.scan2ledger.document.DocumentState;
import io.scan2ledger.document.NewDocument;
import io.scan2ledger.document.Source;
import io.scan2ledger.extraction.DocumentField;
import io.scan2ledger.extraction.PageRead;
import io.scan2ledger.extraction.ReadingRepository;
import io.scan2ledger.field.Problem;
import io.scan2ledger.ledger.KeyingOutcome;
import io.scan2ledger.ledger.LedgerBot;
import io.scan2ledger.ledger.LedgerRecord;
import io.scan2ledger.ledger.LedgerSession;
import io.scan2ledger.ledger.RunContext;
import io.scan2ledger.review.ApprovalRepository;
import io.scan2ledger.testing.InMemoryDocuments;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** The batch's side of "keyed means verified" and "a run that stops digging", on in-memory ports. */
class BatchServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-07T13:00:00Z");
    private static final String FORM = "kouza-furikae";

    private final InMemoryDocuments documents = new InMemoryDocuments();
    private final Readings readings = new Readings();
    private final Approvals approvals = new Approvals();
    private final Batches batches = new Batches();
    private final Schedule schedule = new Schedule();
    private final List<RunReports.BotNote> reported = new ArrayList<>();

    private BatchService service(LedgerBot bot) {
        return new BatchService(documents, readings, approvals, batches, new BotRoster(Map.of(FORM, List.of(bot))),
                (run, events, inReview, notes) -> {
                    reported.addAll(notes);
                    return new RunReports.Written(Path.of("r.xlsx"), Path.of("r.pdf"));
                }, documents,
                documents, Clock.fixed(NOW, ZoneOffset.UTC), Path.of("evidence"), Duration.ofMinutes(10), schedule,
                new BotPause(3, Duration.ofMinutes(30)));
    }

    private long validated() {
        Document d = documents.insert(new NewDocument("sha" + System.nanoTime(), DocumentState.VALIDATED, "denshi",
                Source.E_APPLICATION, "a.csv", "text/csv", 1, 1, NOW, null, null, false));
        documents.setForm(d.id(), FORM, 1);
        return d.id();
    }

    private DocumentState state(long id) {
        return documents.find(id).orElseThrow().state();
    }

    private List<KeyingEvent> run(LedgerBot bot) {
        BatchRun run = service(bot).run(BatchRun.Trigger.SCHEDULED, "test", false).orElseThrow();
        return batches.events(run.id());
    }

    @Test
    void failuresARetryCannotFixGoBackToReviewWithANoteAndWaitForANewApproval() {
        long mismatch = validated();
        long conflict = validated();
        long refused = validated();
        long keyed = validated();
        approvals.add(mismatch, "supervisor");
        Bot bot = new Bot(r -> r.documentId() == mismatch ? KeyingOutcome.Failed.verifyMismatch(List.of("氏名"), List.of())
                : r.documentId() == conflict ? KeyingOutcome.Failed.keyConflict("K#2", List.of("支給額"), List.of())
                : r.documentId() == refused ? new KeyingOutcome.Failed("field 氏名: too long", List.of(), false)
                : new KeyingOutcome.Keyed("K#" + r.documentId()));

        run(bot);

        assertThat(List.of(state(mismatch), state(conflict), state(refused)))
                .containsOnly(DocumentState.NEEDS_REVIEW);
        assertThat(state(keyed)).isEqualTo(DocumentState.KEYED);
        assertThat(readings.notes(mismatch)).extracting(Problem::code).containsExactly("VERIFY_MISMATCH");
        assertThat(readings.notes(conflict)).extracting(Problem::code).containsExactly("KEY_CONFLICT");
        assertThat(readings.notes(refused)).extracting(Problem::code).containsExactly("KEYING_REFUSED");
        assertThat(readings.notes(mismatch).get(0).ja()).contains("kouza-export").contains("氏名");
        assertThat(readings.notes(mismatch).get(0).en()).contains("kouza-export").contains("氏名");
        assertThat(approvals.approvers(mismatch)).isEmpty();
        assertThat(documents.historyOf(mismatch)).extracting(AuditRecord::entry)
                .anyMatch(e -> e.action().equals("STATE") && "NEEDS_REVIEW".equals(e.after()));

        // Not offered again the next night.
        bot.keyed.clear();
        run(bot);
        assertThat(bot.keyed).isEmpty();

        // A supervisor approves it again: keyed (the bot checks its ledger first), and the note goes.
        assertThat(documents.compareAndSetState(mismatch, DocumentState.NEEDS_REVIEW, DocumentState.APPROVED)).isTrue();
        Bot fixed = new Bot(r -> new KeyingOutcome.Keyed("K#" + r.documentId()));
        run(fixed);
        assertThat(fixed.keyed).containsExactly(mismatch);
        assertThat(state(mismatch)).isEqualTo(DocumentState.KEYED);
        assertThat(readings.notes(mismatch)).isEmpty();
    }

    @Test
    void whatTheBotFindsReadingItsLedgerBackReplacesWhatKeySaid() {
        long doc = validated();
        Bot bot = new Bot(r -> new KeyingOutcome.Keyed("K#2"));
        bot.verified = Map.of(doc, KeyingOutcome.Failed.verifyMismatch(List.of("支給額"), List.of()));

        List<KeyingEvent> events = run(bot);

        assertThat(events).extracting(KeyingEvent::outcome).containsExactly(KeyingEvent.Outcome.FAILED);
        assertThat(events.get(0).reason()).startsWith("VERIFY_MISMATCH(支給額)");
        assertThat(state(doc)).isEqualTo(DocumentState.NEEDS_REVIEW);
        assertThat(batches.keying(doc, "kouza-export").orElseThrow().status()).isEqualTo(Keying.Status.FAILED);
    }

    @Test
    void systemErrorsAreRetriedNextRunWithoutReview() {
        long doc = validated();
        run(new Bot(r -> new KeyingOutcome.Failed("timeout", List.of(), true)));
        assertThat(state(doc)).isEqualTo(DocumentState.KEY_FAILED);
        assertThat(readings.notes(doc)).isEmpty();

        Bot again = new Bot(r -> new KeyingOutcome.Keyed("K#2"));
        run(again);
        assertThat(again.keyed).containsExactly(doc);
        assertThat(state(doc)).isEqualTo(DocumentState.KEYED);
    }

    @Test
    void threeSystemErrorsInARowPauseTheBotForTheRunAndScheduleACatchUp() {
        List<Long> docs = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            docs.add(validated());
        }
        // error, error, keyed (resets), error, error, error → paused: the last one is not attempted.
        List<Long> failing = List.of(docs.get(0), docs.get(1), docs.get(3), docs.get(4), docs.get(5));
        Bot bot = new Bot(r -> failing.contains(r.documentId())
                ? new KeyingOutcome.Failed("E9001", List.of(), true) : new KeyingOutcome.Keyed("K#" + r.documentId()));

        List<KeyingEvent> events = run(bot);

        assertThat(bot.keyed).containsExactlyElementsOf(docs.subList(0, 6));
        KeyingEvent paused = events.stream().filter(e -> e.documentId() == docs.get(6)).findFirst().orElseThrow();
        assertThat(paused.outcome()).isEqualTo(KeyingEvent.Outcome.PAUSED);
        assertThat(paused.reason()).contains("paused");
        assertThat(state(docs.get(6))).isEqualTo(DocumentState.VALIDATED);
        assertThat(batches.keying(docs.get(6), "kouza-export")).isEmpty();
        assertThat(schedule.retries).containsExactly(NOW.plus(Duration.ofMinutes(30)));

        // The catch-up run keys it.
        Bot back = new Bot(r -> new KeyingOutcome.Keyed("K#" + r.documentId()));
        run(back);
        assertThat(back.keyed).contains(docs.get(6));
        assertThat(state(docs.get(6))).isEqualTo(DocumentState.KEYED);
    }

    @Test
    void aPendingRetryIsCancelledWhenALaterRunCoversItsRecords() {
        long doc = validated();
        schedule.retryAt(NOW.plus(Duration.ofMinutes(10)));   // asked by an earlier run whose ledger was busy
        Bot bot = new Bot(r -> new KeyingOutcome.Keyed("K#" + r.documentId()));

        service(bot).run(BatchRun.Trigger.MANUAL, "admin", true);
        assertThat(schedule.nextRetry()).as("a trial run keys nothing and leaves the retry").isPresent();

        run(bot);
        assertThat(state(doc)).isEqualTo(DocumentState.KEYED);
        assertThat(schedule.nextRetry()).isEmpty();
    }

    @Test
    void aBotThatWritesEveryRunGetsASessionWithNoRecordsButOnlyInARealRun() {
        Bot export = new Bot(r -> new KeyingOutcome.Keyed("K#" + r.documentId()));
        export.everyRun = true;
        Bot screen = new Bot(r -> new KeyingOutcome.Keyed("K#" + r.documentId()));

        run(export);
        run(screen);
        service(export).run(BatchRun.Trigger.MANUAL, "admin", true);

        assertThat(export.commits).isEqualTo(1);
        assertThat(screen.commits).isZero();
    }

    @Test
    void whatABotSaysAboutItsLedgerGoesToTheRunReport() {
        validated();
        Bot bot = new Bot(r -> new KeyingOutcome.Keyed("K#" + r.documentId()));
        bot.notes = List.of("申込日: rows 4, 5 hold text, not dates");

        run(bot);

        assertThat(reported).containsExactly(new RunReports.BotNote("kouza-export", "申込日: rows 4, 5 hold text, not dates"));
    }

    @Test
    void aTrialRunListsDocumentsReadyToKeyOfAFormNoBotKeys() {
        long keyable = validated();
        Document other = documents.insert(new NewDocument("sha-other", DocumentState.VALIDATED, "denshi",
                Source.E_APPLICATION, "b.csv", "text/csv", 1, 1, NOW, null, null, false));
        documents.setForm(other.id(), "inkan-touroku", 1);
        Bot bot = new Bot(r -> new KeyingOutcome.Keyed("K#" + r.documentId()));

        service(bot).run(BatchRun.Trigger.MANUAL, "admin", true);

        assertThat(reported).singleElement().satisfies(note -> {
            assertThat(note.botId()).isEqualTo(BatchService.NO_BOT);
            assertThat(note.text()).contains("document " + other.id() + " (form inkan-touroku)")
                    .doesNotContain(" " + keyable + " ");
        });
        reported.clear();
        run(bot);
        assertThat(reported).as("a real run keeps its report to the bots' notes").isEmpty();
        assertThat(state(other.id())).isEqualTo(DocumentState.VALIDATED);
    }

    @Test
    void aDocumentLeftKeyFailedByANonRetryableFailureGoesToReviewInsteadOfBeingRetried() {
        long doc = validated();
        documents.compareAndSetState(doc, DocumentState.VALIDATED, DocumentState.KEY_FAILED);
        batches.saveKeying(new Keying(doc, "kouza-export", Keying.Status.FAILED, null, null, 4, 1L,
                "KEY_CONFLICT(氏名) ...", List.of(), false, NOW));
        Bot bot = new Bot(r -> new KeyingOutcome.Keyed("K#2"));

        run(bot);

        assertThat(bot.keyed).isEmpty();
        assertThat(state(doc)).isEqualTo(DocumentState.NEEDS_REVIEW);
        assertThat(readings.notes(doc)).extracting(Problem::code).containsExactly("KEY_CONFLICT");
    }

    /** A bot answering each record with what {@code answer} says; records what it was asked to key. */
    private static final class Bot implements LedgerBot {
        final Function<LedgerRecord, KeyingOutcome> answer;
        final List<Long> keyed = new ArrayList<>();
        Map<Long, KeyingOutcome> verified = Map.of();
        boolean everyRun;
        int commits;
        List<String> notes = List.of();

        Bot(Function<LedgerRecord, KeyingOutcome> answer) {
            this.answer = answer;
        }

        @Override
        public String id() {
            return "kouza-export";
        }

        @Override
        public boolean writesEveryRun() {
            return everyRun;
        }

        @Override
        public LedgerSession open(RunContext context) {
            return new LedgerSession() {
                @Override
                public KeyingOutcome key(LedgerRecord record) {
                    keyed.add(record.documentId());
                    return answer.apply(record);
                }

                @Override
                public void commit() {
                    commits++;
                }

                @Override
                public Map<Long, KeyingOutcome> verified() {
                    return verified;
                }

                @Override
                public List<String> notes() {
                    return notes;
                }

                @Override
                public void close() {
                }
            };
        }
    }

    private static final class Readings implements ReadingRepository {
        private final Map<Long, List<Problem>> notes = new HashMap<>();

        public void replacePages(long documentId, List<PageRead> pages) {
        }

        public List<PageRead> pages(long documentId) {
            return List.of();
        }

        public void replaceFields(long documentId, List<DocumentField> fields) {
        }

        public List<DocumentField> fields(long documentId) {
            return List.of();
        }

        public void replaceNotes(long documentId, List<Problem> replacement) {
            notes.put(documentId, List.copyOf(replacement));
        }

        public List<Problem> notes(long documentId) {
            return notes.getOrDefault(documentId, List.of());
        }
    }

    private static final class Approvals implements ApprovalRepository {
        private final Map<Long, List<String>> approvers = new HashMap<>();

        public void add(long documentId, String username) {
            approvers.computeIfAbsent(documentId, k -> new ArrayList<>()).add(username);
        }

        public List<String> approvers(long documentId) {
            return approvers.getOrDefault(documentId, List.of());
        }

        public void clear(long documentId) {
            approvers.remove(documentId);
        }
    }

    private static final class Schedule implements BatchSchedule {
        final List<Instant> retries = new ArrayList<>();

        public void pause() {
        }

        public void resume() {
        }

        public boolean paused() {
            return false;
        }

        public Optional<Instant> nextRun() {
            return Optional.empty();
        }

        public String cron() {
            return "";
        }

        public void retryAt(Instant when) {
            retries.add(when);
        }

        public void cancelRetry() {
            retries.clear();
        }

        public Optional<Instant> nextRetry() {
            return retries.stream().min(Instant::compareTo);
        }
    }

    private static final class Batches implements BatchRepository {
        private final AtomicLong ids = new AtomicLong();
        private final Map<Long, BatchRun> runs = new HashMap<>();
        private final Map<String, Keying> keyings = new HashMap<>();
        private final List<KeyingEvent> events = new ArrayList<>();

        public Optional<BatchRun> start(BatchRun.Trigger trigger, String requestedBy, boolean dryRun, Duration stale) {
            BatchRun run = new BatchRun(ids.incrementAndGet(), trigger, requestedBy, dryRun, BatchRun.Status.RUNNING,
                    NOW, null, 0, 0, 0, 0, 0, null, null);
            runs.put(run.id(), run);
            return Optional.of(run);
        }

        public Optional<Long> abandonDead(Duration stale) {
            return Optional.empty();
        }

        public void heartbeat(long runId) {
        }

        public void finish(long runId, int keyed, int alreadyPresent, int failed, int wouldKey, int inReview,
                           String reportXlsx, String reportPdf) {
            BatchRun r = runs.get(runId);
            runs.put(runId, new BatchRun(runId, r.trigger(), r.requestedBy(), r.dryRun(), BatchRun.Status.COMPLETED,
                    r.startedAt(), NOW, keyed, alreadyPresent, failed, wouldKey, inReview, reportXlsx, reportPdf));
        }

        public Optional<BatchRun> run(long runId) {
            return Optional.ofNullable(runs.get(runId));
        }

        public List<BatchRun> recentRuns(int limit) {
            return List.copyOf(runs.values());
        }

        public Optional<Keying> keying(long documentId, String botId) {
            return Optional.ofNullable(keyings.get(documentId + "/" + botId));
        }

        public List<Keying> keyings(long documentId) {
            return keyings.values().stream().filter(k -> k.documentId() == documentId).toList();
        }

        public void saveKeying(Keying keying) {
            keyings.put(keying.documentId() + "/" + keying.botId(), keying);
        }

        public void addEvent(KeyingEvent event) {
            events.add(event);
        }

        public List<KeyingEvent> events(long runId) {
            return events.stream().filter(e -> e.runId() == runId).toList();
        }
    }
}
