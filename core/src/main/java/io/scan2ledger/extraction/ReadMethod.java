package io.scan2ledger.extraction;

/** How a field's raw text was obtained. */
public enum ReadMethod {
    /** Tesseract on the field's zone. */
    OCR,
    /** The text layer of a born-digital PDF: exact, no OCR. */
    TEXT_LAYER,
    /** Tick boxes, by the share of inked pixels inside each box. */
    TICK,
    /** The zone holds no ink at all. */
    EMPTY,
    /** Typed by a person (a supervisor's correction, or an e-application record). */
    MANUAL;

    /** Whether a machine read the value (and may have misread it): a person's entry and a text layer are exact. */
    public boolean byMachine() {
        return this != MANUAL && this != TEXT_LAYER;
    }
}
