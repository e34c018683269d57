package io.scan2ledger.ocr;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MarkFinderTest {

    @Test
    void findsTheFourCornerSquaresOnASkewedPage() {
        double pxPerMm = 200 / 25.4;
        BufferedImage page = new BufferedImage((int) (210 * pxPerMm), (int) (297 * pxPerMm),
                BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setColor(Color.BLACK);
        AffineTransform skew = AffineTransform.getRotateInstance(Math.toRadians(-2.5), page.getWidth() / 2.0,
                page.getHeight() / 2.0);
        g.setTransform(skew);
        double[][] centres = {{15, 15}, {195, 15}, {15, 282}, {195, 282}};
        for (double[] c : centres) {
            g.fill(new Rectangle2D.Double((c[0] - 2.5) * pxPerMm, (c[1] - 2.5) * pxPerMm, 5 * pxPerMm, 5 * pxPerMm));
        }
        // Text-like clutter near a corner must not be taken for a mark.
        g.fillRect((int) (30 * pxPerMm), (int) (12 * pxPerMm), (int) (20 * pxPerMm), (int) (1 * pxPerMm));
        g.dispose();

        double[][] found = MarkFinder.find(page, 128, pxPerMm, 5);
        for (int i = 0; i < 4; i++) {
            double[] expected = new double[2];
            skew.transform(new double[]{centres[i][0] * pxPerMm, centres[i][1] * pxPerMm}, 0, expected, 0, 1);
            assertThat(found[i]).as("corner " + i).isNotNull();
            assertThat(found[i][0]).isCloseTo(expected[0], within(2.0));
            assertThat(found[i][1]).isCloseTo(expected[1], within(2.0));
        }
    }
}
