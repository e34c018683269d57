package io.scan2ledger.ledger;

import java.nio.file.Path;
import java.time.Instant;

/**
 * @param runId       the batch run, for evidence file names and export file names
 * @param startedAt   when the run started
 * @param dryRun      trial mode (試行): fill everything in but never make the final submit or save
 * @param evidenceDir where screenshots and page HTML of failures go
 */
public record RunContext(long runId, Instant startedAt, boolean dryRun, Path evidenceDir) {
}
