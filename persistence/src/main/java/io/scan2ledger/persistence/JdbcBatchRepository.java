package io.scan2ledger.persistence;

import io.scan2ledger.batch.BatchRepository;
import io.scan2ledger.batch.BatchRun;
import io.scan2ledger.batch.Keying;
import io.scan2ledger.batch.KeyingEvent;
import io.scan2ledger.support.ProcessIdentity;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

public class JdbcBatchRepository implements BatchRepository {

    private static final RowMapper<BatchRun> RUN = (rs, n) -> new BatchRun(rs.getLong("id"),
            BatchRun.Trigger.valueOf(rs.getString("trigger_kind")), rs.getString("requested_by"),
            rs.getBoolean("dry_run"), BatchRun.Status.valueOf(rs.getString("status")), Jdbc.instant(rs, "started_at"),
            Jdbc.instant(rs, "finished_at"), rs.getInt("keyed"), rs.getInt("already_present"), rs.getInt("failed"),
            rs.getInt("would_key"), rs.getInt("in_review"), rs.getString("report_xlsx"), rs.getString("report_pdf"));

    private static final RowMapper<Keying> KEYING = (rs, n) -> new Keying(rs.getLong("document_id"),
            rs.getString("bot_id"), Keying.Status.valueOf(rs.getString("status")), rs.getString("ledger_ref"),
            rs.getString("pending_ref"), rs.getInt("attempts"), (Long) rs.getObject("last_run_id", Long.class),
            rs.getString("reason"), paths(rs.getString("evidence")), rs.getBoolean("retryable"),
            Jdbc.instant(rs, "updated_at"));

    private static final RowMapper<KeyingEvent> EVENT = (rs, n) -> new KeyingEvent(rs.getLong("run_id"),
            rs.getLong("document_id"), rs.getString("bot_id"), rs.getString("form_id"),
            KeyingEvent.Outcome.valueOf(rs.getString("outcome")), rs.getString("ledger_ref"), rs.getString("reason"),
            paths(rs.getString("evidence")), Jdbc.instant(rs, "occurred_at"));

    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcBatchRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<BatchRun> start(BatchRun.Trigger trigger, String requestedBy, boolean dryRun, Duration stale) {
        Instant now = clock.instant();
        if (lock(now, stale) == Lock.LIVE) {
            return Optional.empty();
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO batch_run (trigger_kind, requested_by, dry_run, status, started_at)"
                        + " VALUES (?, ?, ?, 'RUNNING', ?)")
                .params(trigger.name(), requestedBy, dryRun, Jdbc.ts(now)).update(keys, "id");
        long id = keys.getKey().longValue();
        jdbc.sql("UPDATE batch_lock SET run_id = ?, heartbeat_at = ?, holder = ? WHERE id = 1")
                .params(id, Jdbc.ts(now), ProcessIdentity.current().asText()).update();
        return run(id);
    }

    @Override
    public Optional<Long> abandonDead(Duration stale) {
        Long holder = jdbc.sql("SELECT run_id FROM batch_lock WHERE id = 1").query(Long.class).optional().orElse(null);
        return holder != null && lock(clock.instant(), stale) == Lock.ABANDONED ? Optional.of(holder) : Optional.empty();
    }

    private enum Lock { FREE, LIVE, ABANDONED }

    /**
     * Locks the batch lock's row for this transaction and judges its holder. A run whose process is
     * gone from this host, or whose heartbeat is older than {@code stale}, is marked ABANDONED and
     * the lock freed.
     */
    private Lock lock(Instant now, Duration stale) {
        Long holder = jdbc.sql("SELECT run_id FROM batch_lock WHERE id = 1 FOR UPDATE").query(Long.class).optional()
                .orElse(null);
        if (holder == null) {
            return Lock.FREE;
        }
        Instant beat = jdbc.sql("SELECT heartbeat_at FROM batch_lock WHERE id = 1")
                .query((rs, n) -> Jdbc.instant(rs, "heartbeat_at")).single();
        boolean dead = jdbc.sql("SELECT holder FROM batch_lock WHERE id = 1").query(String.class).optional()
                .flatMap(ProcessIdentity::parse).map(ProcessIdentity::goneFromThisHost).orElse(false);
        if (!dead && beat != null && beat.isAfter(now.minus(stale))) {
            return Lock.LIVE;
        }
        jdbc.sql("UPDATE batch_run SET status = 'ABANDONED', finished_at = ? WHERE id = ? AND status = 'RUNNING'")
                .params(Jdbc.ts(now), holder).update();
        jdbc.sql("UPDATE batch_lock SET run_id = NULL, heartbeat_at = NULL, holder = NULL WHERE id = 1 AND run_id = ?")
                .param(holder).update();
        return Lock.ABANDONED;
    }

