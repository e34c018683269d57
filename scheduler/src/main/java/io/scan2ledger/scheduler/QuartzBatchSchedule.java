package io.scan2ledger.scheduler;

import io.scan2ledger.batch.BatchSchedule;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;

import java.time.Instant;
import java.util.Optional;

/** The nightly schedule on Quartz: pausing the job pauses its trigger in the shared job store (every node). */
public class QuartzBatchSchedule implements BatchSchedule {

    private final Scheduler scheduler;
    private final ScheduleProperties properties;

    public QuartzBatchSchedule(Scheduler scheduler, ScheduleProperties properties) {
        this.scheduler = scheduler;
        this.properties = properties;
    }

    @Override
    public void pause() {
        call(() -> scheduler.pauseJob(JobKey.jobKey(ScheduleConfiguration.JOB)));
    }

    @Override
    public void resume() {
        call(() -> scheduler.resumeJob(JobKey.jobKey(ScheduleConfiguration.JOB)));
    }

    @Override
    public boolean paused() {
        try {
            return scheduler.getTriggerState(ScheduleConfiguration.TRIGGER) == Trigger.TriggerState.PAUSED;
        } catch (SchedulerException e) {
            throw new IllegalStateException("schedule unavailable", e);
        }
    }

    @Override
    public Optional<Instant> nextRun() {
        try {
            Trigger trigger = scheduler.getTrigger(ScheduleConfiguration.TRIGGER);
            return paused() || trigger == null || trigger.getNextFireTime() == null ? Optional.empty()
                    : Optional.of(trigger.getNextFireTime().toInstant());
        } catch (SchedulerException e) {
            throw new IllegalStateException("schedule unavailable", e);
        }
    }

    @Override
    public String cron() {
        return properties.cron();
    }

    private interface SchedulerCall {
        void run() throws SchedulerException;
    }

    private static void call(SchedulerCall call) {
        try {
            call.run();
        } catch (SchedulerException e) {
            throw new IllegalStateException("schedule unavailable", e);
        }
    }
}
