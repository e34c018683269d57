package io.scan2ledger.extraction;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Port: reads one line of text from an image of that line (a field's zone cut to its ink), with
 * the engine's probability for each character.
 */
public interface TextRecognizer {

    /**
     * @param line    one line of text, dark on light, any image type
     * @param allowed the only characters the reading may contain (digits for a digit field), or
     *                null for every character the engine knows
     */
    Line recognize(BufferedImage line, String allowed);

    /** What was read, character by character. */
    record Line(List<Char> chars) {

        public Line {
            chars = List.copyOf(chars);
        }

        public String text() {
            return chars.stream().map(Char::text).reduce("", String::concat);
        }

        /** The weakest character's probability, 0 for an empty line: one doubtful character is enough to doubt the field. */
        public double weakest() {
            return chars.stream().mapToDouble(Char::probability).min().orElse(0);
        }
    }

    /** @param probability in (0, 1]: the engine's own score for this character */
    record Char(String text, double probability) {
    }
}
