package io.scan2ledger.scheduler;

import io.scan2ledger.batch.BatchSchedule;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

import java.time.Instant;
import java.util.Date;
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

    /**
     * A one-shot trigger of the nightly job, kept in the job store (it survives a restart). If it
     * misfires (the server was down) it fires as soon as the scheduler is back. Created paused while
     * the schedule is paused: an admin's pause stops retries too, and resuming releases them.
     */
    @Override
    public synchronized void retryAt(Instant when) {
        call(() -> {
            Trigger pending = scheduler.getTrigger(ScheduleConfiguration.RETRY_TRIGGER);
            if (pending != null && pending.getNextFireTime() != null
                    && !pending.getNextFireTime().toInstant().isAfter(when)) {
                return;
            }
            Trigger retry = TriggerBuilder.newTrigger().withIdentity(ScheduleConfiguration.RETRY_TRIGGER)
                    .forJob(JobKey.jobKey(ScheduleConfiguration.JOB)).startAt(Date.from(when))
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                    .build();
            boolean paused = paused();
            if (pending == null) {
                scheduler.scheduleJob(retry);
            } else {
                scheduler.rescheduleJob(ScheduleConfiguration.RETRY_TRIGGER, retry);
            }
            if (paused) {
                scheduler.pauseTrigger(ScheduleConfiguration.RETRY_TRIGGER);
            }
        });
    }

    @Override
    public synchronized void cancelRetry() {
        call(() -> scheduler.unscheduleJob(ScheduleConfiguration.RETRY_TRIGGER));
    }

    @Override
    public Optional<Instant> nextRetry() {
        try {
            Trigger retry = scheduler.getTrigger(ScheduleConfiguration.RETRY_TRIGGER);
            return retry == null || retry.getNextFireTime() == null ? Optional.empty()
                    : Optional.of(retry.getNextFireTime().toInstant());
        } catch (SchedulerException e) {
            throw new IllegalStateException("schedule unavailable", e);
        }
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
