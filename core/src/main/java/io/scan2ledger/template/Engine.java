package io.scan2ledger.template;

import java.util.Locale;

/**
 * Which recogniser reads a field ({@code engine:} in a template). Tesseract is built for print; the
 * neural recognisers were trained on handwriting (the boxed-digit classifier on MNIST) or on
 * photographed text (PP-OCR), and make different mistakes: where two of them agree, the reading is
 * more likely right, and the certainty model weighs that.
 */
public enum Engine {
    /** The engines that suit the field: boxed digits by the digit classifier checked by Tesseract, the rest by Tesseract. */
    AUTO,
    /** Tesseract alone (two of its models check each other). */
    TESSERACT,
    /** PaddleOCR's PP-OCR recogniser on ONNX Runtime, checked by Tesseract. No kana: not for kana fields. */
    ONNX,
    /** The boxed-digit classifier, one cell at a time, checked by Tesseract. Boxed digit fields only. */
    DIGITS;

    /** {@code auto}, {@code tesseract}, {@code onnx} or {@code digits}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The engine a template names; empty text or null is {@link #AUTO}. */
    public static Engine of(String id) {
        if (id == null || id.isBlank()) {
            return AUTO;
        }
        for (Engine e : values()) {
            if (e.id().equals(id.strip())) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown engine '" + id + "': use auto, tesseract, onnx or digits");
    }
}
