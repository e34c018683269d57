package io.scan2ledger.app;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.ZoneId;

/**
 * {@code scan2ledger.*} keys that are not owned by one module.
 *
 * @param home the data directory: database, document store, inbox/archive/error folders, logs
 * @param zone the office's time zone (archive folder dates, fiscal years)
 */
@ConfigurationProperties("scan2ledger")
public record Scan2LedgerProperties(Path home, ZoneId zone) {

    public Scan2LedgerProperties {
        home = home == null ? Path.of("data") : home;
        zone = zone == null ? ZoneId.of("Asia/Tokyo") : zone;
    }
}
