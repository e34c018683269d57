package io.scan2ledger.field;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MyNumberTest {

    /*
     * Worked by hand: first 11 digits 12345678901. From the right P1..P11 = 1,0,9,8,7,6,5,4,3,2,1
     * and Q1..Q11 = 2,3,4,5,6,7,2,3,4,5,6, so Σ = 2+0+36+40+42+42+10+12+12+10+6 = 212;
     * 212 mod 11 = 3 (> 1), check digit = 11 − 3 = 8.
     */
    private static final String BY_HAND = "123456789018";

    private final FieldType myNumber = new MyNumber();

    @Test
    void checkDigitMatchesTheHandWorkedExample() {
        assertThat(MyNumber.checkDigit("12345678901")).isEqualTo('8');
        assertThat(MyNumber.isValidMyNumber(BY_HAND)).isTrue();
    }

    @Test
    void checkDigitIsZeroWhenTheRemainderIsZeroOrOne() {
        // Σ = 0 for eleven zeros; for 00000000010, P2 = 1 and Q2 = 3 give 3, check 8; for 00000000005,
        // P1 = 5 and Q1 = 2 give 10, check 1; for 00000000006, 12 mod 11 = 1, check 0.
        assertThat(MyNumber.checkDigit("00000000000")).isEqualTo('0');
        assertThat(MyNumber.checkDigit("00000000010")).isEqualTo('8');
        assertThat(MyNumber.checkDigit("00000000005")).isEqualTo('1');
        assertThat(MyNumber.checkDigit("00000000006")).isEqualTo('0');
    }

    @Test
    void readsAValidNumberMadeWithTheHelper() {
        String first11 = "98765432109";
        String valid = first11 + MyNumber.checkDigit(first11);
        Expect.read(myNumber.parse(valid), valid, valid);
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789018", "１２３４５６７８９０１８", "1234 5678 9018", "1234-5678-9018",
            "１２３４　５６７８　９０１８", "1234ー5678ー9018"})
    void readsGroupedAndFullWidthDigits(String raw) {
        Expect.read(myNumber.parse(raw), BY_HAND, BY_HAND);
    }

    @Test
    void refusesAWrongCheckDigitButKeepsTheDigitsForReview() {
        Parsed parsed = myNumber.parse("123456789017");
        assertThat(parsed.text()).isEqualTo("123456789017");
        Expect.invalid(parsed, "MY_NUMBER_CHECK_DIGIT");
        assertThat(MyNumber.isValidMyNumber("123456789017")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678901", "1234567890188", "12345678901X", "マイナンバー"})
    void refusesAnythingButTwelveDigits(String raw) {
        Expect.invalid(myNumber.parse(raw), "MY_NUMBER_LENGTH");
    }

    @Test
    void helpersRefuseMalformedArguments() {
        assertThat(MyNumber.isValidMyNumber(null)).isFalse();
        assertThat(MyNumber.isValidMyNumber("１２３４５６７８９０１８")).isFalse();
        assertThatThrownBy(() -> MyNumber.checkDigit("1234567890")).isInstanceOf(IllegalArgumentException.class);
    }
}
