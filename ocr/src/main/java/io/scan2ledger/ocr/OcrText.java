package io.scan2ledger.ocr;

import java.util.List;

/**
 * What Tesseract read in one zone, character by character.
 *
 * @param chars each recognised character with its confidence (0..100) and box
 */
record OcrText(List<Char> chars) {

    record Char(String text, float confidence, int x, int y, int w, int h) {
        int right() {
            return x + w;
        }
    }

    OcrText {
        chars = List.copyOf(chars);
    }

    /** The weakest character decides: one doubtful character is enough to doubt the field. */
    double confidence() {
        return chars.stream().mapToDouble(Char::confidence).min().orElse(0) / 100.0;
    }

    String text() {
        return chars.stream().map(Char::text).reduce("", String::concat);
    }

    boolean isEmpty() {
        return chars.isEmpty();
    }
}
