package io.scan2ledger.legacyledger;

import java.util.LinkedHashMap;
import java.util.Map;

/** Valid entries for both ledgers, keyed by element name; tests change what they need. */
public final class Samples {

    public static final String CHILD_ALLOWANCE = "jidou-teate";
    public static final String RESIDENT_MOVE = "jumin-idou";

    private Samples() {
    }

    public static Map<String, String> childAllowance(String uketsukeNo) {
        return values("txtUketsukeNo", uketsukeNo, "txtShimei", "山田 花子", "txtShimeiKana", "ヤマダ ハナコ",
                "selSeinengappiGengo", "4", "txtSeinengappiNen", "2", "txtSeinengappiTsuki", "5",
                "txtSeinengappiHi", "14", "txtKojinBango", "123456789012", "txtJusho", "東京都○○区中央1-2-3",
                "txtKinyuKikanCd", "0005", "txtShitenCd", "123", "selYokinShumoku", "1", "txtKozaBango", "1234567",
                "txtKozaMeigiKana", "ヤマダ ハナコ", "txtJidoSu", "2",
                "txtJidoShimei1", "山田 一郎", "txtJidoSeinengappi1", "2019/06/01",
                "txtJidoShimei2", "山田 次郎", "txtJidoSeinengappi2", "2021/12/24");
    }

    public static Map<String, String> residentMove(String uketsukeNo) {
        return values("txtUketsukeNo", uketsukeNo, "rdoIdoShubetsu", "1",
                "selIdobiGengo", "5", "txtIdobiNen", "6", "txtIdobiTsuki", "4", "txtIdobiHi", "1",
                "selTodokedebiGengo", "5", "txtTodokedebiNen", "6", "txtTodokedebiTsuki", "4", "txtTodokedebiHi", "3",
                "txtShimei", "鈴木 太郎", "txtShimeiKana", "スズキ タロウ",
                "selSeinengappiGengo", "3", "txtSeinengappiNen", "55", "txtSeinengappiTsuki", "10",
                "txtSeinengappiHi", "2", "rdoSeibetsu", "1", "txtShinJusho", "東京都○○区北町2-3-4",
                "txtKyuJusho", "大阪府大阪市北区1-1", "txtSetainushi", "鈴木 太郎", "txtZokugara", "本人",
                "txtDenwaBango", "03-1234-5678");
    }

    public static Map<String, String> with(Map<String, String> values, String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(values);
        changed.put(name, value);
        return changed;
    }

    private static Map<String, String> values(String... namesAndValues) {
        Map<String, String> v = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            v.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return v;
    }
}
