package io.scan2ledger.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DigitCellTest {

    @Test
    void theDigitItsProbabilityAndTheRunnerUp() {
        DigitRecognizer.Cell cell = new DigitRecognizer.Cell(new double[]{0.01, 0.02, 0.0, 0.0, 0.0, 0.0, 0.0, 0.25, 0.0, 0.72});

        assertThat(cell.digit()).isEqualTo(9);
        assertThat(cell.probability()).isEqualTo(0.72);
        assertThat(cell.runnerUp()).isEqualTo(7);
        assertThat(cell.probability(7)).isEqualTo(0.25);
    }

    @Test
    void theRunnerUpWhenTheBestComesFirst() {
        DigitRecognizer.Cell cell = new DigitRecognizer.Cell(new double[]{0.9, 0.01, 0.09, 0, 0, 0, 0, 0, 0, 0});

        assertThat(cell.digit()).isZero();
        assertThat(cell.runnerUp()).isEqualTo(2);
    }

    @Test
    void tenProbabilities() {
        assertThatThrownBy(() -> new DigitRecognizer.Cell(new double[9])).isInstanceOf(IllegalArgumentException.class);
    }
}
