package io.scan2ledger.ocr;

import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.template.Point;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Registers a page to a template through its corner marks: the marks found on the scan are paired
 * with the template's marks by corner and an affine transform is fitted. A page read upside down
 * pairs each corner with the opposite one. With fewer than three marks, only the page size is used
 * (and the reader notes it, so the document goes to review).
 */
final class Registration {

    /** The marks found on one page, by corner (see {@link MarkFinder.Corner}); null where none was found. */
    record FoundMarks(double[][] byCorner, int inkThreshold, byte[] pixels) {
        int count() {
            int n = 0;
            for (double[] m : byCorner) {
                if (m != null) {
                    n++;
                }
            }
            return n;
        }
    }

    private Registration() {
    }

    static FoundMarks findMarks(BufferedImage page, double pageWidthMm, double markSizeMm) {
        int threshold = Ink.otsu(page);
        double pxPerMm = Math.min(page.getWidth(), page.getHeight()) / pageWidthMm;
        return new FoundMarks(MarkFinder.find(page, threshold, pxPerMm, markSizeMm), threshold,
                ZoneSampler.pixels(page));
    }

    static RegisteredPage register(BufferedImage page, FoundMarks found, FormTemplate template, int rotation) {
        List<double[]> mm = new ArrayList<>();
        List<double[]> px = new ArrayList<>();
        for (Point mark : template.marks()) {
            MarkFinder.Corner corner = cornerOf(mark, template, rotation);
            double[] at = found.byCorner()[corner.ordinal()];
            if (at != null) {
                mm.add(new double[]{mark.x(), mark.y()});
                px.add(at);
            }
        }
        if (mm.size() >= 3) {
            try {
                Affine fit = Affine.fit(mm, px);
                return new RegisteredPage(page, found.pixels(), fit, found.inkThreshold(), mm.size(),
                        fit.residualMm(mm, px), rotation);
            } catch (IllegalArgumentException collinear) {
                // fall through to the page-size registration
            }
        }
        double scale = page.getWidth() / template.pageWidth();
        Affine bySize = rotation == 180
                ? new Affine(-scale, 0, page.getWidth(), 0, -scale, page.getHeight())
                : Affine.scale(scale);
        return new RegisteredPage(page, found.pixels(), bySize, found.inkThreshold(), mm.size(), Double.NaN, rotation);
    }

    private static MarkFinder.Corner cornerOf(Point mark, FormTemplate template, int rotation) {
        boolean left = mark.x() < template.pageWidth() / 2;
        boolean top = mark.y() < template.pageHeight() / 2;
        if (rotation == 180) {
            left = !left;
            top = !top;
        }
        if (top) {
            return left ? MarkFinder.Corner.TOP_LEFT : MarkFinder.Corner.TOP_RIGHT;
        }
        return left ? MarkFinder.Corner.BOTTOM_LEFT : MarkFinder.Corner.BOTTOM_RIGHT;
    }
}
