package io.scan2ledger.field;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class KanaTest {

    private final FieldType kana = new Kana();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ﾔﾏﾀﾞ|ヤマダ",
            "やまだ|ヤマダ",
            "ヤマダ\u3000\u3000タロウ|ヤマダ タロウ",
            "ｶﾞｯｺｳ ﾎｳｼﾞﾝ|ガッコウ ホウジン",
            "ゔぃくとりあ|ヴィクトリア",
            "ﾒｰﾙ|メール",
            "ヵヶヮ|ヵヶヮ",
            "'  すずき　はなこ  '|スズキ ハナコ"})
    void readsKatakanaHalfWidthAndHiragana(String raw, String expected) {
        Expect.read(kana.parse(raw), expected, expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"山田", "ヤマ田", "YAMADA", "ヤマダ1", "ジョン・スミス", "ヤマダ-タロウ"})
    void refusesAnythingButKana(String raw) {
        Expect.invalid(kana.parse(raw), "KANA_ONLY");
    }

    @Test
    void keepsTheConvertedTextOfAnInvalidValueForTheSupervisor() {
        assertThat(kana.parse("やま田").text()).isEqualTo("ヤマ田");
    }

    @Test
    void blankIsEmpty() {
        assertThat(kana.parse("\u3000")).isEqualTo(Parsed.empty());
    }

    @Test
    void whitelistsKanaOnly() {
        assertThat(kana.ocrWhitelist()).contains("ア", "あ", "ー", "ヴ", "ッ", " ").doesNotContain("山", "1");
    }
}
