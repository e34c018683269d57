package io.scan2ledger.scheduler;

import io.scan2ledger.batch.BotPause;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * {@code scan2ledger.schedule.*}: when the nightly batch runs.
 *
 * @param cron     Quartz cron expression in the office's time zone; default 22:00 on weekdays
 * @param zone     the office's time zone
 * @param holidays dates on which the scheduled run is skipped (office closed; a run started by an
 *                 admin still runs)
 * @param stale    a run whose heartbeat is older than this has died; the next run takes over
 * @param enabled  false stops the scheduled runs (admins can still start one)
 * @param pauseAfterSystemErrors a bot failing with this many system errors in a row is paused for
 *                 the rest of the run (default 3)
 * @param pausedRetryAfter when the catch-up run for a paused bot's records comes (default 30 min)
 */
@ConfigurationProperties("scan2ledger.schedule")
public record ScheduleProperties(String cron, ZoneId zone, List<LocalDate> holidays, Duration stale, Boolean enabled,
                                 Integer pauseAfterSystemErrors, Duration pausedRetryAfter) {

    public ScheduleProperties {
        cron = cron == null || cron.isBlank() ? "0 0 22 ? * MON-FRI" : cron;
        zone = zone == null ? ZoneId.of("Asia/Tokyo") : zone;
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        stale = stale == null ? Duration.ofMinutes(10) : stale;
        enabled = enabled == null || enabled;
        pauseAfterSystemErrors = pauseAfterSystemErrors == null ? BotPause.DEFAULT.afterSystemErrors()
                : pauseAfterSystemErrors;
        pausedRetryAfter = pausedRetryAfter == null ? BotPause.DEFAULT.retryAfter() : pausedRetryAfter;
    }

    public BotPause botPause() {
        return new BotPause(pauseAfterSystemErrors, pausedRetryAfter);
    }
}
