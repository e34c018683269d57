package io.scan2ledger.bots.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scan2ledger.bots.support.CapturedLogs;
import io.scan2ledger.legacyledger.fault.FaultPoint;
import io.scan2ledger.ledger.KeyingOutcome;
import io.scan2ledger.ledger.LedgerRecord;
import io.scan2ledger.ledger.LedgerSession;
import io.scan2ledger.ledger.LedgerUnavailable;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The web bots against the legacy ledger demo in real headless Chromium, faults included. */
class WebLedgerBotTest extends AgainstTheDemoLedger {

    private final SyntheticRecords synthetic = new SyntheticRecords(7);

    @Test
    void keysRecordsWithTheirValuesThenLinksThemOnTheNextRunWithoutNewRows() throws Exception {
        LedgerRecord showa = childAllowance(1, "1989-01-07", "当座", "2019-05-01", "2021-12-24");
        LedgerRecord reiwa = childAllowance(2, "2019-05-01", "普通", "2023-04-01");
        LedgerRecord move = residentMove(3);

        // Each record twice: the second time, as in the next night's run, the search finds it.
        List<KeyingOutcome> outcomes = keyAll(false, List.of(showa, reiwa, showa, reiwa), List.of(move, move));
        List<KeyingOutcome> first = List.of(outcomes.get(0), outcomes.get(1), outcomes.get(4));
        List<KeyingOutcome> again = List.of(outcomes.get(2), outcomes.get(3), outcomes.get(5));

        assertThat(first).extracting(o -> o.getClass().getSimpleName()).containsOnly("Keyed");
        List<Map<String, Object>> jt = ledger.rows("jidou-teate");
        assertThat(jt).hasSize(2);
        assertThat(jt.get(0)).containsEntry("DAICHO_NO", ref(first.get(0))).containsEntry("UKETSUKE_NO", "S2L-000001")
                .containsEntry("SHIMEI", "髙橋 﨑子").containsEntry("SHIMEI_KANA", "タカハシ サキコ")
                .containsEntry("SEINENGAPPI", LocalDate.of(1989, 1, 7))         // 昭和64年1月7日
                .containsEntry("KOJIN_BANGO", "123456789018").containsEntry("JUSHO", "東京都緑ヶ丘区若葉町1-2-3〜101")
                .containsEntry("KINYU_KIKAN_CD", "0005").containsEntry("SHITEN_CD", "123")
                .containsEntry("YOKIN_SHUMOKU", "2").containsEntry("KOZA_BANGO", "0012345")
                .containsEntry("KOZA_MEIGI_KANA", "タカハシ サキコ").containsEntry("JIDO_SU", 2)
                .containsEntry("JIDO1_SHIMEI", "髙橋 一郎").containsEntry("JIDO1_SEINENGAPPI", LocalDate.of(2019, 5, 1))
                .containsEntry("JIDO2_SEINENGAPPI", LocalDate.of(2021, 12, 24)).containsEntry("JIDO3_SHIMEI", null)
                .containsEntry("TOROKU_USER", LedgerUnderTest.USER);
        assertThat(jt.get(1)).containsEntry("DAICHO_NO", ref(first.get(1)))
                .containsEntry("SEINENGAPPI", LocalDate.of(2019, 5, 1))         // 令和元年5月1日
                .containsEntry("YOKIN_SHUMOKU", "1").containsEntry("JIDO_SU", 1).containsEntry("JIDO2_SHIMEI", null);
        assertThat(ledger.rows("jumin-idou")).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("DAICHO_NO", ref(first.get(2))).containsEntry("UKETSUKE_NO", "S2L-000003")
                .containsEntry("IDO_SHUBETSU", "2").containsEntry("IDOBI", LocalDate.of(2025, 3, 30))
                .containsEntry("TODOKEDEBI", LocalDate.of(2025, 4, 1)).containsEntry("SEINENGAPPI", LocalDate.of(1964, 2, 29))
                .containsEntry("SHIMEI", "鈴木 太郎").containsEntry("SHIMEI_KANA", "スズキ タロウ").containsEntry("SEIBETSU", "1")
                .containsEntry("SHIN_JUSHO", "東京都緑ヶ丘区桜台4-5-6").containsEntry("KYU_JUSHO", "大阪府大阪市北区1-1")
                .containsEntry("SETAINUSHI", "鈴木 太郎").containsEntry("ZOKUGARA", "世帯主")
                .containsEntry("DENWA_BANGO", "03-1234-5678"));
        assertThat(first).extracting(WebLedgerBotTest::ref)
                .satisfiesExactly(r -> assertThat(r).matches("JT-\\d{4}-000001"), r -> assertThat(r).matches("JT-\\d{4}-000002"),
                        r -> assertThat(r).matches("JI-\\d{4}-000001"));

