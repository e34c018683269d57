package io.scan2ledger.field;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PostalCodeTest {

    private final FieldType postalCode = new PostalCode();

    @ParameterizedTest
    @ValueSource(strings = {"123-4567", "1234567", "〒１２３ー４５６７", "〒 123-4567", "123−4567", "123‐4567",
            "１２３－４５６７", "123 4567", "〶1234567"})
    void readsSevenDigitsAsTheHyphenatedCode(String raw) {
        Expect.read(postalCode.parse(raw), "123-4567", "123-4567");
    }

    @ParameterizedTest
    @ValueSource(strings = {"123-456", "12345678", "123-45a7", "東京都", "-1234567"})
    void refusesAnythingButSevenDigits(String raw) {
        Expect.invalid(postalCode.parse(raw), "POSTAL_CODE");
    }

    @Test
    void blankIsEmpty() {
        assertThat(postalCode.parse("\u3000")).isEqualTo(Parsed.empty());
        assertThat(postalCode.ocrWhitelist()).isEqualTo("0123456789-");
    }
}
