package io.scan2ledger.templates.samples;

/**
 * How untidy real forms are, beyond the typeface: the odds of each way people fill in, stamp and
 * send a form, drawn per sample from its seed. {@link #NONE} leaves a sample exactly as a tidy
 * applicant and a good scanner make it (for tests that rely on clean geometry).
 *
 * @param wideGap           odds of a name written with a wide gap (two or three spaces) between 氏 and 名
 * @param noGap             odds of a name written with no gap at all (its truth keeps one space: 氏 名)
 * @param hyphenatedAddress odds of 3丁目4番2号 written as 3-4-2 (a third of those in full-width ３－４－２)
 * @param banchiAddress     odds of 3丁目4番地2
 * @param slanted           odds that a hand writes every value at a slant of up to ±{@code maxSlantDeg}
 * @param strayStrokes      odds of one or two stray pen strokes beside values
 * @param seal              odds of a red seal (印) stamped over a name field or its label: a colour scan
 * @param fax               odds of a fax-like scan: 200 dpi, bilevel
 * @param lowJpeg           odds of a JPEG saved at low quality (15-35 %)
 */
public record FillStyles(double wideGap, double noGap, double hyphenatedAddress, double banchiAddress,
                         double slanted, double maxSlantDeg, double strayStrokes, double seal, double fax,
                         double lowJpeg) {

    public static final FillStyles NONE = new FillStyles(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    public static final FillStyles TYPICAL = new FillStyles(0.1, 0.1, 0.3, 0.15, 0.3, 2.5, 0.25, 0.2, 0.1, 0.15);

    public FillStyles {
        if (wideGap + noGap > 1 || hyphenatedAddress + banchiAddress > 1 || maxSlantDeg < 0 || maxSlantDeg > 5
                || fax + lowJpeg > 1) {
            throw new IllegalArgumentException("odds of exclusive styles add up to at most 1; slant up to 5°");
        }
    }

    /** Whether any style can be drawn (NONE draws nothing, so its samples stay as they always were). */
    public boolean any() {
        return !equals(NONE);
    }
}
