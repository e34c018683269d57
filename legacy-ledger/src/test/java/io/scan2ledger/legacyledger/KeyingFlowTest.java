package io.scan2ledger.legacyledger;

import static io.scan2ledger.legacyledger.Samples.CHILD_ALLOWANCE;
import static io.scan2ledger.legacyledger.Samples.RESIDENT_MOVE;
import static io.scan2ledger.legacyledger.Samples.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The whole keying flow over plain HTTP, as a bot without a browser would drive it. */
class KeyingFlowTest {

    @RegisterExtension
    static final RunningLedger running = new RunningLedger();
    private LegacyLedger ledger;
    private LedgerClient clerk;

    @Test
    void childAllowanceIsKeyedOnceAndFoundBySearch() {
        Page input = clerk.get("/jidou-teate/input.do");
        assertThat(input.screenId()).isEqualTo("JT010");
        assertThat(input.contentType()).matches("text/html;\\s*charset=Shift_JIS");

        Page confirm = clerk.submit("/jidou-teate/confirm.do", Samples.childAllowance("R06-0001"));
        assertThat(confirm.screenId()).isEqualTo("JT020");
        assertThat(confirm.text("lblSeinengappi")).isEqualTo("平成2年5月14日");
        assertThat(confirm.text("lblYokinShumoku")).isEqualTo("普通");
        assertThat(confirm.text("lblJidoShimei2")).isEqualTo("山田 次郎");
        assertThat(confirm.has("lblJidoShimei3")).isFalse();

        Page done = clerk.submit("/jidou-teate/register.do", Map.of());
        assertThat(done.screenId()).isEqualTo("JT030");
        String daichoNo = done.text("spnDaichoNo");
        assertThat(daichoNo).matches("JT-\\d{4}-000001");
        assertThat(done.text("spnUketsukeNo")).isEqualTo("R06-0001");

        Page byKey = clerk.search(CHILD_ALLOWANCE, "R06-0001", "");
        assertThat(byKey.text("spnKensu")).isEqualTo("1");
        assertThat(byKey.text("tdDaichoNo1")).isEqualTo(daichoNo);
        Page byName = clerk.search(CHILD_ALLOWANCE, "", "花子");
        assertThat(byName.text("tdUketsukeNo1")).isEqualTo("R06-0001");
        assertThat(clerk.search(CHILD_ALLOWANCE, "R06-9999", "").text("spnKensu")).isEqualTo("0");

        List<Map<String, Object>> rows = LedgerDb.rows(ledger, "JIDOU_TEATE", "R06-0001");
        assertThat(rows).hasSize(1);
        Map<String, Object> row = rows.get(0);
        assertThat(row).containsEntry("DAICHO_NO", daichoNo).containsEntry("SHIMEI", "山田 花子")
                .containsEntry("SEINENGAPPI", Date.valueOf(LocalDate.of(1990, 5, 14)))
                .containsEntry("YOKIN_SHUMOKU", "1").containsEntry("JIDO_SU", 2)
                .containsEntry("JIDO2_SEINENGAPPI", Date.valueOf(LocalDate.of(2021, 12, 24)))
                .containsEntry("JIDO3_SHIMEI", null).containsEntry("TOROKU_USER", "rpa-bot");
        assertThat(LedgerDb.count(ledger, "JIDOU_TEATE")).isEqualTo(1);
        assertThat(ledger.records(CHILD_ALLOWANCE)).singleElement()
                .satisfies(r -> assertThat(r.get("SEINENGAPPI")).isEqualTo(LocalDate.of(1990, 5, 14)));
    }

