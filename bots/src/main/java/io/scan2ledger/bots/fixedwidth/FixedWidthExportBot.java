package io.scan2ledger.bots.fixedwidth;

import io.scan2ledger.bots.support.AtomicWriter;
import io.scan2ledger.bots.support.RecordRefused;
import io.scan2ledger.ledger.LedgerBot;
import io.scan2ledger.ledger.LedgerSession;
import io.scan2ledger.ledger.LedgerUnavailable;
import io.scan2ledger.ledger.RunContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes one fixed-width import file per run for a mainframe batch job: a header record, one data
 * record per keyed record, a trailer with the count and hash total, in Windows-31J. The file
 * appears in the output folder only on {@link LedgerSession#commit()}, complete, by an atomic rename.
 *
 * <p>The mainframe cannot be asked whether it holds a record, so this bot cannot see records it
 * exported in earlier runs: that a record is exported once is guaranteed by the application's
 * keying table, which keys a record only until one session has committed it. Within one
 * session, a key seen twice is reported as already present.
 */
public class FixedWidthExportBot implements LedgerBot {

    private static final Logger log = LoggerFactory.getLogger(FixedWidthExportBot.class);
    private static final Pattern TOKEN = Pattern.compile("<([^<>]+)>");
    private static final Duration LEFTOVER_AGE = Duration.ofHours(1);

    private final FixedWidthSettings settings;
    private final AtomicWriter writer;

    public FixedWidthExportBot(FixedWidthSettings settings) {
        this(settings, new AtomicWriter());
    }

    /** With a writer whose stage hook tests use to simulate crashes. */
    public FixedWidthExportBot(FixedWidthSettings settings, AtomicWriter writer) {
        this.settings = settings;
        this.writer = writer;
    }

    @Override
    public String id() {
        return settings.botId();
    }

    /**
     * An export file cannot be asked whether it holds a record; but a run that died after writing
     * its file left the file in place, so a record whose pending ref names a file that exists was
     * exported (files appear whole or not at all).
     */
    @Override
    public boolean reached(String pendingRef) {
        int hash = pendingRef.lastIndexOf('#');
        String file = hash > 0 ? pendingRef.substring(0, hash) : pendingRef;
        return !file.contains("/") && Files.isRegularFile(settings.outputDir().resolve(file));
    }

    /** The importing job expects a file every night: with no records, a header and a count-0 trailer. */
    @Override
    public boolean writesEveryRun() {
        return true;
    }

    @Override
    public LedgerSession open(RunContext context) throws LedgerUnavailable {
        String name = fileName(context);
        Path target = settings.outputDir().resolve(name);
        if (Files.exists(target)) {
            throw new LedgerUnavailable("export file " + name + " exists already; a run with this id was exported",
                    settings.retryAfter());
        }
        if (!context.dryRun() && Files.isDirectory(settings.outputDir())) {
            AtomicWriter.sweepLeftovers(target, LEFTOVER_AGE);
        }
        FixedWidthLayout layout = settings.layout();
        FieldEncoder encoder = new FieldEncoder(layout);
        byte[] header;
        try {
            header = encoder.record(layout.header(), Map.of(
                    FieldSpec.RECORD_TYPE, "1",
                    FixedWidthLayout.CREATION_DATE, context.startedAt().atZone(settings.zone()).toLocalDate().toString(),
                    FixedWidthLayout.RUN_ID, Long.toString(context.runId()),
                    FixedWidthLayout.LAYOUT_ID, layout.layoutId()));
        } catch (RecordRefused e) {
            throw new LedgerUnavailable("the header record cannot be written: " + e.getMessage(), settings.retryAfter());
        }
        log.info("ledger.export.opened bot={} run={} file={} dryRun={}", id(), context.runId(), name, context.dryRun());
        return new FixedWidthExportSession(settings, context, encoder,
                new ExportFile(name, header, settings.lineTerminator().bytes()), target, writer);
    }

    /** {@code KOUZA_<yyyyMMdd>_<runId>.dat} for the run. */
    String fileName(RunContext context) {
        ZonedDateTime started = context.startedAt().atZone(settings.zone());
        Matcher m = TOKEN.matcher(settings.fileNamePattern());
        StringBuilder name = new StringBuilder();
        while (m.find()) {
            String token = m.group(1);
            String value = token.equals("runId") ? Long.toString(context.runId()) : DateTimeFormatter.ofPattern(token).format(started);
            m.appendReplacement(name, Matcher.quoteReplacement(value));
        }
        m.appendTail(name);
        String result = name.toString();
        if (result.contains("/") || result.contains("\\") || result.startsWith(".")) {
            throw new IllegalArgumentException("file name pattern must give a plain file name");
        }
        return result;
    }
}
