package io.scan2ledger.templates.samples;

import java.util.random.RandomGenerator;

/** How the page was sent, beyond the usual scanner wear of {@link Noise}; recorded in the ground truth. */
public enum ScanStyle {
    NORMAL,
    /** 200 dpi, bilevel at a fax machine's threshold: thin strokes break, gray print and seals go black or vanish. */
    FAX,
    /** Saved as a JPEG of quality 15-35 %: ringing and blocks around every stroke. */
    LOW_JPEG;

    static ScanStyle draw(FillStyles styles, RandomGenerator r) {
        double roll = r.nextDouble();
        return roll < styles.fax() ? FAX : roll < styles.fax() + styles.lowJpeg() ? LOW_JPEG : NORMAL;
    }

    /** The resolution the page is scanned at. */
    int dpi(int drawn) {
        return this == FAX ? 200 : drawn;
    }

    Degradation apply(Degradation drawn, RandomGenerator r) {
        return switch (this) {
            case NORMAL -> drawn;
            case FAX -> drawn.faxed(150 + r.nextInt(31));
            case LOW_JPEG -> drawn.lowQualityJpeg(15 + r.nextInt(21));
        };
    }
}
