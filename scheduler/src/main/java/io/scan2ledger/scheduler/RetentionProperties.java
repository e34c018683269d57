package io.scan2ledger.scheduler;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code scan2ledger.retention.*}: how long personal data is kept.
 *
 * @param originals stored originals of finished documents, counted from receipt (default 5 years)
 * @param archive   copies of taken files in archive/ (default 30 days)
 * @param error     refused files and their reasons in error/ (default 90 days)
 * @param cron      when the retention job runs (default 03:30 daily)
 */
@ConfigurationProperties("scan2ledger.retention")
public record RetentionProperties(Duration originals, Duration archive, Duration error, String cron) {

    public RetentionProperties {
        originals = originals == null ? Duration.ofDays(1825) : originals;
        archive = archive == null ? Duration.ofDays(30) : archive;
        error = error == null ? Duration.ofDays(90) : error;
        cron = cron == null || cron.isBlank() ? "0 30 3 * * ?" : cron;
    }
}
