package io.scan2ledger.bots.excel;

import io.scan2ledger.batch.LedgerRecords;
import io.scan2ledger.bots.support.AtomicWriter;
import io.scan2ledger.document.Document;
import io.scan2ledger.document.DocumentState;
import io.scan2ledger.document.Source;
import io.scan2ledger.extraction.DocumentField;
import io.scan2ledger.installation.InstallationId;
import io.scan2ledger.ledger.KeyingOutcome;
import io.scan2ledger.ledger.LedgerRecord;
import io.scan2ledger.ledger.LedgerSession;
import io.scan2ledger.ledger.RunContext;
import io.scan2ledger.support.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, part 2: a production installation and a reinstall (or test instance) key one Excel
 * ledger. Their document ids both start at 1; their records must not be taken for each other's.
 */
class TwoInstallationsOneLedgerTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private static final InstallationId PRODUCTION = new InstallationId("7K2Q");
    private static final InstallationId REINSTALL = new InstallationId("M3XV");

    @TempDir
    Path dir;

    @Test
    void eachInstallationKeysItsOwnRecordsAndOldKeysAreStillFound() throws Exception {
        Path ledger = LedgerWorkbookFixture.write(dir, LedgerWorkbookFixture.Variant.NO_TOTALS_ROW);
        ExcelLedgerBot bot = new ExcelLedgerBot(new ExcelLedgerSettings("hoiku-excel", ledger,
                LedgerWorkbookFixture.SHEET, LedgerWorkbookFixture.HEADER_ROW_NUMBER, "受付番号",
                Map.of("applicant", "氏名"), ExcelLedgerSettings.Mode.APPEND,
                new ExcelLedgerSettings.LedgerNumbering("台帳番号", "R7-", 4), Duration.ofMinutes(5), 0,
                ZoneId.of("Asia/Tokyo")), Clock.fixed(NOW, ZoneId.of("UTC")), new AtomicWriter(AtomicWriter.StageHook.NONE));

        // Production keyed documents 1 and 2 before installations had ids (key S2L-000001, ...).
        List<Document> before = documents(null, "production", 1, 2);
        assertThat(key(bot, 1, before)).allMatch(KeyingOutcome.Keyed.class::isInstance);

        // A reinstall starts at document 1 again: 5 new residents, none in the ledger.
        List<Document> reinstall = documents(REINSTALL, "reinstall", 1, 5);
        assertThat(key(bot, 2, reinstall)).hasSize(5).allMatch(KeyingOutcome.Keyed.class::isInstance);

        // Production, now with its id, goes on with documents 3 to 5: its own, keyed too.
        List<Document> production = documents(PRODUCTION, "production", 3, 5);
        assertThat(key(bot, 3, production)).hasSize(3).allMatch(KeyingOutcome.Keyed.class::isInstance);

        // Every record once, under a key that fits the 20-character 受付番号.
        List<String> keys = new ArrayList<>();
        for (List<Document> docs : List.of(before, reinstall, production)) {
            docs.forEach(d -> keys.add(LedgerRecords.keyOf(d)));
        }
        assertThat(keys).doesNotHaveDuplicates().allMatch(k -> k.length() <= LedgerRecords.MAX_LENGTH);

        // A retry of anything already keyed finds it, old keys included: nothing is keyed twice.
        List<Document> again = new ArrayList<>(before);
        again.addAll(reinstall);
        again.addAll(production);
        assertThat(key(bot, 4, again)).hasSize(10).allMatch(KeyingOutcome.AlreadyPresent.class::isInstance);
        assertThat(key(bot, 5, documents(null, "production", 1, 1)).get(0))
                .isInstanceOf(KeyingOutcome.AlreadyPresent.class);
    }

    private List<KeyingOutcome> key(ExcelLedgerBot bot, long run, List<Document> docs) throws Exception {
        List<KeyingOutcome> outcomes = new ArrayList<>();
        try (LedgerSession session = bot.open(new RunContext(run, NOW, false, dir.resolve("evidence")))) {
            for (Document d : docs) {
                LedgerRecord record = LedgerRecords.of(d, List.of(new DocumentField("applicant", "name", "",
                        "住民 " + d.id(), 1.0, 1, null, null, List.of(), null, null, null)));
                outcomes.add(session.key(record));
            }
            session.commit();
        }
        return outcomes;
    }

    /** Documents {@code first..last} of one installation; the content (and so the hash) differs per installation. */
    private static List<Document> documents(InstallationId installation, String who, long first, long last) {
        return LongStream.rangeClosed(first, last).mapToObj(id -> new Document(id,
                Sha256.hex(Sha256.newDigest().digest((who + id).getBytes(StandardCharsets.UTF_8))),
                DocumentState.APPROVED, "madoguchi", Source.FOLDER, id + ".pdf", "application/pdf", 1, 1, NOW, NOW,
                null, null, "hoiku-moushikomi", false, installation)).toList();
    }
}
