package io.scan2ledger.template;

/**
 * How Tesseract reads a field.
 *
 * @param language  Tesseract languages, e.g. {@code jpn} or {@code eng} (digits read best with eng)
 * @param psm       page segmentation mode: 7 = one line (most fields), 8 = one word, 10 = one
 *                  character (a boxed digit cell), 6 = a block of lines
 * @param whitelist characters Tesseract may return, or null for the field type's default
 */
public record OcrSettings(String language, int psm, String whitelist) {

    public static final OcrSettings DEFAULT = new OcrSettings("jpn", 7, null);
}
