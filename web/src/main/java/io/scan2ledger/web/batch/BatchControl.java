package io.scan2ledger.web.batch;

import io.scan2ledger.audit.AuditEntry;
import io.scan2ledger.audit.AuditTrail;
import io.scan2ledger.batch.BatchRun;
import io.scan2ledger.batch.BatchSchedule;
import io.scan2ledger.batch.BatchService;
import io.scan2ledger.support.Transactions;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * What an admin does to the nightly batch, from the admin page or the API alike: start a run now
 * (or a trial), pause and resume the schedule. Each is audited with the admin's name.
 */
@Component
public class BatchControl {

    private final BatchService batch;
    private final BatchSchedule schedule;
    private final Executor executor;
    private final AuditTrail audit;
    private final Transactions tx;

    public BatchControl(BatchService batch, BatchSchedule schedule, @Qualifier("batchExecutor") Executor executor,
                        AuditTrail audit, Transactions tx) {
        this.batch = batch;
        this.schedule = schedule;
        this.executor = executor;
        this.audit = audit;
        this.tx = tx;
    }

    /** Starts a run in the background; empty while another run is going. */
    public Optional<BatchRun> runNow(String admin, boolean dryRun) {
        Optional<BatchRun> run = batch.start(BatchRun.Trigger.MANUAL, admin, dryRun);
        run.ifPresent(r -> {
            record(admin, "BATCH_RUN", "run=" + r.id() + (dryRun ? " trial" : ""));
            executor.execute(() -> batch.process(r));
        });
        return run;
    }

    public void pause(String admin) {
        schedule.pause();
        record(admin, "SCHEDULE_PAUSE", "cron=" + schedule.cron());
    }

    public void resume(String admin) {
        schedule.resume();
        record(admin, "SCHEDULE_RESUME", "cron=" + schedule.cron());
    }

    private void record(String admin, String action, String detail) {
        tx.inTransaction(() -> audit.append(AuditEntry.of(admin, action, null).withDetail(detail)));
    }
}
