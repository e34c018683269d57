package io.scan2ledger.ocr;

import io.scan2ledger.extraction.Box;
import io.scan2ledger.template.Zone;

import java.awt.image.BufferedImage;

/**
 * A page image with its registration to one template: where every template millimetre lies on
 * this scan. Zones are cut from it as straight images ({@link ZoneSampler}).
 *
 * @param marksFound  registration marks found (4 expected; fewer than 3 means only the page size was used)
 * @param residualMm  how far the found marks are from where the fit puts them (RMS, mm)
 * @param rotation    0 or 180: the page was read upside down
 */
record RegisteredPage(BufferedImage image, byte[] pixels, Affine toPage, int inkThreshold, int marksFound,
                      double residualMm, int rotation) {

    BufferedImage zone(Zone zone, int dpi) {
        return ZoneSampler.sample(this, zone, dpi);
    }

    Box box(Zone zone) {
        return ZoneSampler.boxOnPage(toPage, zone);
    }

    int width() {
        return image.getWidth();
    }

    int height() {
        return image.getHeight();
    }
}
