package io.scan2ledger.templates.samples;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckDigitsTest {

    @Test
    void myNumberCheckDigitOfTheDocumentedExample() {
        // Σ P×Q for 12345678901 = 212, 212 mod 11 = 3, check digit 11 − 3 = 8
        assertThat(CheckDigits.myNumber("12345678901")).isEqualTo(8);
        assertThat(CheckDigits.isValidMyNumber("123456789018")).isTrue();
        assertThat(CheckDigits.isValidMyNumber("123456789019")).isFalse();
    }

    @Test
    void remaindersZeroAndOneGiveCheckDigitZero() {
        // 00000000001: P1 = 1, Q1 = 2 → 2 mod 11 = 2 → 9; 00000100000: P6 = 1, Q6 = 7 → 4
        assertThat(CheckDigits.myNumber("00000000001")).isEqualTo(9);
        assertThat(CheckDigits.myNumber("00000100000")).isEqualTo(4);
        assertThat(CheckDigits.myNumber("00000000000")).isZero();
        // 10000000000: P11 = 1, Q11 = 6 → 6 → 5; 00000000006: 6 × 2 = 12 → remainder 1 → 0
        assertThat(CheckDigits.myNumber("10000000000")).isEqualTo(5);
        assertThat(CheckDigits.myNumber("00000000006")).isZero();
    }

    @Test
    void generatedMyNumbersAreValidAndVaried() {
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < 1000; i++) {
            assertThat(CheckDigits.isValidMyNumber(SyntheticResidents.myNumber(r))).isTrue();
        }
    }

    @Test
    void corporateNumberCheckDigit() {
        // 1180301018771: check digit 1 for 180301018771 (Σ = 53, 53 mod 9 = 8, 9 − 8 = 1)
        assertThat(CheckDigits.corporateNumber("180301018771")).isEqualTo(1);
    }

    @Test
    void rejectsWrongLengths() {
        assertThatThrownBy(() -> CheckDigits.myNumber("123")).isInstanceOf(IllegalArgumentException.class);
        assertThat(CheckDigits.isValidMyNumber("12345678901X")).isFalse();
    }
}