        assertThat(again).containsExactly(new KeyingOutcome.AlreadyPresent(ref(first.get(0))),
                new KeyingOutcome.AlreadyPresent(ref(first.get(1))), new KeyingOutcome.AlreadyPresent(ref(first.get(2))));
        assertThat(ledger.rows("jidou-teate")).hasSize(2);
        assertThat(ledger.rows("jumin-idou")).hasSize(1);
    }

    @Test
    void failuresAroundTheFinalSubmitAreRetriedWithoutKeyingTwiceAndLeaveNoEvidence() throws Exception {
        LedgerRecord lost = synthetic.childAllowance(13);
        List<KeyingOutcome> outcomes = new ArrayList<>();
        try (CapturedLogs logs = new CapturedLogs();
             LedgerSession session = ledger.bot(JT).open(LedgerUnderTest.run(evidence, false))) {
            // Every second 確認 answers 500: the second record's first attempt fails before anything is stored.
            ledger.ledger().faults().failEveryNth(2, FaultPoint.CONFIRM);
            outcomes.add(session.key(synthetic.childAllowance(11)));
            outcomes.add(session.key(synthetic.childAllowance(12)));
            // 登録 stores the row but the answer is lost: the classic double-keying trap.
            ledger.ledger().faults().clear().failAfterCommitOn(FaultPoint.REGISTER);
            outcomes.add(session.key(lost));
            assertThat(logs.lines()).filteredOn(l -> l.startsWith("ledger.web.attempt-failed"))
                    .satisfiesExactly(
                            l -> assertThat(l).contains("document=12", "phase=key", "submitted=false", "SYSTEM_ERROR(E9001)"),
                            l -> assertThat(l).contains("document=13", "phase=confirm", "submitted=true", "SYSTEM_ERROR(E9001)"));
        }
        List<Map<String, Object>> rows = ledger.rows("jidou-teate");
        assertThat(rows).extracting(r -> r.get("UKETSUKE_NO"))
                .containsExactly(SyntheticRecords.key(11), SyntheticRecords.key(12), lost.key());
        assertThat(outcomes).containsExactly(new KeyingOutcome.Keyed((String) rows.get(0).get("DAICHO_NO")),
                new KeyingOutcome.Keyed((String) rows.get(1).get("DAICHO_NO")),
                new KeyingOutcome.Keyed((String) rows.get(2).get("DAICHO_NO")));
        assertThat(evidence).isEmptyDirectory(); // evidence is kept only for records that finally fail
    }

    @Test
    void aRefusedRecordFailsWithEvidenceAndTheNextOneIsStillKeyed() throws Exception {
        LedgerRecord kanjiInKana = with(synthetic.childAllowance(31), "kana", "山田 ハナコ");
        LedgerRecord tooLong = with(synthetic.childAllowance(32), "name", "寿限無寿限無五劫の擦り切れ海砂利水魚の水行末雲来末風来末食う寝る処");
        LedgerRecord fine = synthetic.childAllowance(33);
        List<KeyingOutcome> outcomes;
        try (CapturedLogs logs = new CapturedLogs()) {
            outcomes = keyAll(false, List.of(kanjiInKana, tooLong, fine), List.of());
            assertThat(String.join("\n", logs.lines())).doesNotContain("山田", "ハナコ", "寿限無",
                    fine.values().get("name"), fine.values().get("myNumber"), fine.values().get("accountNumber"));
        }

        assertThat(outcomes.get(0)).isInstanceOfSatisfying(KeyingOutcome.Failed.class, f -> {
            assertThat(f.retryable()).isFalse();
            assertThat(f.reason()).contains("JT010", "KANA(氏名フリガナ)").doesNotContain("山田", "ハナコ");
            assertThat(f.evidence()).extracting(p -> p.getFileName().toString())
                    .allMatch(n -> n.matches("r\\d+-jidou-teate-web-d31-a1\\.(png|html)"))
                    .anyMatch(n -> n.endsWith(".png")).anyMatch(n -> n.endsWith(".html"));
            f.evidence().forEach(WebLedgerBotTest::assertOwnerOnly);
            assertThat(html(f)).contains("tdErrMsg", "全角カタカナ", "charset=UTF-8");
        });
        assertThat(outcomes.get(1)).isInstanceOfSatisfying(KeyingOutcome.Failed.class, f -> {
            assertThat(f.retryable()).isFalse();
            assertThat(f.reason()).contains("fill txtShimei", "maxlength 30").doesNotContain("寿限無");
            assertThat(f.evidence()).hasSize(2);
        });
        assertThat(outcomes.get(2)).isInstanceOf(KeyingOutcome.Keyed.class);
        assertThat(ledger.rows("jidou-teate")).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("UKETSUKE_NO", fine.key()));
    }

    @Test
    void aSlowLedgerThatEndsTheSessionIsLoggedIntoAgainAndTheRunGoesOn() throws Exception {
        ledger.ledger().faults().delay(250, FaultPoint.SEARCH, FaultPoint.CONFIRM, FaultPoint.REGISTER);
        List<KeyingOutcome> outcomes = new ArrayList<>();
        try (CapturedLogs logs = new CapturedLogs();
             LedgerSession session = ledger.bot(JI).open(LedgerUnderTest.run(evidence, false))) {
            outcomes.add(session.key(synthetic.residentMove(41)));
            ledger.ledger().faults().expireSessionsNow();
            outcomes.add(session.key(synthetic.residentMove(42)));
            ledger.ledger().faults().expireSessionsNow();
            outcomes.add(session.key(synthetic.residentMove(43)));
            assertThat(logs.lines()).filteredOn(l -> l.startsWith("ledger.web.session-expired")).hasSize(2);
            assertThat(logs.lines()).filteredOn(l -> l.startsWith("ledger.web.login")).hasSize(3);
        }
        assertThat(outcomes).allMatch(KeyingOutcome.Keyed.class::isInstance);
        assertThat(ledger.rows("jumin-idou")).extracting(r -> r.get("UKETSUKE_NO"))
                .containsExactly(SyntheticRecords.key(41), SyntheticRecords.key(42), SyntheticRecords.key(43));
    }

    @Test
    void aLedgerThatIsDownOrNotListeningIsUnavailableAtOpen() throws Exception {
        ledger.ledger().faults().down(true);
        assertThatThrownBy(() -> ledger.bot(JT).open(LedgerUnderTest.run(evidence, false)))
                .isInstanceOfSatisfying(LedgerUnavailable.class, e -> {
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(1));
                    assertThat(e.getMessage()).contains("CM900", "SERVICE_DOWN");
                });
        assertThat(LedgerUnderTest.browsersLeft()).isEmpty();

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThatThrownBy(() -> ledger.bot(JT, "http://127.0.0.1:" + closedPort).open(LedgerUnderTest.run(evidence, false)))
                .isInstanceOf(LedgerUnavailable.class).hasMessageContaining("ERR_CONNECTION_REFUSED");
    }

    @Test
    void aLedgerGoingDownMidRunFailsRecordsRetryablyAndTheRunRecovers() throws Exception {
        List<KeyingOutcome> outcomes = new ArrayList<>();
        try (LedgerSession session = ledger.bot(JT).open(LedgerUnderTest.run(evidence, false))) {
            ledger.ledger().faults().down(true);
            outcomes.add(session.key(synthetic.childAllowance(51)));
            ledger.ledger().faults().down(false);
            outcomes.add(session.key(synthetic.childAllowance(52)));
        }
        assertThat(outcomes.get(0)).isInstanceOfSatisfying(KeyingOutcome.Failed.class, f -> {
            assertThat(f.retryable()).isTrue();
            assertThat(f.reason()).contains("SERVICE_DOWN", "3 attempts");
            assertThat(f.evidence()).hasSize(6); // a screenshot and the page of each attempt
        });
        assertThat(outcomes.get(1)).isInstanceOf(KeyingOutcome.Keyed.class);
        assertThat(ledger.rows("jidou-teate")).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("UKETSUKE_NO", SyntheticRecords.key(52)));
    }

    @Test
    void aDryRunGoesAsFarAsTheConfirmationScreenAndRegistersNothing() throws Exception {
        KeyingOutcome outcome;
        // With real key events and WebDriver clicks (KEYS), the way a screen that needs them is keyed.
        try (LedgerSession session = ledger.bot(JI, InputMode.KEYS).open(LedgerUnderTest.run(evidence, true))) {
            outcome = session.key(synthetic.residentMove(61));
        }
        assertThat(outcome).isEqualTo(new KeyingOutcome.WouldKey(
                "would register from JI020 (22 inputs filled, 13 values confirmed; final submit skipped)"));
        assertThat(ledger.rows("jumin-idou")).isEmpty();
        assertThat(evidence).isEmptyDirectory();
    }

    /** Keys the child allowance records with one session and the resident moves with another. */
    private List<KeyingOutcome> keyAll(boolean dryRun, List<LedgerRecord> childAllowances, List<LedgerRecord> moves)
            throws LedgerUnavailable {
        List<KeyingOutcome> outcomes = new ArrayList<>();
        for (Map.Entry<String, List<LedgerRecord>> bot : Map.of(JT, childAllowances, JI, moves).entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            if (bot.getValue().isEmpty()) {
                continue;
            }
            try (LedgerSession session = ledger.bot(bot.getKey()).open(LedgerUnderTest.run(evidence, dryRun))) {
                bot.getValue().forEach(r -> outcomes.add(session.key(r)));
                session.commit();
            }
        }
        return outcomes;
    }

    private static LedgerRecord childAllowance(long id, String birthDate, String accountType, String... childBirths) {
        Map<String, String> v = values("claimedOn", "2025-04-01", "kana", "タカハシ サキコ", "name", "髙橋 﨑子",
                "birthDate", birthDate, "address", "東京都緑ヶ丘区若葉町1-2-3〜101", "myNumber", "123456789018",
                "bankCode", "0005", "branchCode", "123", "accountType", accountType, "accountNumber", "0012345",
                "accountHolderKana", "タカハシ サキコ");
        String[] names = {"髙橋 一郎", "髙橋 二郎", "髙橋 三郎"};
        for (int i = 0; i < childBirths.length; i++) {
            v.putAll(values("children[" + i + "].name", names[i], "children[" + i + "].birthDate", childBirths[i],
                    "children[" + i + "].relation", "子"));
        }
        return new LedgerRecord(SyntheticRecords.key(id), id, "jidou-teate", v);
    }

    private static LedgerRecord residentMove(long id) {
        return new LedgerRecord(SyntheticRecords.key(id), id, "jumin-ido", values("filedOn", "2025-04-01",
                "movedOn", "2025-03-30", "moveKind", "転居", "newAddress", "東京都緑ヶ丘区桜台4-5-6",
                "oldAddress", "大阪府大阪市北区1-1", "householdHead", "鈴木 太郎", "phone", "03-1234-5678",
                "kana", "スズキ タロウ", "name", "鈴木 太郎", "birthDate", "1964-02-29", "sex", "男", "relation", "世帯主"));
    }

    private static Map<String, String> values(String... namesAndValues) {
        Map<String, String> v = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            v.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return v;
    }

    private static LedgerRecord with(LedgerRecord record, String field, String value) {
        Map<String, String> v = new LinkedHashMap<>(record.values());
        v.put(field, value);
        return new LedgerRecord(record.key(), record.documentId(), record.formId(), v);
    }

    private static String ref(KeyingOutcome outcome) {
        return outcome instanceof KeyingOutcome.Keyed k ? k.ledgerRef() : ((KeyingOutcome.AlreadyPresent) outcome).ledgerRef();
    }

    private static void assertOwnerOnly(Path file) {
        try {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String html(KeyingOutcome.Failed failed) {
        try (Stream<Path> files = failed.evidence().stream().filter(p -> p.toString().endsWith(".html"))) {
            return Files.readString(files.findFirst().orElseThrow());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
