package io.scan2ledger.field;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class DigitsTest {

    private final FieldType digits = new Digits();

    @Test
    void readsAnyNumberOfDigits() {
        assertThat(digits.parse("7").text()).isEqualTo("7");
        assertThat(digits.parse("００１２").value()).isEqualTo("0012");
        assertThat(digits.parse("12 34 56 78 90 12 34 56 78 90").text()).isEqualTo("12345678901234567890");
        assertThat(digits.parse("\u3000")).isEqualTo(Parsed.empty());
        assertThat(digits.ocrWhitelist()).isEqualTo("0123456789");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5", "1.5", "12a", "三"})
    void refusesAnythingButDigits(String raw) {
        Parsed parsed = digits.parse(raw);
        assertThat(parsed.text()).isEqualTo(raw);
        Expect.invalid(parsed, "DIGITS");
    }
}
