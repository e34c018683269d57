package io.scan2ledger.templates.samples;

import io.scan2ledger.templates.render.FillFont;
import io.scan2ledger.templates.render.HandDigits;

import java.util.List;

/**
 * How samples are scanned: every random choice is drawn from the sample's seed within these bounds.
 *
 * @param dpis        resolutions to choose from (200 and 300 are what ward MFPs are set to)
 * @param maxSkewDeg  skew drawn uniformly in ±maxSkewDeg, about the page centre
 * @param maxOffsetMm offset of the page drawn uniformly in ±maxOffsetMm on each axis
 * @param maxScale    scale drawn uniformly in 1 ± maxScale (a scanner's feed error)
 * @param defect      a mistake to plant for review tests, or null
 * @param fonts       typefaces values are written in, one drawn per sample (repeat one to weight it)
 * @param styles      how untidy the filling and sending are ({@link FillStyles#NONE}: tidy)
 * @param hand        hand mode: values written by hand in blue or black ballpoint, boxed digits
 *                    from these images ({@link #withHand}); null: values printed
 */
public record ScanOptions(List<Integer> dpis, double maxSkewDeg, double maxOffsetMm, double maxScale, Noise noise,
                          Defect defect, List<FillFont> fonts, FillStyles styles, HandDigits hand) {

    /**
     * IPAMincho one sample in three, IPAGothic otherwise: the typefaces of every sample before the
     * splits (in this order, so a seed still gives the sample it always gave).
     */
    public static final List<FillFont> IPA_FONTS = List.of(FillFont.IPA_MINCHO, FillFont.IPA_GOTHIC,
            FillFont.IPA_GOTHIC);

    public ScanOptions {
        dpis = List.copyOf(dpis);
        fonts = List.copyOf(fonts);
        if (fonts.isEmpty()) {
            throw new IllegalArgumentException("at least one typeface");
        }
        if (dpis.isEmpty() || dpis.stream().anyMatch(d -> d < 50 || d > 600)) {
            throw new IllegalArgumentException("dpi must be between 50 and 600");
        }
        if (maxSkewDeg < 0 || maxSkewDeg > 10 || maxOffsetMm < 0 || maxOffsetMm > 10 || maxScale < 0 || maxScale > 0.1) {
            throw new IllegalArgumentException("skew up to 10°, offset up to 10 mm, scale up to 10 %");
        }
    }

    /** Printed values. */
    public ScanOptions(List<Integer> dpis, double maxSkewDeg, double maxOffsetMm, double maxScale, Noise noise,
                       Defect defect, List<FillFont> fonts, FillStyles styles) {
        this(dpis, maxSkewDeg, maxOffsetMm, maxScale, noise, defect, fonts, styles, null);
    }

    /** Tidy filling in the IPA typefaces. */
    public ScanOptions(List<Integer> dpis, double maxSkewDeg, double maxOffsetMm, double maxScale, Noise noise,
                       Defect defect) {
        this(dpis, maxSkewDeg, maxOffsetMm, maxScale, noise, defect, IPA_FONTS, FillStyles.NONE);
    }

    /**
     * What an office MFP does on a normal day: 200 or 300 dpi, ±3°, ±4 mm, ±2 %, light noise; and
     * how residents fill in and send forms ({@link FillStyles#TYPICAL}); IPA typefaces.
     */
    public static ScanOptions typical() {
        return new ScanOptions(List.of(200, 300), 3, 4, 0.02, Noise.LIGHT, null, IPA_FONTS, FillStyles.TYPICAL);
    }

    /** A perfect scan of a tidy filling: the rendered page itself, for tests that want exact geometry. */
    public static ScanOptions clean(int dpi) {
        return new ScanOptions(List.of(dpi), 0, 0, 0, Noise.NONE, null);
    }

    public ScanOptions withNoise(Noise other) {
        return new ScanOptions(dpis, maxSkewDeg, maxOffsetMm, maxScale, other, defect, fonts, styles, hand);
    }

    public ScanOptions withDefect(Defect other) {
        return new ScanOptions(dpis, maxSkewDeg, maxOffsetMm, maxScale, noise, other, fonts, styles, hand);
    }

    public ScanOptions withDpis(List<Integer> other) {
        return new ScanOptions(other, maxSkewDeg, maxOffsetMm, maxScale, noise, defect, fonts, styles, hand);
    }

    public ScanOptions withFonts(List<FillFont> other) {
        return new ScanOptions(dpis, maxSkewDeg, maxOffsetMm, maxScale, noise, defect, other, styles, hand);
    }

    public ScanOptions withStyles(FillStyles other) {
        return new ScanOptions(dpis, maxSkewDeg, maxOffsetMm, maxScale, noise, defect, fonts, other, hand);
    }

    /**
     * Hand mode: values written by hand in the typefaces (handwriting-style ones, as split
     * {@link Split#HAND}'s) with per-glyph jitter, in blue or black ink; boxed digits are {@code digits}' images.
     */
    public ScanOptions withHand(HandDigits digits) {
        return new ScanOptions(dpis, maxSkewDeg, maxOffsetMm, maxScale, noise, defect, fonts, styles, digits);
    }

    /** Whether values are written by hand ({@link #withHand}) rather than printed. */
    public boolean handwritten() {
        return hand != null;
    }
}
