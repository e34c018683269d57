package io.scan2ledger.legacyledger;

import static io.scan2ledger.legacyledger.Samples.CHILD_ALLOWANCE;
import static org.assertj.core.api.Assertions.assertThat;

import io.scan2ledger.legacyledger.fault.Corruption;
import io.scan2ledger.legacyledger.fault.FaultPoint;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each fault a bot must survive, switched through the Java handle and through the admin API. */
class FaultsTest {

    private static final String ADMIN_TOKEN = "test-admin";
    @RegisterExtension
    static final RunningLedger running = new RunningLedger(LegacyLedger.Options.defaults().withAdminToken(ADMIN_TOKEN));
    private LegacyLedger ledger;
    private LedgerClient clerk;

    @Test
    void delayAppliesToTheChosenScreensOnly() {
        ledger.faults().delay(700, FaultPoint.SEARCH);
        long start = System.nanoTime();
        clerk.get("/search.do");
        long searchMs = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        clerk.get("/menu.do");
        long menuMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(searchMs).isGreaterThanOrEqualTo(700);
        assertThat(menuMs).isLessThan(700);
    }

    @Test
    void everyNthRequestFailsWithTheSystemErrorPage() {
        ledger.faults().failEveryNth(3, FaultPoint.SEARCH);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            statuses.add(clerk.get("/search.do").status());
        }
        assertThat(statuses).containsExactly(200, 200, 500, 200, 200, 500);
        assertThat(clerk.get("/menu.do").status()).isEqualTo(200);
        ledger.faults().failEveryNth(3, FaultPoint.SEARCH);
        clerk.get("/search.do");
        clerk.get("/search.do");
        Page failed = clerk.get("/search.do");
        assertThat(failed.screenId()).isEqualTo("CM900");
        assertThat(failed.text("tdErrMsg")).contains("システムエラーが発生しました");
    }

    @Test
    void seededRandomFailuresRepeat() {
        ledger.faults().failRate(0.5, 7, FaultPoint.MENU);
        List<Integer> first = menuStatuses(20);
        ledger.faults().failRate(0.5, 7, FaultPoint.MENU);
        assertThat(menuStatuses(20)).isEqualTo(first);
        assertThat(first).contains(200, 500);
    }

    @Test
    void aFailedRegistrationStoresNothing() {
        clerk.confirm(CHILD_ALLOWANCE, Samples.childAllowance("F-1"));
        ledger.faults().failEveryNth(1, FaultPoint.REGISTER);
        Page failed = clerk.submit("/jidou-teate/register.do", Map.of());
        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.text("tdErrMsg")).contains("システムエラーが発生しました");
        assertThat(LedgerDb.count(ledger, "JIDOU_TEATE")).isZero();

        ledger.faults().clear();
        Page retried = clerk.submit("/jidou-teate/register.do", Map.of());
        assertThat(retried.screenId()).isEqualTo("JT030");
        assertThat(LedgerDb.rows(ledger, "JIDOU_TEATE", "F-1")).hasSize(1);
    }

    @Test
    void aLostResponseAfterCommitLeavesTheRowStored() {
        ledger.faults().failAfterCommitOn(FaultPoint.REGISTER);
        clerk.confirm(CHILD_ALLOWANCE, Samples.childAllowance("F-2"));
        Page lost = clerk.submit("/jidou-teate/register.do", Map.of());
        assertThat(lost.status()).isEqualTo(500);
        assertThat(lost.text("tdErrMsg")).contains("システムエラーが発生しました");
        assertThat(LedgerDb.rows(ledger, "JIDOU_TEATE", "F-2")).hasSize(1);

        // What a careful bot does next: search by 受付番号 and find the number it was never shown.
        String daichoNo = (String) LedgerDb.rows(ledger, "JIDOU_TEATE", "F-2").get(0).get("DAICHO_NO");
        assertThat(clerk.search(CHILD_ALLOWANCE, "F-2", "").text("tdDaichoNo1")).isEqualTo(daichoNo);
        // What a naive bot does: key it again. The ledger refuses; it never holds two rows.
        assertThat(clerk.confirm(CHILD_ALLOWANCE, Samples.childAllowance("F-2")).text("tdErrMsg"))
                .contains("既に登録されています", daichoNo);
        assertThat(LedgerDb.count(ledger, "JIDOU_TEATE")).isEqualTo(1);
    }

    @Test
    void theDetailScreenShowsEachItemAsStoredAndTheCorruptFaultStoresItemsWrong() {
        Page keyed = clerk.key(CHILD_ALLOWANCE, Samples.childAllowance("C-1"));
        String daichoNo = keyed.text("spnDaichoNo");
        Page found = clerk.search(CHILD_ALLOWANCE, "C-1", "");
        assertThat(found.text("lnkShokai1")).isEqualTo(daichoNo);
        Page detail = clerk.get("/jidou-teate/detail.do?no=" + daichoNo);
        assertThat(detail.screenId()).isEqualTo("CM040");
        assertThat(detail.text("spnDaichoNo")).isEqualTo(daichoNo);
        assertThat(detail.text("dspShimei")).isEqualTo("山田 花子");
        assertThat(detail.text("dspSeinengappi")).isEqualTo("1990/05/14");
        assertThat(detail.text("dspYokinShumoku")).isEqualTo("1");
        assertThat(detail.text("dspJidoSu")).isEqualTo("2");
        assertThat(detail.text("dspJidoShimei3")).isEmpty();
        assertThat(clerk.get("/jidou-teate/detail.do?no=JT-1999-000001").text("tdInfoMsg"))
                .contains("該当するデータはありません");

        ledger.faults().corrupt(Corruption.TRUNCATE, "Jusho", "Idobi");
        clerk.key(CHILD_ALLOWANCE, Samples.childAllowance("C-2"));
        ledger.faults().corrupt(Corruption.NULL, "ShimeiKana", "JidoSeinengappi2");
        clerk.key(CHILD_ALLOWANCE, Samples.childAllowance("C-3"));
        ledger.faults().corrupt(Corruption.SWAP, "Shimei", "KozaMeigiKana");
        clerk.key(CHILD_ALLOWANCE, Samples.childAllowance("C-4"));
        assertThat(LedgerDb.rows(ledger, "JIDOU_TEATE", "C-2").get(0)).containsEntry("JUSHO", "東京都○○区");
        assertThat(LedgerDb.rows(ledger, "JIDOU_TEATE", "C-3").get(0)).containsEntry("SHIMEI_KANA", "")
                .containsEntry("JIDO2_SEINENGAPPI", null);
        assertThat(LedgerDb.rows(ledger, "JIDOU_TEATE", "C-4").get(0)).containsEntry("SHIMEI", "ヤマダ ハナコ")
                .containsEntry("KOZA_MEIGI_KANA", "山田 花子");
        assertThat(admin("POST", "/admin/faults", "{\"corrupt\":\"swap\",\"corruptItems\":\"Jusho\"}").statusCode())
                .isEqualTo(400);
        ledger.faults().corrupt(null);
        clerk.key(CHILD_ALLOWANCE, Samples.childAllowance("C-5"));
        assertThat(LedgerDb.rows(ledger, "JIDOU_TEATE", "C-5").get(0)).containsEntry("JUSHO", "東京都○○区中央1-2-3");
    }

    @Test
    void downAnswers503EverywhereButTheAdminApi() {
        ledger.faults().down(true);
        Page login = new LedgerClient(ledger.baseUrl()).get("/login.do");
        assertThat(login.status()).isEqualTo(503);
        assertThat(login.text("tdErrMsg")).contains("現在サービスを停止しています");
        assertThat(clerk.get("/menu.do").status()).isEqualTo(503);
        assertThat(admin("POST", "/admin/faults", "{\"down\":false}").statusCode()).isEqualTo(200);
        assertThat(clerk.get("/menu.do").status()).isEqualTo(200);
    }

    @Test
    void expiringAllSessionsSendsEveryoneToTheLogin() {
        assertThat(clerk.get("/menu.do").status()).isEqualTo(200);
        ledger.faults().expireSessionsNow();
        Page menu = clerk.get("/menu.do");
        assertThat(menu.status()).isEqualTo(302);
        assertThat(clerk.follow(menu).text("tdErrMsg")).contains("セッションの有効期限が切れました");
        assertThat(clerk.login("rpa-bot", "rpa-demo").screenId()).isEqualTo("CM020");
    }

    @Test
    void adminApiNeedsItsTokenAndSwitchesFaults() {
        assertThat(admin(null, "GET", "/admin/faults", null).statusCode()).isEqualTo(401);
        assertThat(admin("wrong", "GET", "/admin/faults", null).statusCode()).isEqualTo(401);

        HttpResponse<String> changed = admin("POST", "/admin/faults",
                "{\"failEveryNth\":1,\"failOn\":\"confirm\",\"delayMs\":10,\"delayOn\":[\"menu\",\"search\"]}");
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("\"failEveryNth\":1", "\"failOn\":[\"confirm\"]", "\"delayMs\":10");
        assertThat(clerk.confirm(CHILD_ALLOWANCE, Samples.childAllowance("A-1")).status()).isEqualTo(500);

        assertThat(admin("POST", "/admin/faults", "{\"failEvery\":1}").statusCode()).isEqualTo(400);
        assertThat(admin("POST", "/admin/faults", "{\"failRate\":2}").statusCode()).isEqualTo(400);

        admin("POST", "/admin/faults", "{\"failEveryNth\":0,\"failAfterCommitOn\":\"register\"}");
        clerk.confirm(CHILD_ALLOWANCE, Samples.childAllowance("A-1"));
        assertThat(clerk.submit("/jidou-teate/register.do", Map.of()).status()).isEqualTo(500);
        HttpResponse<String> records = admin("GET", "/admin/records?ledger=jidou-teate", null);
        assertThat(records.body()).contains("\"UKETSUKE_NO\":\"A-1\"", "\"SEINENGAPPI\":\"1990-05-14\"");

        assertThat(admin("POST", "/admin/faults", "{\"expireSessionsNow\":true}").statusCode()).isEqualTo(200);
        assertThat(clerk.get("/menu.do").status()).isEqualTo(302);

        assertThat(admin("POST", "/admin/reset", null).body()).contains("\"reset\":true");
        assertThat(admin("GET", "/admin/records?ledger=jidou-teate", null).body()).isEqualTo("[]");
        assertThat(admin("GET", "/admin/faults", null).body()).contains("\"failAfterCommitOn\":[]");
        assertThat(admin("GET", "/admin/records?ledger=kokuho", null).statusCode()).isEqualTo(400);
    }

    @Test
    void faultsCanBeSetByPropertiesAtStartAndResetReturnsToThem() {
        try (LegacyLedger down = LegacyLedger.start(LegacyLedger.Options.defaults()
                .withProperty("legacy-ledger.faults.down", "true")
                .withProperty("legacy-ledger.faults.fail-after-commit-on", "register"))) {
            assertThat(new LedgerClient(down.baseUrl()).get("/login.do").status()).isEqualTo(503);
            down.faults().clear();
            assertThat(new LedgerClient(down.baseUrl()).get("/login.do").status()).isEqualTo(200);
            down.reset();
            assertThat(down.faults().settings().down()).isTrue();
            assertThat(down.faults().settings().failAfterCommitOn()).containsExactly(FaultPoint.REGISTER);
        }
    }

    private List<Integer> menuStatuses(int n) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            statuses.add(clerk.get("/menu.do").status());
        }
        return statuses;
    }

    private HttpResponse<String> admin(String method, String path, String json) {
        return admin(ADMIN_TOKEN, method, path, json);
    }

    private HttpResponse<String> admin(String token, String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ledger.baseUrl() + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("X-Admin-Token", token);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
