package io.scan2ledger.field;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class YenTest {

    private final FieldType yen = new Yen();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "¥12,345|12345",
            "￥１２，３４５|12345",
            "12,345円|12345",
            "１２３４５|12345",
            "¥ 12 345 円|12345",
            "\\12,345|12345",
            "1,234,567円|1234567",
            "0円|0",
            "¥00500|500"})
    void readsAmounts(String raw, String expected) {
        Expect.read(yen.parse(raw), expected, Long.parseLong(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-500", "¥-500", "▲500", "500ドル", "12.5円", "円", "1,000円2", "1234567890123456789"})
    void refusesNegativeOrNonNumericAmounts(String raw) {
        Expect.invalid(yen.parse(raw), "YEN");
    }

    @Test
    void blankIsEmpty() {
        assertThat(yen.parse(" ")).isEqualTo(Parsed.empty());
    }
}
