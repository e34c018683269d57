package io.scan2ledger.bots.fixedwidth;

import io.scan2ledger.bots.support.AtomicWriter;
import io.scan2ledger.bots.support.KeyHash;
import io.scan2ledger.bots.support.RecordRefused;
import io.scan2ledger.ledger.KeyingOutcome;
import io.scan2ledger.ledger.LedgerRecord;
import io.scan2ledger.ledger.LedgerSession;
import io.scan2ledger.ledger.LedgerUnavailable;
import io.scan2ledger.ledger.RunContext;
import io.scan2ledger.support.Redact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One run's export file, built in memory and written on {@link #commit()}.
 *
 * <p>Keyed means verified: the written temporary file is read back with the layout before it is
 * renamed into the pick-up folder. The file is one unit for the importing job, so a record whose
 * fields read back differently keeps the whole file back: no file appears, that record is a
 * VERIFY_MISMATCH (a person looks), and every other record of the file is reported not exported,
 * retryably, to go into the next run's file. Publishing the file without the bad line would hand
 * the mainframe a file that was never read back; publishing it with the line would load a wrong
 * value into its master, which no later run can take back.
 */
final class FixedWidthExportSession implements LedgerSession {

    private static final Logger log = LoggerFactory.getLogger(FixedWidthExportSession.class);

    private final FixedWidthSettings settings;
    private final FixedWidthLayout layout;
    private final RunContext run;
    private final FieldEncoder encoder;
    private final ExportFile file;
    private final Path target;
    private final AtomicWriter writer;
    private final Set<String> dataFields;
    /** A record in the file: its line, its bytes (a repeated key is compared with them). */
    private record Line(int number, String ref, byte[] bytes) {
    }

    /** A document whose outcome depends on the file: exported to a line, or linked to one. */
    private record Exported(long documentId, int line) {
    }

    private final Map<String, Line> lineByKey = new HashMap<>();
    private final List<Exported> exported = new ArrayList<>();
    private final Map<Long, KeyingOutcome> verified = new HashMap<>();
    private boolean committed;

    FixedWidthExportSession(FixedWidthSettings settings, RunContext run, FieldEncoder encoder, ExportFile file,
                            Path target, AtomicWriter writer) {
        this.settings = settings;
        this.layout = settings.layout();
        this.run = run;
        this.encoder = encoder;
        this.file = file;
        this.target = target;
        this.writer = writer;
        this.dataFields = layout.data().stream().map(FieldSpec::name).collect(Collectors.toSet());
    }

    @Override
    public KeyingOutcome key(LedgerRecord record) {
        if (committed) {
            throw new IllegalStateException("session already committed");
        }
        try {
            if (record.key() == null || record.key().isBlank()) {
                throw new RecordRefused("the record has no key");
            }
            Map<String, String> values = valuesOf(record);
            byte[] bytes = encoder.record(layout.data(), values);
            Line earlier = lineByKey.get(record.key());
            if (earlier != null) {
                return repeated(record, earlier, bytes);
            }
            BigInteger hashValue = layout.hashTotalField() == null ? BigInteger.ZERO
                    : FieldEncoder.number(hashField(), values.get(layout.hashTotalField()));
            int line = file.add(bytes, hashValue);
            String ref = file.name() + "#" + line;
            lineByKey.put(record.key(), new Line(line, ref, bytes));
            exported.add(new Exported(record.documentId(), line));
            log.info("ledger.export.keyed bot={} run={} document={} key={} line={} dryRun={}", settings.botId(),
                    run.runId(), record.documentId(), KeyHash.of(record.key()), line, run.dryRun());
            return run.dryRun()
                    ? new KeyingOutcome.WouldKey("would be line " + line + " of " + file.name() + ", " + layout.data().size() + " fields")
                    : new KeyingOutcome.Keyed(ref);
        } catch (RecordRefused refused) {
            log.info("ledger.export.refused bot={} run={} document={} key={} reason={}", settings.botId(), run.runId(),
                    record.documentId(), KeyHash.of(record.key()), refused.getMessage());
            return refused.outcome();
        }
    }

    /** A key seen before in this session: the same record is linked to its line, a different one conflicts. */
    private KeyingOutcome repeated(LedgerRecord record, Line earlier, byte[] bytes) {
        List<String> differing = fieldsDiffering(earlier.bytes(), bytes);
        if (!differing.isEmpty()) {
            log.info("ledger.export.key-conflict bot={} run={} document={} key={} line={} fields={}", settings.botId(),
                    run.runId(), record.documentId(), KeyHash.of(record.key()), earlier.number(), differing.size());
            return KeyingOutcome.Failed.keyConflict(earlier.ref(), differing, List.of());
        }
        exported.add(new Exported(record.documentId(), earlier.number()));
        return new KeyingOutcome.AlreadyPresent(earlier.ref());
    }