    @Test
    void residentMoveIsKeyedWithItsOwnNumbering() {
        Page confirm = clerk.confirm(RESIDENT_MOVE, Samples.residentMove("T-100"));
        assertThat(confirm.screenId()).isEqualTo("JI020");
        assertThat(confirm.text("lblIdoShubetsu")).isEqualTo("転入");
        assertThat(confirm.text("lblSeinengappi")).isEqualTo("昭和55年10月2日");
        Page done = clerk.submit("/jumin-idou/register.do", Map.of());
        assertThat(done.text("spnDaichoNo")).matches("JI-\\d{4}-000001");
        assertThat(LedgerDb.rows(ledger, "JUMIN_IDOU", "T-100")).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("IDOBI", Date.valueOf(LocalDate.of(2024, 4, 1)))
                        .containsEntry("SEIBETSU", "1").containsEntry("DENWA_BANGO", "03-1234-5678"));
        assertThat(clerk.search(RESIDENT_MOVE, "T-100", "").text("tdDaichoNo1")).isEqualTo(done.text("spnDaichoNo"));
    }

    @Test
    void aSecondKeyingOfTheSameReceptionNumberIsRefused() {
        String first = clerk.key(CHILD_ALLOWANCE, Samples.childAllowance("R06-0002")).text("spnDaichoNo");
        Page again = clerk.confirm(CHILD_ALLOWANCE, Samples.childAllowance("R06-0002"));
        assertThat(again.screenId()).isEqualTo("JT010");
        assertThat(again.text("tdErrMsg")).contains("受付番号 R06-0002 は既に登録されています。").contains(first);
        assertThat(LedgerDb.count(ledger, "JIDOU_TEATE")).isEqualTo(1);
    }

    @Test
    void registeringTwiceFromOneConfirmationStoresOneRow() {
        clerk.confirm(CHILD_ALLOWANCE, Samples.childAllowance("R06-0003"));
        assertThat(clerk.submit("/jidou-teate/register.do", Map.of()).screenId()).isEqualTo("JT030");
        Page second = clerk.submit("/jidou-teate/register.do", Map.of());
        assertThat(second.status()).isEqualTo(400);
        assertThat(second.text("tdErrMsg")).contains("登録するデータがありません");
        assertThat(LedgerDb.count(ledger, "JIDOU_TEATE")).isEqualTo(1);
    }

    @Test
    void formsWithoutTheSessionTokenAreRefused() {
        clerk.get("/jidou-teate/input.do");
        Page noToken = clerk.post("/jidou-teate/confirm.do", Samples.childAllowance("R06-0004"));
        assertThat(noToken.status()).isEqualTo(403);
        assertThat(noToken.screenId()).isEqualTo("CM900");
        assertThat(noToken.text("tdErrMsg")).contains("不正な画面遷移");
        Page wrongToken = clerk.post("/jidou-teate/confirm.do",
                with(Samples.childAllowance("R06-0004"), "hdnToken", "0".repeat(48)));
        assertThat(wrongToken.status()).isEqualTo(403);

        LedgerClient stranger = new LedgerClient(ledger.baseUrl());
        stranger.get("/login.do");
        assertThat(stranger.post("/login.do", Map.of("txtUserId", "rpa-bot", "txtPassword", "rpa-demo")).status())
                .isEqualTo(403);
        assertThat(LedgerDb.count(ledger, "JIDOU_TEATE")).isZero();
    }

    @Test
    void validationErrorsAreShownInJapaneseAndTheValuesKept() {
        Map<String, String> bad = Samples.childAllowance("");
        bad.put("txtShimeiKana", "やまだ はなこ");
        bad.put("selSeinengappiGengo", "4");
        bad.put("txtSeinengappiNen", "31");
        bad.put("txtSeinengappiTsuki", "5");
        bad.put("txtSeinengappiHi", "1");
        bad.put("txtKojinBango", "１２３４５６７８９０１２");
        bad.put("txtShitenCd", "12");
        bad.put("selYokinShumoku", "");
        bad.put("txtJidoSeinengappi2", "2021/02/30");
        bad.put("txtJidoShimei3", "山田 三郎");
        Page page = clerk.confirm(CHILD_ALLOWANCE, bad);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.screenId()).isEqualTo("JT010");
        assertThat(page.text("tdErrMsg")).contains(
                "受付番号を入力してください。",
                "氏名フリガナは全角カタカナで入力してください。",
                "生年月日が正しい日付ではありません。",
                "個人番号は半角数字12桁で入力してください。",
                "支店コードは半角数字3桁で入力してください。",
                "預金種目を選択してください。",
                "児童2の生年月日が正しい日付ではありません。",
                "児童3の氏名は児童数を超えるため入力できません。");
        assertThat(page.value("txtShimeiKana")).isEqualTo("やまだ はなこ");
        assertThat(page.html()).contains("name=\"txtShitenCd\" id=\"txtShitenCd\" size=\"5\" maxlength=\"3\" value=\"12\" style=\"background-color:#FFCCCC\"");
        assertThat(LedgerDb.count(ledger, "JIDOU_TEATE")).isZero();

        Page missing = clerk.confirm(RESIDENT_MOVE, with(with(Samples.residentMove("T-1"), "rdoSeibetsu", ""),
                "txtDenwaBango", "03(1234)5678"));
        assertThat(missing.text("tdErrMsg")).contains("性別を選択してください。", "電話番号は半角数字とハイフンで入力してください。");
    }

    @Test
    void shiftJisCharactersRoundTripAndHalfWidthKanaIsWidened() {
        String name = "髙橋 﨑子〜ー";
        Map<String, String> values = with(with(Samples.childAllowance("R06-0005"), "txtShimei", name),
                "txtShimeiKana", "ﾀｶﾊｼ ｻｷｺ");
        values.put("txtKozaMeigiKana", "ﾀｶﾊｼ ｻﾞｷｺ");
        Page confirm = clerk.confirm(CHILD_ALLOWANCE, values);

        assertThat(confirm.text("lblShimei")).isEqualTo(name);
        assertThat(confirm.text("lblShimeiKana")).isEqualTo("タカハシ サキコ");
        assertThat(confirm.text("lblKozaMeigiKana")).isEqualTo("タカハシ ザキコ");
        // 髙 is IBM extension FB FC in Windows-31J; 〜 has no Windows-31J code and travels as a reference.
        assertThat(indexOf(confirm.bytes(), new byte[] {(byte) 0xFB, (byte) 0xFC})).isPositive();
        assertThat(confirm.html()).contains("&#12316;");

        Page back = clerk.submit("/jidou-teate/back.do", Map.of());
        assertThat(back.value("txtShimei")).isEqualTo(name);
        clerk.submit("/jidou-teate/confirm.do", values);
        clerk.submit("/jidou-teate/register.do", Map.of());
        assertThat(LedgerDb.rows(ledger, "JIDOU_TEATE", "R06-0005")).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("SHIMEI", name)
                        .containsEntry("SHIMEI_KANA", "タカハシ サキコ"));
        assertThat(clerk.search(CHILD_ALLOWANCE, "", "髙橋").text("tdShimei1")).isEqualTo(name);
    }

    @Test
    void charactersTheOldSystemCannotStoreAreRefused() {
        Page page = clerk.confirm(CHILD_ALLOWANCE, with(Samples.childAllowance("R06-0006"), "txtShimei", "山田 😀"));
        assertThat(page.text("tdErrMsg")).contains("請求者氏名に使用できない文字が含まれています。");
    }

    @Test
    void backFromTheConfirmationKeepsTheValues() {
        clerk.confirm(RESIDENT_MOVE, Samples.residentMove("T-200"));
        Page back = clerk.submit("/jumin-idou/back.do", Map.of());
        assertThat(back.screenId()).isEqualTo("JI010");
        assertThat(back.value("txtKyuJusho")).isEqualTo("大阪府大阪市北区1-1");
        assertThat(back.html()).contains("id=\"rdoIdoShubetsu1\" value=\"1\" checked")
                .contains("<option value=\"3\" selected>昭和</option>");
    }

    @Test
    void wrongPasswordAndLogout() {
        LedgerClient other = new LedgerClient(ledger.baseUrl());
        Page refused = other.login("rpa-bot", "wrong");
        assertThat(refused.screenId()).isEqualTo("CM010");
        assertThat(refused.text("tdErrMsg")).contains("ユーザーIDまたはパスワードが正しくありません。");
        assertThat(other.login("clerk01", "clerk-demo").screenId()).isEqualTo("CM020");

        clerk.get("/menu.do");
        Page out = clerk.submit("/logout.do", Map.of());
        assertThat(clerk.follow(out).text("tdInfoMsg")).isEqualTo("ログアウトしました。");
        Page menu = clerk.get("/menu.do");
        assertThat(menu.status()).isEqualTo(302);
        assertThat(menu.location()).hasValueSatisfying(l -> assertThat(l).endsWith("/login.do?reason=login"));
    }

    @Test
    void unknownPagesAndWrongMethodsGetTheOldErrorScreen() {
        Page unknown = clerk.get("/kokuho/input.do");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("tdErrMsg")).isEqualTo("・指定されたページは存在しません。");
        Page wrongMethod = clerk.get("/jidou-teate/register.do");
        assertThat(wrongMethod.status()).isEqualTo(403);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
