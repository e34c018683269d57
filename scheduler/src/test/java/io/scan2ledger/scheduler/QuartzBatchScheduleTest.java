package io.scan2ledger.scheduler;

import io.scan2ledger.batch.BatchRun;
import io.scan2ledger.batch.BatchService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.impl.StdSchedulerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The schedule on a real (in-memory, not started) Quartz scheduler: pause and resume, and the
 * one-off retry a busy ledger asks for. The job itself with the batch faked: holidays and triggers.
 */
class QuartzBatchScheduleTest {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    final ScheduleConfiguration configuration = new ScheduleConfiguration();
    Scheduler scheduler;
    QuartzBatchSchedule schedule;

    @BeforeEach
    void scheduler() throws Exception {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", "test-" + UUID.randomUUID());
        p.setProperty("org.quartz.threadPool.threadCount", "1");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        scheduler = new StdSchedulerFactory(p).getScheduler();
        ScheduleProperties properties = new ScheduleProperties(null, TOKYO, List.of(), null, true, null, null);
        var job = configuration.nightlyBatchJob();
        scheduler.scheduleJob(job, configuration.nightlyBatchTrigger(job, properties));
        schedule = new QuartzBatchSchedule(scheduler, properties);
    }

    @AfterEach
    void shutdown() throws Exception {
        scheduler.shutdown();
    }

    @Test
    void theNightlyRunIsAtTenOnWeekdaysOfficeTimeAndMisfiresFireOnce() throws Exception {
        Instant next = schedule.nextRun().orElseThrow();
        assertThat(next.atZone(TOKYO).getHour()).isEqualTo(22);
        assertThat(next.atZone(TOKYO).getDayOfWeek().getValue()).isLessThanOrEqualTo(5);
        assertThat(scheduler.getTrigger(ScheduleConfiguration.TRIGGER).getMisfireInstruction())
                .isEqualTo(org.quartz.CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
    }

    @Test
    void pausingStopsTheScheduleAndItsRetriesAndResumingReleasesBoth() throws Exception {
        Instant inTenMinutes = Instant.now().plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.SECONDS);
        schedule.pause();
        assertThat(schedule.paused()).isTrue();
        assertThat(schedule.nextRun()).isEmpty();

        schedule.retryAt(inTenMinutes);
        assertThat(schedule.nextRetry()).contains(inTenMinutes);
        assertThat(scheduler.getTriggerState(ScheduleConfiguration.RETRY_TRIGGER)).isEqualTo(Trigger.TriggerState.PAUSED);

        schedule.resume();
        assertThat(schedule.paused()).isFalse();
        assertThat(schedule.nextRun()).isPresent();
        assertThat(scheduler.getTriggerState(ScheduleConfiguration.RETRY_TRIGGER)).isEqualTo(Trigger.TriggerState.NORMAL);
    }

    @Test
    void theEarliestRetryStands() throws Exception {
        Instant soon = Instant.now().plus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS);
        schedule.retryAt(soon.plus(Duration.ofMinutes(5)));
        schedule.retryAt(soon);
        assertThat(schedule.nextRetry()).contains(soon);
        schedule.retryAt(soon.plus(Duration.ofHours(1)));
        assertThat(schedule.nextRetry()).contains(soon);
        assertThat(scheduler.getTrigger(ScheduleConfiguration.RETRY_TRIGGER).getMisfireInstruction())
                .isEqualTo(org.quartz.SimpleTrigger.MISFIRE_INSTRUCTION_FIRE_NOW);
    }

    @Test
    void aCancelledRetryIsGoneAndTheNightlyRunStays() throws Exception {
        Instant soon = Instant.now().plus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS);
        schedule.retryAt(soon);
        schedule.cancelRetry();
        assertThat(schedule.nextRetry()).isEmpty();
        assertThat(scheduler.getTrigger(ScheduleConfiguration.RETRY_TRIGGER)).isNull();
        assertThat(schedule.nextRun()).isPresent();
        schedule.cancelRetry();     // nothing pending: nothing to do
        schedule.retryAt(soon);     // and a later run may ask again
        assertThat(schedule.nextRetry()).contains(soon);
    }

    @Test
    void theJobSkipsHolidaysAndTellsARetryFromTheNightlyRun() {
        LocalDate holiday = LocalDate.of(2026, 12, 29);
        Clock onHoliday = Clock.fixed(holiday.atTime(22, 0).atZone(TOKYO).toInstant(), TOKYO);
        Clock dayAfter = Clock.fixed(holiday.plusDays(10).atTime(22, 0).atZone(TOKYO).toInstant(), TOKYO);
        ScheduleProperties properties = new ScheduleProperties(null, TOKYO, List.of(holiday), null, true, null, null);

        BatchService batch = mock(BatchService.class);
        new NightlyBatchJob(batch, properties, onHoliday).execute(fired(ScheduleConfiguration.TRIGGER));
        verify(batch, never()).run(any(), anyString(), anyBoolean());

        new NightlyBatchJob(batch, properties, dayAfter).execute(fired(ScheduleConfiguration.TRIGGER));
        verify(batch).run(BatchRun.Trigger.SCHEDULED, "system:scheduler", false);
        new NightlyBatchJob(batch, properties, dayAfter).execute(fired(ScheduleConfiguration.RETRY_TRIGGER));
        verify(batch).run(BatchRun.Trigger.RETRY, "system:scheduler", false);
    }

    private static JobExecutionContext fired(org.quartz.TriggerKey key) {
        Trigger trigger = mock(Trigger.class);
        when(trigger.getKey()).thenReturn(key);
        JobExecutionContext context = mock(JobExecutionContext.class);
        when(context.getTrigger()).thenReturn(trigger);
        return context;
    }
}
