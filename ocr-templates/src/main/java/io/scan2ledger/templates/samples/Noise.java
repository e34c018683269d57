package io.scan2ledger.templates.samples;

/**
 * How worn a scanner's output looks, beyond the geometry: sensor noise, focus blur, JPEG
 * compression and bilevel (black and white) scanning, each drawn per sample from these odds.
 *
 * @param sigma          standard deviation of the Gaussian pixel noise (gray levels, 0-255)
 * @param blurChance     odds of a mild blur (3x3 Gaussian kernel)
 * @param jpegChance     odds of JPEG artefacts in a lossless output (PNG, TIFF)
 * @param minQuality     lowest JPEG quality (in percent) drawn
 * @param maxQuality     highest JPEG quality drawn
 * @param binarizeChance odds of a bilevel scan (threshold 140-180), as fax-like MFP settings make
 */
public record Noise(String id, double sigma, double blurChance, double jpegChance, int minQuality, int maxQuality,
                    double binarizeChance) {

    public static final Noise NONE = new Noise("none", 0, 0, 0, 90, 90, 0);
    public static final Noise LIGHT = new Noise("light", 5, 0.4, 0.3, 60, 80, 0.15);
    public static final Noise HEAVY = new Noise("heavy", 14, 1, 0.7, 40, 60, 0.3);

    public static Noise byId(String id) {
        return Ids.byId(new Noise[] {NONE, LIGHT, HEAVY}, Noise::id, "noise", id);
    }
}