    @Override
    public void heartbeat(long runId) {
        jdbc.sql("UPDATE batch_lock SET heartbeat_at = ? WHERE id = 1 AND run_id = ?")
                .params(Jdbc.ts(clock.instant()), runId).update();
    }

    @Override
    public void finish(long runId, int keyed, int alreadyPresent, int failed, int wouldKey, int inReview,
                       String reportXlsx, String reportPdf) {
        jdbc.sql("""
                UPDATE batch_run SET status = 'COMPLETED', finished_at = ?, keyed = ?, already_present = ?, failed = ?,
                    would_key = ?, in_review = ?, report_xlsx = ?, report_pdf = ? WHERE id = ?""")
                .params(Jdbc.ts(clock.instant()), keyed, alreadyPresent, failed, wouldKey, inReview, reportXlsx,
                        reportPdf, runId)
                .update();
        jdbc.sql("UPDATE batch_lock SET run_id = NULL, heartbeat_at = NULL, holder = NULL WHERE id = 1 AND run_id = ?")
                .param(runId)
                .update();
    }

    @Override
    public Optional<BatchRun> run(long runId) {
        return jdbc.sql("SELECT * FROM batch_run WHERE id = ?").param(runId).query(RUN).optional();
    }

    @Override
    public List<BatchRun> recentRuns(int limit) {
        return jdbc.sql("SELECT * FROM batch_run ORDER BY id DESC FETCH FIRST " + Math.max(1, Math.min(limit, 500))
                + " ROWS ONLY").query(RUN).list();
    }

    @Override
    public Optional<Keying> keying(long documentId, String botId) {
        return jdbc.sql("SELECT * FROM keying WHERE document_id = ? AND bot_id = ?").params(documentId, botId)
                .query(KEYING).optional();
    }

    @Override
    public List<Keying> keyings(long documentId) {
        return jdbc.sql("SELECT * FROM keying WHERE document_id = ? ORDER BY bot_id").param(documentId).query(KEYING)
                .list();
    }

    @Override
    public void saveKeying(Keying k) {
        int updated = jdbc.sql("""
                UPDATE keying SET status = ?, ledger_ref = ?, pending_ref = ?, attempts = ?, last_run_id = ?, reason = ?,
                    evidence = ?, retryable = ?, updated_at = ? WHERE document_id = ? AND bot_id = ?""")
                .params(k.status().name(), k.ledgerRef(), k.pendingRef(), k.attempts(), k.lastRunId(), k.reason(),
                        String.join("\n", k.evidence()), k.retryable(), Jdbc.ts(k.updatedAt()), k.documentId(),
                        k.botId())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO keying (document_id, bot_id, status, ledger_ref, pending_ref, attempts, last_run_id, reason,
                        evidence, retryable, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(k.documentId(), k.botId(), k.status().name(), k.ledgerRef(), k.pendingRef(), k.attempts(),
                            k.lastRunId(), k.reason(), String.join("\n", k.evidence()), k.retryable(),
                            Jdbc.ts(k.updatedAt()))
                    .update();
        }
    }

    @Override
    public void addEvent(KeyingEvent e) {
        jdbc.sql("""
                INSERT INTO keying_event (run_id, document_id, bot_id, form_id, outcome, ledger_ref, reason, evidence,
                    occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.runId(), e.documentId(), e.botId(), e.formId(), e.outcome().name(), e.ledgerRef(), e.reason(),
                        String.join("\n", e.evidence()), Jdbc.ts(e.at()))
                .update();
    }

    @Override
    public List<KeyingEvent> events(long runId) {
        return jdbc.sql("SELECT * FROM keying_event WHERE run_id = ? ORDER BY id").param(runId).query(EVENT).list();
    }

    private static List<String> paths(String lines) {
        return lines == null || lines.isBlank() ? List.of() : Arrays.asList(lines.split("\n"));
    }
}
