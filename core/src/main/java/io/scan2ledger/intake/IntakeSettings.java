package io.scan2ledger.intake;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

/**
 * @param archiveDir       where taken files go, by channel and date
 * @param errorDir         where refused files go, with a reason file beside each
 * @param maxFileBytes     larger files are refused before they are read
 * @param incompleteGrace  a file that looks cut off is left alone this long, in case it is still being written
 * @param zone             the office's time zone, for archive folder dates
 */
public record IntakeSettings(Path archiveDir, Path errorDir, long maxFileBytes, Duration incompleteGrace, ZoneId zone) {
}
