package io.scan2ledger.bots.fixedwidth;

import io.scan2ledger.bots.support.AtomicWriter;
import io.scan2ledger.bots.support.CapturedLogs;
import io.scan2ledger.ledger.KeyingOutcome;
import io.scan2ledger.ledger.LedgerRecord;
import io.scan2ledger.ledger.LedgerSession;
import io.scan2ledger.ledger.LedgerUnavailable;
import io.scan2ledger.ledger.RunContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FixedWidthExportBotTest {

    private static final Charset MS932 = Charset.forName("Windows-31J");
    private static final int LENGTH = 80;
    /** 2026-11-22T16:00Z is already the 23rd in Tokyo: the file name and header use the office's date. */
    private static final Instant STARTED = Instant.parse("2026-11-22T16:00:00Z");
    private static final String FILE = "KOUZA_20261123_42.dat";

    private static final FixedWidthLayout LAYOUT = new FixedWidthLayout("KOUZA01", LENGTH, "yyyyMMdd",
            List.of(field("recordType", 1, FieldKind.ALPHANUMERIC), field("creationDate", 8, FieldKind.DATE),
                    field("runId", 10, FieldKind.NUMERIC), field("layoutId", 10, FieldKind.ALPHANUMERIC),
                    field("filler", 51, FieldKind.ALPHANUMERIC)),
            List.of(field("recordType", 1, FieldKind.ALPHANUMERIC), field("受付番号", 10, FieldKind.ALPHANUMERIC),
                    field("氏名", 20, FieldKind.KANJI), field("氏名カナ", 20, FieldKind.HANKAKU_KANA),
                    field("生年月日", 8, FieldKind.DATE), field("支給額", 9, FieldKind.NUMERIC),
                    field("filler", 12, FieldKind.ALPHANUMERIC)),
            List.of(field("recordType", 1, FieldKind.ALPHANUMERIC), field("recordCount", 6, FieldKind.NUMERIC),
                    field("hashTotal", 12, FieldKind.NUMERIC), field("filler", 61, FieldKind.ALPHANUMERIC)),
            "支給額");

    @TempDir
    Path dir;

    private static FieldSpec field(String name, int width, FieldKind kind) {
        return new FieldSpec(name, width, kind);
    }

    private Path out() {
        return dir.resolve("out");
    }

    private FixedWidthExportBot bot(LineTerminator terminator, AtomicWriter writer) {
        return new FixedWidthExportBot(new FixedWidthSettings("kouza-export", LAYOUT, out(), "KOUZA_<yyyyMMdd>_<runId>.dat",
                terminator, null, null), writer);
    }

    private FixedWidthExportBot bot() {
        return bot(LineTerminator.CRLF, new AtomicWriter());
    }

    private RunContext run(boolean dryRun) {
        return new RunContext(42, STARTED, dryRun, dir.resolve("evidence"));
    }

    private static LedgerRecord record(String key, String name, String kana, String birth, String amount) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("受付番号", key);
        values.put("氏名", name);
        values.put("氏名カナ", kana);
        values.put("生年月日", birth);
        values.put("支給額", amount);
        return new LedgerRecord(key, 7, "jidou-teate", values);
    }

    private List<KeyingOutcome> keyAndCommit(FixedWidthExportBot bot, boolean dryRun, List<LedgerRecord> records)
            throws LedgerUnavailable {
        List<KeyingOutcome> outcomes = new ArrayList<>();
        try (LedgerSession session = bot.open(run(dryRun))) {
            for (LedgerRecord r : records) {
                outcomes.add(session.key(r));
            }
            session.commit();
        }
        return outcomes;
    }

    /** The file's records, split at CRLF (a Windows-31J trail byte is never 0x0D or 0x0A). */
    private List<byte[]> lines() throws IOException {
        byte[] file = Files.readAllBytes(out().resolve(FILE));
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i + 1 < file.length; i++) {
            if (file[i] == '\r' && file[i + 1] == '\n') {
                lines.add(Arrays.copyOfRange(file, start, i));
                start = i + 2;
            }
        }
        assertThat(start).as("the file ends with a line terminator").isEqualTo(file.length);
        return lines;
    }

    private static String slice(byte[] line, int from, int width) {
        return new String(line, from, width, MS932);
    }

    private List<String> files() throws IOException {
        if (!Files.exists(out())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(out())) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    @Test
    void writesByteExactRecordsWithHeaderAndTrailer() throws Exception {
        List<KeyingOutcome> outcomes;
        try (CapturedLogs logs = new CapturedLogs()) {
            outcomes = keyAndCommit(bot(), false, List.of(
                    record("U-1001", "山田　太郎", "ヤマダ　タロウ", "2019-04-01", "15000"),
                    record("U-1002", "ABC商事 髙橋", "がっこう ぱぴぷ", "2020/12/31", "１２,３４５"),
                    record("U-1003", "ｶﾞｯｺｳ〜", "ｻﾄｳ ﾊﾅｺ", "", "")));
            assertThat(String.join("\n", logs.lines())).doesNotContain("山田", "ヤマダ", "U-1001", "15000");
        }

        assertThat(outcomes).containsExactly(new KeyingOutcome.Keyed(FILE + "#2"), new KeyingOutcome.Keyed(FILE + "#3"),
                new KeyingOutcome.Keyed(FILE + "#4"));
        List<byte[]> lines = lines();
        assertThat(lines).hasSize(5).allSatisfy(line -> assertThat(line).hasSize(LENGTH));

        byte[] header = lines.get(0);
        assertThat(slice(header, 0, 1)).isEqualTo("1");
        assertThat(slice(header, 1, 8)).isEqualTo("20261123");
        assertThat(slice(header, 9, 10)).isEqualTo("0000000042");
        assertThat(slice(header, 19, 10)).isEqualTo("KOUZA01   ");
        assertThat(slice(header, 29, 51)).isBlank();

        byte[] first = lines.get(1);
        assertThat(slice(first, 0, 1)).isEqualTo("2");
        assertThat(slice(first, 1, 10)).isEqualTo("U-1001    ");
        assertThat(slice(first, 11, 20)).isEqualTo("山田　太郎" + "\u3000".repeat(5));
        assertThat(slice(first, 31, 20)).isEqualTo("ﾔﾏﾀﾞ ﾀﾛｳ" + " ".repeat(12));
        assertThat(slice(first, 51, 8)).isEqualTo("20190401");
        assertThat(slice(first, 59, 9)).isEqualTo("000015000");
        assertThat(slice(first, 68, 12)).isEqualTo(" ".repeat(12));

        byte[] second = lines.get(2);
        assertThat(slice(second, 11, 20)).isEqualTo("ＡＢＣ商事　髙橋" + "\u3000".repeat(2));
        assertThat(slice(second, 31, 20)).isEqualTo("ｶﾞｯｺｳ ﾊﾟﾋﾟﾌﾟ" + " ".repeat(8));
        assertThat(slice(second, 51, 8)).isEqualTo("20201231");
        assertThat(slice(second, 59, 9)).isEqualTo("000012345");

        byte[] third = lines.get(3);
        assertThat(slice(third, 11, 20)).isEqualTo("ガッコウ～" + "\u3000".repeat(5));
        assertThat(slice(third, 51, 8)).isEqualTo(" ".repeat(8));
        assertThat(slice(third, 59, 9)).isEqualTo("000000000");

        byte[] trailer = lines.get(4);
        assertThat(slice(trailer, 0, 1)).isEqualTo("9");
        assertThat(slice(trailer, 1, 6)).isEqualTo("000003");
        assertThat(slice(trailer, 7, 12)).isEqualTo(String.format("%012d", 15000 + 12345));
        assertThat(files()).containsExactly(FILE);
    }

    @Test
    void aValueTooLongOrNotInWindows31JFailsWithoutTruncatingAndIsLeftOut() throws Exception {
        List<KeyingOutcome> outcomes = keyAndCommit(bot(), false, List.of(
                record("U-1", "寿限無寿限無五劫の擦り切れ", "ｼﾞｭｹﾞﾑ", "2019-04-01", "1"),
                record("U-2", "𠮷田", "ﾖｼﾀﾞ", "2019-04-01", "1"),
                record("U-3", "山田", "ﾔﾏﾀﾞ😀", "2019-04-01", "1"),
                record("U-4", "山田", "山田", "2019-04-01", "1"),
                record("U-5", "山田", "ﾔﾏﾀﾞ", "2019-04-01", "1234567890"),
                record("U-6", "山田", "ﾔﾏﾀﾞ", "2019-04-01", "-500"),
                record("U-7", "山田\r\n", "ﾔﾏﾀﾞ", "2019-04-01", "1"),
                record("U-8", "山田", "ｹﾝ", "2019-04-01", "1")));

        assertThat(outcomes.subList(0, 7)).allSatisfy(o -> assertThat(o).isInstanceOfSatisfying(KeyingOutcome.Failed.class,
                f -> {
                    assertThat(f.retryable()).isFalse();
                    assertThat(f.reason()).doesNotContain("寿限無", "𠮷", "😀", "山田", "1234567890");
                }));
        assertThat(reason(outcomes.get(0))).contains("氏名", "26 bytes", "20 bytes", "not truncated");
        assertThat(reason(outcomes.get(1))).contains("氏名", "character 1", "Windows-31J");
        assertThat(reason(outcomes.get(2))).contains("氏名カナ", "character 5", "Windows-31J");
        assertThat(reason(outcomes.get(3))).contains("氏名カナ", "half-width");
        assertThat(reason(outcomes.get(4))).contains("支給額", "10 bytes");
        assertThat(reason(outcomes.get(5))).contains("支給額", "whole number");
        assertThat(reason(outcomes.get(6))).contains("氏名", "control character");
        assertThat(outcomes.get(7)).isEqualTo(new KeyingOutcome.Keyed(FILE + "#2"));
        List<byte[]> lines = lines();
        assertThat(lines).hasSize(3);
        assertThat(slice(lines.get(2), 1, 6)).isEqualTo("000001");
    }

    private static String reason(KeyingOutcome outcome) {
        return ((KeyingOutcome.Failed) outcome).reason();
    }

    @Test
    void theSameKeyTwiceInOneSessionIsExportedOnce() throws Exception {
        LedgerRecord r = record("U-1001", "山田", "ﾔﾏﾀﾞ", "2019-04-01", "100");

        List<KeyingOutcome> outcomes = keyAndCommit(bot(), false, List.of(r, r));

        assertThat(outcomes).containsExactly(new KeyingOutcome.Keyed(FILE + "#2"), new KeyingOutcome.AlreadyPresent(FILE + "#2"));
        assertThat(slice(lines().get(2), 1, 6)).isEqualTo("000001");
    }

    @Test
    void nothingAppearsBeforeCommitAndNoTemporaryFileIsLeftAfter() throws Exception {
        try (LedgerSession session = bot().open(run(false))) {
            session.key(record("U-1001", "山田", "ﾔﾏﾀﾞ", "2019-04-01", "100"));
            assertThat(files()).isEmpty();
            session.commit();
        }
        assertThat(files()).containsExactly(FILE);
    }

    @Test
    void aDryRunWritesNothing() throws Exception {
        List<KeyingOutcome> outcomes = keyAndCommit(bot(), true, List.of(record("U-1001", "山田", "ﾔﾏﾀﾞ", "2019-04-01", "100")));

        assertThat(outcomes).containsExactly(new KeyingOutcome.WouldKey("would be line 2 of " + FILE + ", 7 fields"));
        assertThat(files()).isEmpty();
    }

    @Test
    void aCrashWhileWritingLeavesNoFile() throws Exception {
        for (AtomicWriter.Stage stage : AtomicWriter.Stage.values()) {
            AtomicWriter crashing = new AtomicWriter(reached -> {
                if (reached == stage) {
                    throw new IOException("simulated crash at " + reached);
                }
            });
            try (LedgerSession session = bot(LineTerminator.CRLF, crashing).open(run(false))) {
                session.key(record("U-1001", "山田", "ﾔﾏﾀﾞ", "2019-04-01", "100"));
                assertThatThrownBy(session::commit).isInstanceOf(LedgerUnavailable.class);
            }
            assertThat(files()).as("after a crash at %s", stage).isEmpty();
        }
    }

    @Test
    void aRunWhoseFileExistsIsNotWrittenAgain() throws Exception {
        keyAndCommit(bot(), false, List.of(record("U-1001", "山田", "ﾔﾏﾀﾞ", "2019-04-01", "100")));
        byte[] first = Files.readAllBytes(out().resolve(FILE));

        assertThatThrownBy(() -> bot().open(run(false))).isInstanceOf(LedgerUnavailable.class).hasMessageContaining("exists");
        assertThat(Files.readAllBytes(out().resolve(FILE))).isEqualTo(first);
    }

    @Test
    void withoutLineTerminatorsRecordsFollowEachOther() throws Exception {
        keyAndCommit(bot(LineTerminator.NONE, new AtomicWriter()), false,
                List.of(record("U-1001", "山田", "ﾔﾏﾀﾞ", "2019-04-01", "100"), record("U-1002", "鈴木", "ｽｽﾞｷ", "2019-04-02", "200")));

        byte[] file = Files.readAllBytes(out().resolve(FILE));
        assertThat(file).hasSize(4 * LENGTH);
        assertThat(slice(file, 3 * LENGTH, 7)).isEqualTo("9000002");
    }

    @Test
    void aRunWithNoRecordsStillWritesHeaderAndTrailer() throws Exception {
        keyAndCommit(bot(), false, List.of());

        List<byte[]> lines = lines();
        assertThat(lines).hasSize(2);
        assertThat(slice(lines.get(1), 0, 19)).isEqualTo("9000000000000000000");
    }

    @Test
    void aLayoutWhoseFieldsDoNotAddUpIsRefused() {
        List<FieldSpec> short79 = List.of(field("recordType", 1, FieldKind.ALPHANUMERIC), field("filler", 78, FieldKind.ALPHANUMERIC));
        assertThatThrownBy(() -> new FixedWidthLayout("X", LENGTH, null, short79, LAYOUT.data(), LAYOUT.trailer(), "支給額"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("79");
        assertThatThrownBy(() -> field("氏名", 19, FieldKind.KANJI)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FixedWidthLayout("X", LENGTH, null, LAYOUT.header(), LAYOUT.data(), LAYOUT.trailer(), "氏名"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hashTotal");
    }
}