    private List<String> fieldsDiffering(byte[] a, byte[] b) {
        List<String> differing = new ArrayList<>();
        int at = 0;
        for (FieldSpec field : layout.data()) {
            if (!Arrays.equals(a, at, at + field.width(), b, at, at + field.width())) {
                differing.add(field.name());
            }
            at += field.width();
        }
        return differing;
    }

    /**
     * The record's values the layout has a field for. A record carries every field of its form; the
     * import layout decides which of them the mainframe takes, so the others are simply not exported.
     */
    private Map<String, String> valuesOf(LedgerRecord record) throws RecordRefused {
        Map<String, String> values = new LinkedHashMap<>();
        record.values().forEach((name, value) -> {
            if (dataFields.contains(name) && !name.equals(FieldSpec.FILLER)) {
                values.put(name, value);
            }
        });
        values.putIfAbsent(FieldSpec.RECORD_TYPE, "2");
        return values;
    }

    private FieldSpec hashField() {
        return layout.data().stream().filter(f -> f.name().equals(layout.hashTotalField())).findFirst().orElseThrow();
    }

    @Override
    public void commit() throws LedgerUnavailable {
        committed = true;
        if (run.dryRun()) {
            log.info("ledger.export.commit bot={} run={} written=false dryRun=true records={}", settings.botId(),
                    run.runId(), file.dataRecords());
            return;
        }
        try {
            byte[] content = file.withTrailer(trailer());
            writer.createDirectories(settings.outputDir());
            try (AtomicWriter.Staged staged = writer.stage(target, out -> out.write(content))) {
                if (!readsBackAsWritten(content, Files.readAllBytes(staged.file()))) {
                    return;
                }
                staged.createTarget();
            }
        } catch (FileAlreadyExistsException e) {
            throw new LedgerUnavailable("export file " + file.name() + " appeared during the run; not overwritten",
                    settings.retryAfter(), e);
        } catch (IOException | RuntimeException e) {
            throw new LedgerUnavailable("export file " + file.name() + " could not be written (" + Redact.throwable(e)
                    + "); nothing was left in the folder", settings.retryAfter(), e);
        }
        log.info("ledger.export.commit bot={} run={} written=true file={} records={}", settings.botId(), run.runId(),
                file.name(), file.dataRecords());
    }

    /**
     * Compares the staged file with what was built; on a field that differs, fills {@link #verified}
     * and returns false, so the file is not published.
     */
    private boolean readsBackAsWritten(byte[] content, byte[] written) throws LedgerUnavailable {
        Map<Integer, List<String>> differences;
        try {
            differences = new ExportReadBack(layout, settings.lineTerminator().bytes()).differences(content, written);
        } catch (ExportReadBack.Broken e) {
            throw new LedgerUnavailable("export file " + file.name() + " read back broken (" + e.getMessage()
                    + "); nothing was left in the folder", settings.retryAfter());
        }
        if (differences.isEmpty()) {
            return true;
        }
        for (Exported e : exported) {
            List<String> wrong = differences.get(e.line());
            verified.put(e.documentId(), wrong != null ? KeyingOutcome.Failed.verifyMismatch(wrong, List.of())
                    : new KeyingOutcome.Failed("出力せず: 同じファイルの別の行が読み戻しで一致しませんでした / not exported:"
                    + " another line of the file read back differently, so no file was written", List.of(), true));
        }
        log.warn("ledger.export.verify-mismatch bot={} run={} file={} lines={} written=false", settings.botId(),
                run.runId(), file.name(), differences.size());
        return false;
    }

    @Override
    public Map<Long, KeyingOutcome> verified() {
        return Map.copyOf(verified);
    }

    /** Record count = data records only; hash total = the sum of the hash field, low-order digits that fit. */
    private byte[] trailer() throws LedgerUnavailable {
        Map<String, String> values = new HashMap<>();
        values.put(FieldSpec.RECORD_TYPE, "9");
        values.put(FixedWidthLayout.RECORD_COUNT, Integer.toString(file.dataRecords()));
        layout.trailer().stream().filter(f -> f.name().equals(FixedWidthLayout.HASH_TOTAL)).findFirst().ifPresent(f ->
                values.put(FixedWidthLayout.HASH_TOTAL, file.hashTotal().mod(BigInteger.TEN.pow(f.width())).toString()));
        try {
            return encoder.record(layout.trailer(), values);
        } catch (RecordRefused e) {
            throw new LedgerUnavailable("the trailer record cannot be written: " + e.getMessage(), settings.retryAfter());
        }
    }

    @Override
    public void close() {
        committed = true;
    }
}
