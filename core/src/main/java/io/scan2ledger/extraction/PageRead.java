package io.scan2ledger.extraction;

/**
 * One page as the reader saw it.
 *
 * @param dpi          resolution the page was rendered at; boxes are in these pixels
 * @param formId       the template the page was registered to, or null (an attachment, or unclassified)
 * @param marksFound   registration marks found (4 expected)
 * @param residualMm   how well the marks fit the template after registration (RMS, mm)
 * @param rotation     degrees the page was turned to read it (0 or 180)
 */
public record PageRead(int page, int widthPx, int heightPx, double dpi, String formId, int marksFound,
                       double residualMm, int rotation) {
}
