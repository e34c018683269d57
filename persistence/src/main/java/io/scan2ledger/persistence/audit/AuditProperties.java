package io.scan2ledger.persistence.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code scan2ledger.audit.*}: where the chain head is checkpointed outside the database, and how often.
 *
 * @param checkpointDir      the checkpoint folder; default {@code audit-checkpoints} in the data directory.
 *                           Better on another disk or mount (SCAN2LEDGER_AUDIT_CHECKPOINTDIR)
 * @param checkpointInterval how often the server checkpoints (also at shutdown and after {@code audit verify});
 *                           at most a day, default one hour: rows after the last checkpoint can be cut unseen
 */
@ConfigurationProperties("scan2ledger.audit")
public record AuditProperties(Path checkpointDir, Duration checkpointInterval) {

    private static final Duration MOST = Duration.ofDays(1);

    public AuditProperties {
        // An empty key in application.yaml binds as an empty path: the default folder.
        checkpointDir = checkpointDir == null || checkpointDir.toString().isBlank() ? null : checkpointDir;
        checkpointInterval = checkpointInterval == null ? Duration.ofHours(1) : checkpointInterval;
        if (checkpointInterval.isNegative() || checkpointInterval.isZero() || checkpointInterval.compareTo(MOST) > 0) {
            throw new IllegalArgumentException("scan2ledger.audit.checkpoint-interval must be more than 0 and at most 1 day");
        }
    }

    public Path checkpointDir(Path home) {
        return checkpointDir != null ? checkpointDir : home.resolve("audit-checkpoints");
    }
}
