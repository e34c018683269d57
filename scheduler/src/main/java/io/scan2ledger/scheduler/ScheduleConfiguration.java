package io.scan2ledger.scheduler;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.springframework.boot.autoconfigure.quartz.QuartzProperties;
import org.springframework.boot.autoconfigure.quartz.SchedulerFactoryBeanCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;
import java.util.TimeZone;

/**
 * The nightly job and its trigger, stored in the JDBC job store (the app's own database, ready for
 * a cluster on PostgreSQL).
 *
 * <p>Misfire policy, explicitly: <b>fire once and proceed</b>. If the server was down (or busy) at
 * 22:00, the run happens once as soon as it is back, however many nights were missed, then the
 * normal schedule continues. Quartz's default for a cron trigger is "smart", which for cron means
 * the same; it is spelled out here because silently skipped runs are what users of schedulers
 * complain about most. Holidays are checked by the job itself, so a missed run on the day before a
 * holiday still happens when the server returns.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ScheduleProperties.class, RetentionProperties.class})
public class ScheduleConfiguration {

    public static final String JOB = "nightly-batch";
    public static final TriggerKey TRIGGER = TriggerKey.triggerKey("nightly-batch-trigger");
    /** The one-off catch-up run a busy ledger asked for (see {@link QuartzBatchSchedule#retryAt}). */
    public static final TriggerKey RETRY_TRIGGER = TriggerKey.triggerKey("ledger-retry-trigger");
    public static final String RETENTION_JOB = "retention";

    @Bean
    JobDetail nightlyBatchJob() {
        return JobBuilder.newJob(NightlyBatchJob.class).withIdentity(JOB).storeDurably()
                // A run that died with its node is run again by another node of the cluster.
                .requestRecovery(true)
                .withDescription("Keys APPROVED and VALIDATED documents into the ledgers (台帳入力)").build();
    }

    @Bean
    Trigger nightlyBatchTrigger(JobDetail nightlyBatchJob, ScheduleProperties schedule) {
        return TriggerBuilder.newTrigger().forJob(nightlyBatchJob).withIdentity(TRIGGER)
                .withSchedule(CronScheduleBuilder.cronSchedule(schedule.cron())
                        .inTimeZone(TimeZone.getTimeZone(schedule.zone()))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    @Bean
    JobDetail retentionJob() {
        return JobBuilder.newJob(RetentionJob.class).withIdentity(RETENTION_JOB).storeDurably().requestRecovery(true)
                .withDescription("Purges originals and folder copies past their retention period").build();
    }

    /** A missed retention pass runs once when the server is back (the next one would catch up anyway). */
    @Bean
    Trigger retentionTrigger(JobDetail retentionJob, RetentionProperties retention, ScheduleProperties schedule) {
        return TriggerBuilder.newTrigger().forJob(retentionJob).withIdentity("retention-trigger")
                .withSchedule(CronScheduleBuilder.cronSchedule(retention.cron())
                        .inTimeZone(TimeZone.getTimeZone(schedule.zone()))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    /**
     * Quartz's JDBC delegate follows the database actually connected, not a profile: PostgreSQL
     * stores job data as bytea, which the standard delegate reads as a number and fails at start-up.
     * An explicit {@code org.quartz.jobStore.driverDelegateClass} in the configuration still wins.
     */
    @Bean
    SchedulerFactoryBeanCustomizer quartzDelegateForDatabase(DataSource dataSource, QuartzProperties quartz) {
        return factory -> {
            if (quartz.getProperties().containsKey(DELEGATE)) {
                return;
            }
            Properties p = new Properties();
            p.putAll(quartz.getProperties());
            p.setProperty(DELEGATE, delegateFor(dataSource));
            factory.setQuartzProperties(p);
        };
    }

    static final String DELEGATE = "org.quartz.jobStore.driverDelegateClass";

    static String delegateFor(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            return product.toLowerCase(Locale.ROOT).contains("postgres")
                    ? "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate"
                    : "org.quartz.impl.jdbcjobstore.StdJDBCDelegate";
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database to choose Quartz's JDBC delegate", e);
        }
    }
}
