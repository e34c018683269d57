package io.scan2ledger.extraction;

import java.awt.image.BufferedImage;

/**
 * Port: reads the one digit written in a printed box (a cell of 個人番号, 口座番号...), with a
 * probability for each of the ten digits, so that a reader can weigh it and try the runner-up where
 * a check digit or a reference list refuses the first choice.
 */
public interface DigitRecognizer {

    /** @param cell the box's crop, dark ink on light paper; the printed box lines may remain at its edges */
    Cell read(BufferedImage cell);

    /** @param probabilities of the digits 0 to 9, summing to 1 */
    record Cell(double[] probabilities) {

        public Cell {
            if (probabilities.length != 10) {
                throw new IllegalArgumentException("ten probabilities, one per digit");
            }
            probabilities = probabilities.clone();
        }

        public int digit() {
            return rank(0);
        }

        public double probability() {
            return probabilities[digit()];
        }

        /** The second most probable digit. */
        public int runnerUp() {
            return rank(1);
        }

        public double probability(int digit) {
            return probabilities[digit];
        }

        private int rank(int place) {
            int best = -1;
            int second = -1;
            for (int d = 0; d < 10; d++) {
                if (best < 0 || probabilities[d] > probabilities[best]) {
                    second = best;
                    best = d;
                } else if (second < 0 || probabilities[d] > probabilities[second]) {
                    second = d;
                }
            }
            return place == 0 ? best : second;
        }
    }
}
