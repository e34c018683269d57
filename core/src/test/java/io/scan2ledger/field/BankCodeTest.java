package io.scan2ledger.field;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class BankCodeTest {

    private final FieldType bankCode = new BankCode();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0001|0001", "０００５|0005", "0 0 0 9|0009"})
    void readsFourDigits(String raw, String expected) {
        Expect.read(bankCode.parse(raw), expected, expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"001", "00011", "00O1", "みずほ"})
    void refusesAnythingButFourDigits(String raw) {
        Expect.invalid(bankCode.parse(raw), "BANK_CODE");
    }
}
