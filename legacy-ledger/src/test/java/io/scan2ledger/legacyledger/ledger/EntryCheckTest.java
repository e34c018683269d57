package io.scan2ledger.legacyledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.scan2ledger.legacyledger.Samples;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntryCheckTest {

    private final EntryCheck check = new EntryCheck(
            Clock.fixed(Instant.parse("2026-04-01T03:00:00Z"), ZoneId.of("Asia/Tokyo")));

    @Test
    void eraDatesMustExistWithinTheirEra() {
        assertThat(birth("4", "31", "4", "30").columns()).containsEntry("SEINENGAPPI", LocalDate.of(2019, 4, 30));
        assertThat(birth("5", "1", "5", "1").columns()).containsEntry("SEINENGAPPI", LocalDate.of(2019, 5, 1));
        assertThat(birth("4", "31", "5", "1").errors()).containsExactly("生年月日が正しい日付ではありません。");
        assertThat(birth("3", "64", "1", "8").errors()).containsExactly("生年月日が正しい日付ではありません。");
        assertThat(birth("5", "8", "4", "2").errors()).containsExactly("生年月日に未来の日付は入力できません。");
        assertThat(birth("", "2", "4", "1").errors()).containsExactly("生年月日の元号を選択してください。");
        assertThat(birth("", "", "", "").errors()).containsExactly("生年月日を入力してください。");
    }

    @Test
    void aMoveMayBeDatedInTheFutureButItsNotificationMayNot() {
        Map<String, String> v = residentMove();
        v.put("txtIdobiNen", "9");
        assertThat(check.check(Ledgers.RESIDENT_MOVE, v).errors()).isEmpty();
        v.put("txtTodokedebiNen", "9");
        assertThat(check.check(Ledgers.RESIDENT_MOVE, v).errors()).containsExactly("届出日に未来の日付は入力できません。");
    }

    @Test
    void halfWidthKanaIsWidenedAndOtherScriptsRefused() {
        Map<String, String> v = childAllowance();
        v.put("txtShimeiKana", " ﾀﾞｲｽｹ ｶﾞｯｺｳ ﾎﾟｰﾙ ");
        Entry entry = check.check(Ledgers.CHILD_ALLOWANCE, v);
        assertThat(entry.columns()).containsEntry("SHIMEI_KANA", "ダイスケ ガッコウ ポール");
        assertThat(entry.inputs()).containsEntry("txtShimeiKana", "ダイスケ ガッコウ ポール");
        v.put("txtShimeiKana", "だいすけ");
        assertThat(check.check(Ledgers.CHILD_ALLOWANCE, v).errors())
                .containsExactly("氏名フリガナは全角カタカナで入力してください。");
    }

    @Test
    void childrenRowsFollowTheCount() {
        Map<String, String> v = childAllowance();
        v.put("txtJidoSu", "2");
        assertThat(check.check(Ledgers.CHILD_ALLOWANCE, v).errors())
                .containsExactly("児童2の氏名を入力してください。", "児童2の生年月日を入力してください。");
        v.put("txtJidoSu", "4");
        assertThat(check.check(Ledgers.CHILD_ALLOWANCE, v).errors()).containsExactly("児童数は1～3の半角数字で入力してください。");
        v.put("txtJidoSu", "1");
        v.put("txtJidoSeinengappi1", "2019-06-01");
        assertThat(check.check(Ledgers.CHILD_ALLOWANCE, v).errors())
                .containsExactly("児童1の生年月日はyyyy/mm/dd形式で入力してください。");
    }

    @Test
    void digitFieldsTakeHalfWidthDigitsOnlyAndTheExactCount() {
        Map<String, String> v = childAllowance();
        v.put("txtKozaBango", "１２３４５６７");
        v.put("txtKinyuKikanCd", "00051");
        v.put("txtUketsukeNo", "R06 0001");
        assertThat(check.check(Ledgers.CHILD_ALLOWANCE, v).errors()).containsExactly(
                "受付番号は半角英数字とハイフン20文字以内で入力してください。",
                "金融機関コードは半角数字4桁で入力してください。",
                "口座番号は半角数字7桁で入力してください。");
    }

    private Entry birth(String era, String year, String month, String day) {
        Map<String, String> v = childAllowance();
        v.put("selSeinengappiGengo", era);
        v.put("txtSeinengappiNen", year);
        v.put("txtSeinengappiTsuki", month);
        v.put("txtSeinengappiHi", day);
        return check.check(Ledgers.CHILD_ALLOWANCE, v);
    }

    private static Map<String, String> childAllowance() {
        Map<String, String> v = Samples.childAllowance("R06-0001");
        v.put("txtJidoSu", "1");
        v.put("txtJidoShimei2", "");
        v.put("txtJidoSeinengappi2", "");
        return v;
    }

    private static Map<String, String> residentMove() {
        Map<String, String> v = Samples.residentMove("T-1");
        v.put("rdoIdoShubetsu", "3");
        v.putAll(Map.of("txtIdobiNen", "8", "txtIdobiTsuki", "3", "txtIdobiHi", "31"));
        v.putAll(Map.of("txtTodokedebiNen", "8", "txtTodokedebiTsuki", "3", "txtTodokedebiHi", "31"));
        return v;
    }
}
