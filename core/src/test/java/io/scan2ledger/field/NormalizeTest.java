package io.scan2ledger.field;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NormalizeTest {

    @Test
    void appliesNfkcCollapsesWhitespaceAndTrims() {
        assertThat(Normalize.text("\u3000 ＡＢＣ１２３\u3000\u3000ｶﾞｲ\t\n ")).isEqualTo("ABC123 ガイ");
        assertThat(Normalize.text("東京都\u00A0千代田区")).isEqualTo("東京都 千代田区");
        assertThat(Normalize.text(null)).isEmpty();
        assertThat(Normalize.isBlank(" \u3000\t")).isTrue();
        assertThat(Normalize.isBlank(" ・ ")).isFalse();
    }

    @Test
    void turnsEveryDashVariantIntoAHyphen() {
        assertThat(Normalize.dashesToHyphen(Normalize.text("1ー2−3‐4－5–6—7―8ｰ9"))).isEqualTo("1-2-3-4-5-6-7-8-9");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1234 5678 9012|123456789012",
            "１２３ー４５６７|1234567",
            "12 - 34|1234",
            "7|7"})
    void readsDigitGroups(String text, String digits) {
        assertThat(Normalize.separatedDigits(Normalize.text(text))).isEqualTo(digits);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"-123", "123-", "12a3", "12.3", "'١٢٣'"})
    void refusesAnythingButDigitGroups(String text) {
        assertThat(Normalize.separatedDigits(Normalize.text(text))).isNull();
    }
}
