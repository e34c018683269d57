package io.scan2ledger.field;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class AccountNumberTest {

    private final FieldType accountNumber = new AccountNumber();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1234567|1234567", "123|0000123", "1|0000001", "１２３４５|0012345",
            "0012345|0012345"})
    void padsOneToSevenDigitsToSeven(String raw, String expected) {
        Expect.read(accountNumber.parse(raw), expected, expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "12-34a", "普通"})
    void refusesMoreThanSevenDigitsOrOtherCharacters(String raw) {
        Expect.invalid(accountNumber.parse(raw), "ACCOUNT_NUMBER");
    }
}
