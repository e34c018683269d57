package io.scan2ledger.bots.fixedwidth;

import io.scan2ledger.bots.support.AtomicWriter;
import io.scan2ledger.bots.support.Sessions;
import io.scan2ledger.ledger.KeyingOutcome;
import io.scan2ledger.ledger.LedgerRecord;
import io.scan2ledger.ledger.LedgerUnavailable;
import io.scan2ledger.ledger.RunContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Keyed means verified: the export file is read back with the layout before it is published. */
class FixedWidthReadBackTest {

    private static final int LENGTH = 40;
    private static final FixedWidthLayout LAYOUT = new FixedWidthLayout("KOUZA01", LENGTH, "yyyyMMdd",
            List.of(field("recordType", 1, FieldKind.ALPHANUMERIC), field("runId", 10, FieldKind.NUMERIC),
                    field("filler", 29, FieldKind.ALPHANUMERIC)),
            List.of(field("recordType", 1, FieldKind.ALPHANUMERIC), field("受付番号", 10, FieldKind.ALPHANUMERIC),
                    field("氏名", 20, FieldKind.KANJI), field("支給額", 9, FieldKind.NUMERIC)),
            List.of(field("recordType", 1, FieldKind.ALPHANUMERIC), field("recordCount", 6, FieldKind.NUMERIC),
                    field("filler", 33, FieldKind.ALPHANUMERIC)),
            null);

    @TempDir
    Path dir;

    private static FieldSpec field(String name, int width, FieldKind kind) {
        return new FieldSpec(name, width, kind);
    }

    private FixedWidthExportBot bot(AtomicWriter writer) {
        return new FixedWidthExportBot(new FixedWidthSettings("kouza-export", LAYOUT, dir, "KOUZA_<runId>.dat",
                LineTerminator.CRLF, null, null), writer);
    }

    /** Changes the written bytes before they reach the disk, as a faulty write would. */
    private static AtomicWriter corrupting(Consumer<byte[]> damage) {
        return new AtomicWriter() {
            @Override
            public Staged stage(Path target, Content content) throws IOException {
                return super.stage(target, out -> {
                    ByteArrayOutputStream built = new ByteArrayOutputStream();
                    content.writeTo(built);
                    byte[] bytes = built.toByteArray();
                    damage.accept(bytes);
                    out.write(bytes);
                });
            }
        };
    }

    private static LedgerRecord record(long documentId, String key, String name, String amount) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("受付番号", key);
        values.put("氏名", name);
        values.put("支給額", amount);
        return new LedgerRecord(key, documentId, "kouza-furikae", values);
    }

    private static final List<LedgerRecord> THREE = List.of(record(1, "K-1", "山田 太郎", "1000"),
            record(2, "K-2", "鈴木 花子", "2000"), record(3, "K-3", "佐藤 次郎", "3000"));

    private List<KeyingOutcome> keyCommitAndVerify(FixedWidthExportBot bot, List<LedgerRecord> records)
            throws LedgerUnavailable {
        return Sessions.keyCommitAndVerify(bot.open(new RunContext(42, Instant.parse("2026-12-07T12:00:00Z"), false,
                dir.resolve("evidence"))), records);
    }

    private static int offsetOf(int line, int column) {
        return (line - 1) * (LENGTH + 2) + column;
    }

    @Test
    void aFieldThatReadsBackDifferentlyIsAVerifyMismatchAndNoFileIsPublished() throws Exception {
        // Line 3 is K-2's record; bytes 11..30 its name, 31..39 its amount.
        List<KeyingOutcome> outcomes = keyCommitAndVerify(bot(corrupting(bytes -> {
            bytes[offsetOf(3, 12)] ^= 0x01;
            bytes[offsetOf(3, 39)] = '9';
        })), THREE);

        KeyingOutcome.Failed mismatch = (KeyingOutcome.Failed) outcomes.get(1);
        assertThat(mismatch.cause()).isEqualTo(KeyingOutcome.Failed.Cause.VERIFY_MISMATCH);
        assertThat(mismatch.reason()).startsWith("VERIFY_MISMATCH(氏名,支給額)").doesNotContain("鈴木")
                .doesNotContain("2000");
        // The file is one unit: the others were not exported and go into the next run's file.
        for (int i : new int[]{0, 2}) {
            assertThat(((KeyingOutcome.Failed) outcomes.get(i)).cause()).isEqualTo(KeyingOutcome.Failed.Cause.SYSTEM_ERROR);
        }
        assertThat(files()).isEmpty();
    }

    @Test
    void aBrokenHeaderOrTrailerLeavesNoFileAndFailsTheSessionRetryably() {
        assertThatThrownBy(() -> keyCommitAndVerify(bot(corrupting(bytes -> bytes[offsetOf(1, 5)] = '7')), THREE))
                .isInstanceOf(LedgerUnavailable.class).hasMessageContaining("header");
        assertThat(files()).isEmpty();
    }

    @Test
    void aFileThatReadsBackAsWrittenIsPublished() throws Exception {
        List<KeyingOutcome> outcomes = keyCommitAndVerify(bot(new AtomicWriter()), THREE);
        assertThat(outcomes).containsExactly(new KeyingOutcome.Keyed("KOUZA_42.dat#2"),
                new KeyingOutcome.Keyed("KOUZA_42.dat#3"), new KeyingOutcome.Keyed("KOUZA_42.dat#4"));
        assertThat(files()).containsExactly("KOUZA_42.dat");
    }

    @Test
    void aKeyRepeatedInOneFileWithOtherValuesIsAKeyConflictAndWithTheSameValuesAlreadyPresent() throws Exception {
        List<KeyingOutcome> outcomes = keyCommitAndVerify(bot(new AtomicWriter()), List.of(THREE.get(0),
                record(4, "K-1", "山田 太郎", "1,000"), record(5, "K-1", "山田 一郎", "1000")));
        assertThat(outcomes.get(0)).isEqualTo(new KeyingOutcome.Keyed("KOUZA_42.dat#2"));
        assertThat(outcomes.get(1)).isEqualTo(new KeyingOutcome.AlreadyPresent("KOUZA_42.dat#2"));
        KeyingOutcome.Failed conflict = (KeyingOutcome.Failed) outcomes.get(2);
        assertThat(conflict.cause()).isEqualTo(KeyingOutcome.Failed.Cause.KEY_CONFLICT);
        assertThat(conflict.reason()).startsWith("KEY_CONFLICT(氏名)").contains("KOUZA_42.dat#2").doesNotContain("一郎");
    }

    private List<String> files() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
