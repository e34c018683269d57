package io.scan2ledger.bots.fixedwidth;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One mainframe import file per run.
 *
 * @param botId           the bot's id in configuration and on keying records
 * @param layout          the record layouts
 * @param outputDir       where the file appears (the transfer job's pick-up folder)
 * @param fileNamePattern e.g. {@code KOUZA_<yyyyMMdd>_<runId>.dat}: {@code <runId>} is the run's id,
 *                        any other {@code <...>} a date pattern applied to the run's start
 * @param lineTerminator  after each record (null: CRLF)
 * @param zone            the office's time zone, for dates in the file name and header (null: Asia/Tokyo)
 * @param retryAfter      when to retry after the file could not be written (null: 10 minutes)
 */
public record FixedWidthSettings(String botId, FixedWidthLayout layout, Path outputDir, String fileNamePattern,
                                 LineTerminator lineTerminator, ZoneId zone, Duration retryAfter) {

    public FixedWidthSettings {
        Objects.requireNonNull(botId, "botId");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(fileNamePattern, "fileNamePattern");
        lineTerminator = lineTerminator == null ? LineTerminator.CRLF : lineTerminator;
        zone = zone == null ? ZoneId.of("Asia/Tokyo") : zone;
        retryAfter = retryAfter == null ? Duration.ofMinutes(10) : retryAfter;
    }
}
