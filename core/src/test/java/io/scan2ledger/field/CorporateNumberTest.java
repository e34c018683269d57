package io.scan2ledger.field;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CorporateNumberTest {

    /*
     * The National Tax Agency's own corporate number. Worked by hand: last 12 digits 000012050002,
     * from the right P1..P12 = 2,0,0,0,5,0,2,1,0,0,0,0 with Q = 1,2,1,2,...: Σ = 2+5+2+2 = 11;
     * 11 mod 9 = 2, check digit = 9 − 2 = 7.
     */
    private static final String NTA = "7000012050002";

    private final FieldType corporateNumber = new CorporateNumber();

    @Test
    void checkDigitMatchesTheHandWorkedExample() {
        assertThat(CorporateNumber.checkDigit("000012050002")).isEqualTo('7');
        assertThat(CorporateNumber.isValidCorporateNumber(NTA)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"7000012050002", "７０００ー０１ー２０５０００２", "7 0000 1205 0002"})
    void readsAValidNumber(String raw) {
        Expect.read(corporateNumber.parse(raw), NTA, NTA);
    }

    @Test
    void readsANumberMadeWithTheHelper() {
        String last12 = "180301018771";
        assertThat(corporateNumber.parse(CorporateNumber.checkDigit(last12) + last12).isValid()).isTrue();
    }

    @Test
    void refusesAWrongCheckDigit() {
        Parsed parsed = corporateNumber.parse("8000012050002");
        assertThat(parsed.text()).isEqualTo("8000012050002");
        Expect.invalid(parsed, "CORPORATE_NUMBER_CHECK_DIGIT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"700001205000", "70000120500021", "700001205000A"})
    void refusesAnythingButThirteenDigits(String raw) {
        Expect.invalid(corporateNumber.parse(raw), "CORPORATE_NUMBER_LENGTH");
    }

    @Test
    void helpersRefuseMalformedArguments() {
        assertThat(CorporateNumber.isValidCorporateNumber("700001205000")).isFalse();
        assertThatThrownBy(() -> CorporateNumber.checkDigit("0000120500")).isInstanceOf(IllegalArgumentException.class);
    }
}
