package io.scan2ledger.templates.samples;

import java.util.List;

/**
 * How samples are scanned: every random choice is drawn from the sample's seed within these bounds.
 *
 * @param dpis        resolutions to choose from (200 and 300 are what ward MFPs are set to)
 * @param maxSkewDeg  skew drawn uniformly in ±maxSkewDeg, about the page centre
 * @param maxOffsetMm offset of the page drawn uniformly in ±maxOffsetMm on each axis
 * @param maxScale    scale drawn uniformly in 1 ± maxScale (a scanner's feed error)
 * @param defect      a mistake to plant for review tests, or null
 */
public record ScanOptions(List<Integer> dpis, double maxSkewDeg, double maxOffsetMm, double maxScale, Noise noise,
                          Defect defect) {

    public ScanOptions {
        dpis = List.copyOf(dpis);
        if (dpis.isEmpty() || dpis.stream().anyMatch(d -> d < 50 || d > 600)) {
            throw new IllegalArgumentException("dpi must be between 50 and 600");
        }
        if (maxSkewDeg < 0 || maxSkewDeg > 10 || maxOffsetMm < 0 || maxOffsetMm > 10 || maxScale < 0 || maxScale > 0.1) {
            throw new IllegalArgumentException("skew up to 10°, offset up to 10 mm, scale up to 10 %");
        }
    }

    /** What an office MFP does on a normal day: 200 or 300 dpi, ±3°, ±4 mm, ±2 %, light noise. */
    public static ScanOptions typical() {
        return new ScanOptions(List.of(200, 300), 3, 4, 0.02, Noise.LIGHT, null);
    }

    /** A perfect scan: the rendered page itself, for tests that want exact geometry. */
    public static ScanOptions clean(int dpi) {
        return new ScanOptions(List.of(dpi), 0, 0, 0, Noise.NONE, null);
    }

    public ScanOptions withNoise(Noise other) {
        return new ScanOptions(dpis, maxSkewDeg, maxOffsetMm, maxScale, other, defect);
    }

    public ScanOptions withDefect(Defect other) {
        return new ScanOptions(dpis, maxSkewDeg, maxOffsetMm, maxScale, noise, other);
    }

    public ScanOptions withDpis(List<Integer> other) {
        return new ScanOptions(other, maxSkewDeg, maxOffsetMm, maxScale, noise, defect);
    }
}
