package io.scan2ledger.field;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumberTest {

    private final FieldType phone = new PhoneNumber();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "03-1234-5678|03-1234-5678",
            "03(1234)5678|03-1234-5678",
            "(03)1234-5678|03-1234-5678",
            "０３ー１２３４ー５６７８|03-1234-5678",
            "090 1234 5678|09012345678",
            "090−1234−5678|090-1234-5678",
            "0312345678|0312345678",
            "TEL 045-123-4567|045-123-4567",
            "03--1234--5678|03-1234-5678"})
    void keepsDigitsAndHyphens(String raw, String expected) {
        Expect.read(phone.parse(raw), expected, expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"03-1234-567", "090-1234-56789", "3-1234-5678-0", "+81 3-1234-5678", "電話なし"})
    void refusesNumbersWithoutTenOrElevenDigitsFromZero(String raw) {
        Expect.invalid(phone.parse(raw), "PHONE");
    }

    @Test
    void blankIsEmpty() {
        assertThat(phone.parse("")).isEqualTo(Parsed.empty());
    }
}
