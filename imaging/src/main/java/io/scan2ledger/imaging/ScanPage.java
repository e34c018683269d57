package io.scan2ledger.imaging;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * One page, rendered in 8-bit grayscale for reading.
 *
 * @param number    1-based page number
 * @param image     TYPE_BYTE_GRAY
 * @param dpi       the image's resolution (from the PDF render, the image's metadata, or inferred
 *                  from an A4 page width when the scanner wrote none)
 * @param textLayer the page's own text with positions when it is a born-digital PDF page; empty for scans
 */
public record ScanPage(int number, BufferedImage image, double dpi, List<Glyph> textLayer) {

    /** A character of a born-digital PDF page, with its box in millimetres from the top-left corner. */
    public record Glyph(String text, double x, double y, double w, double h) {
    }

    public boolean bornDigital() {
        return !textLayer.isEmpty();
    }
}
