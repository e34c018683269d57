package io.scan2ledger.scheduler;

import io.scan2ledger.batch.BatchRun;
import io.scan2ledger.batch.BatchService;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The nightly dispatch: sends APPROVED and VALIDATED documents (and failed ones again) to the
 * bots of their form. Skipped on configured holidays. Quartz never runs two at once, and the
 * batch's own lock keeps a second node (or a run an admin started) from overlapping.
 */
@DisallowConcurrentExecution
public class NightlyBatchJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(NightlyBatchJob.class);

    private final BatchService batch;
    private final ScheduleProperties schedule;
    private final Clock clock;

    public NightlyBatchJob(BatchService batch, ScheduleProperties schedule, Clock clock) {
        this.batch = batch;
        this.schedule = schedule;
        this.clock = clock;
    }

    @Override
    public void execute(JobExecutionContext context) {
        LocalDate today = LocalDate.now(clock.withZone(schedule.zone()));
        if (schedule.holidays().contains(today)) {
            log.info("batch.skip reason=holiday date={}", today);
            return;
        }
        boolean retry = ScheduleConfiguration.RETRY_TRIGGER.equals(context.getTrigger().getKey());
        batch.run(retry ? BatchRun.Trigger.RETRY : BatchRun.Trigger.SCHEDULED, "system:scheduler", false);
    }
}
