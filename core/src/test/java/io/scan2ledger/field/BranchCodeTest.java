package io.scan2ledger.field;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class BranchCodeTest {

    private final FieldType branchCode = new BranchCode();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"001|001", "１２３|123", "1 2 3|123"})
    void readsThreeDigits(String raw, String expected) {
        Expect.read(branchCode.parse(raw), expected, expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"01", "1234", "12a"})
    void refusesAnythingButThreeDigits(String raw) {
        Expect.invalid(branchCode.parse(raw), "BRANCH_CODE");
    }
}
