package io.scan2ledger.intake;

import io.scan2ledger.document.FileSealer;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

/**
 * @param archiveDir       where taken files go, by channel and date
 * @param errorDir         where refused files go, with a reason file beside each
 * @param maxFileBytes     larger files are refused before they are read
 * @param incompleteGrace  a file that looks cut off is left alone this long, in case it is still being written
 * @param zone             the office's time zone, for archive folder dates
 * @param archiveSealer    seals the copies in archive/ like the store's originals; null keeps them
 *                         plain (still named by document id and hash, never by the file's name)
 */
public record IntakeSettings(Path archiveDir, Path errorDir, long maxFileBytes, Duration incompleteGrace, ZoneId zone,
                             FileSealer archiveSealer) {

    /** Plain archive copies. */
    public IntakeSettings(Path archiveDir, Path errorDir, long maxFileBytes, Duration incompleteGrace, ZoneId zone) {
        this(archiveDir, errorDir, maxFileBytes, incompleteGrace, zone, null);
    }
}
