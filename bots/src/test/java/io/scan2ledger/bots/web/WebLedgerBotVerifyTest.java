package io.scan2ledger.bots.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.scan2ledger.bots.support.CapturedLogs;
import io.scan2ledger.legacyledger.fault.Corruption;
import io.scan2ledger.legacyledger.fault.FaultPoint;
import io.scan2ledger.ledger.KeyingOutcome;
import io.scan2ledger.ledger.KeyingOutcome.Failed.Cause;
import io.scan2ledger.ledger.LedgerRecord;
import io.scan2ledger.ledger.LedgerSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Keyed means verified: what the ledger holds (CM040 照会) is compared with the record after every
 * keying and whenever the key is found, in real headless Chromium against the legacy ledger demo.
 */
class WebLedgerBotVerifyTest extends AgainstTheDemoLedger {

    private final SyntheticRecords synthetic = new SyntheticRecords(11);

    @Test
    void anEntryStoredWrongIsAVerifyMismatchNamingTheFieldsWithEvidenceNeverKeyed() throws Exception {
        LedgerRecord truncated = synthetic.childAllowance(101);
        LedgerRecord swapped = synthetic.childAllowance(102);
        LedgerRecord nulled = synthetic.residentMove(103);
        List<KeyingOutcome> outcomes = new ArrayList<>();
        try (CapturedLogs logs = new CapturedLogs()) {
            try (LedgerSession session = ledger.bot(JT).open(LedgerUnderTest.run(evidence, false))) {
                ledger.ledger().faults().corrupt(Corruption.TRUNCATE, "Jusho");
                outcomes.add(session.key(truncated));
                ledger.ledger().faults().corrupt(Corruption.SWAP, "Shimei", "KozaMeigiKana");
                outcomes.add(session.key(swapped));
            }
            try (LedgerSession session = ledger.bot(JI).open(LedgerUnderTest.run(evidence, false))) {
                ledger.ledger().faults().corrupt(Corruption.NULL, "ShinJusho", "DenwaBango");
                outcomes.add(session.key(nulled));
            }
            String all = String.join("\n", logs.lines());
            assertThat(logs.lines()).filteredOn(l -> l.startsWith("ledger.web.verify-mismatch")).hasSize(3);
            assertThat(all).doesNotContain(truncated.values().get("address"), swapped.values().get("name"),
                    nulled.values().get("newAddress"), nulled.values().get("phone"));
        }

        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(KeyingOutcome.Failed.class));
        assertMismatch(outcomes.get(0), "VERIFY_MISMATCH(address)", truncated);
        assertMismatch(outcomes.get(1), "VERIFY_MISMATCH(name,accountHolderKana)", swapped);
        assertMismatch(outcomes.get(2), "VERIFY_MISMATCH(newAddress,phone)", nulled);
        // The entries are there (the ledger stored them wrong): a person has to look, the bot keys nothing again.
        assertThat(ledger.rows("jidou-teate")).hasSize(2);
        assertThat(ledger.rows("jumin-idou")).hasSize(1);
    }

    @Test
    void aKeyHeldByADifferentRecordIsAKeyConflictAndTheSameRecordIsAlreadyPresent() throws Exception {
        LedgerRecord stored = synthetic.childAllowance(111);
        LedgerRecord other = with(with(synthetic.childAllowance(112), "name", "別人 太郎"), "key", stored.key());
        KeyingOutcome first;
        KeyingOutcome conflict;
        KeyingOutcome again;
        try (LedgerSession session = ledger.bot(JT).open(LedgerUnderTest.run(evidence, false))) {
            first = session.key(stored);
            conflict = session.key(other);
            again = session.key(stored);
        }
        String ref = ((KeyingOutcome.Keyed) first).ledgerRef();
        assertThat(conflict).isInstanceOfSatisfying(KeyingOutcome.Failed.class, f -> {
            assertThat(f.cause()).isEqualTo(Cause.KEY_CONFLICT);
            assertThat(f.retryable()).isFalse();
            assertThat(f.reason()).startsWith("KEY_CONFLICT(").contains("name", ref).doesNotContain("別人");
            assertThat(f.evidence()).extracting(p -> p.getFileName().toString())
                    .anyMatch(n -> n.matches("r\\d+-jidou-teate-web-d112-verify\\.png"))
                    .anyMatch(n -> n.matches("r\\d+-jidou-teate-web-d112-verify\\.html"));
        });
        assertThat(again).isEqualTo(new KeyingOutcome.AlreadyPresent(ref));
        assertThat(ledger.rows("jidou-teate")).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("SHIMEI", stored.values().get("name")));
    }

    @Test
    void aLostResponseAfterTheFinalSubmitIsVerifiedAndKeyedOnceOrAMismatchWhenStoredWrong() throws Exception {
        LedgerRecord lost = synthetic.childAllowance(121);
        LedgerRecord lostAndWrong = synthetic.childAllowance(122);
        KeyingOutcome keyed;
        KeyingOutcome mismatch;
        try (LedgerSession session = ledger.bot(JT).open(LedgerUnderTest.run(evidence, false))) {
            ledger.ledger().faults().failAfterCommitOn(FaultPoint.REGISTER);
            keyed = session.key(lost);
            ledger.ledger().faults().corrupt(Corruption.TRUNCATE, "KozaMeigiKana");
            mismatch = session.key(lostAndWrong);
        }
        List<Map<String, Object>> rows = ledger.rows("jidou-teate");
        assertThat(rows).extracting(r -> r.get("UKETSUKE_NO")).containsExactly(lost.key(), lostAndWrong.key());
        assertThat(keyed).isEqualTo(new KeyingOutcome.Keyed((String) rows.get(0).get("DAICHO_NO")));
        assertThat(mismatch).isInstanceOfSatisfying(KeyingOutcome.Failed.class, f -> {
            assertThat(f.cause()).isEqualTo(Cause.VERIFY_MISMATCH);
            assertThat(f.reason()).startsWith("VERIFY_MISMATCH(accountHolderKana)");
        });
    }

    private static void assertMismatch(KeyingOutcome outcome, String reason, LedgerRecord record) {
        KeyingOutcome.Failed f = (KeyingOutcome.Failed) outcome;
        assertThat(f.cause()).isEqualTo(Cause.VERIFY_MISMATCH);
        assertThat(f.retryable()).isFalse();
        assertThat(f.reason()).startsWith(reason);
        record.values().values().stream().filter(v -> v.length() > 3)
                .forEach(v -> assertThat(f.reason()).doesNotContain(v));
        assertThat(f.evidence()).extracting(p -> p.getFileName().toString())
                .contains("r" + runOf(f) + "-" + (record.formId().equals("jumin-ido") ? JI : JT) + "-d"
                        + record.documentId() + "-verify.png");
        String html = f.evidence().stream().filter(p -> p.toString().endsWith("-verify.html")).findFirst()
                .map(WebLedgerBotVerifyTest::read).orElseThrow();
        assertThat(html).contains("CM040", "dspShimei", "charset=UTF-8");
    }

    private static String runOf(KeyingOutcome.Failed f) {
        String name = f.evidence().get(0).getFileName().toString();
        return name.substring(1, name.indexOf('-'));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static LedgerRecord with(LedgerRecord record, String field, String value) {
        if (field.equals("key")) {
            return new LedgerRecord(value, record.documentId(), record.formId(), record.values());
        }
        Map<String, String> v = new LinkedHashMap<>(record.values());
        v.put(field, value);
        return new LedgerRecord(record.key(), record.documentId(), record.formId(), v);
    }
}
