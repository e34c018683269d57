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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** One run's export file, built in memory and written on {@link #commit()}. */
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
    private final Map<String, String> refByKey = new HashMap<>();
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
        String earlier = refByKey.get(record.key());
        if (earlier != null) {
            return new KeyingOutcome.AlreadyPresent(earlier);
        }
        try {
            if (record.key() == null || record.key().isBlank()) {
                throw new RecordRefused("the record has no key");
            }
            Map<String, String> values = valuesOf(record);
            byte[] bytes = encoder.record(layout.data(), values);
            BigInteger hashValue = layout.hashTotalField() == null ? BigInteger.ZERO
                    : FieldEncoder.number(hashField(), values.get(layout.hashTotalField()));
            int line = file.add(bytes, hashValue);
            String ref = file.name() + "#" + line;
            refByKey.put(record.key(), ref);
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
            Files.createDirectories(settings.outputDir());
            try (AtomicWriter.Staged staged = writer.stage(target, out -> out.write(content))) {
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
