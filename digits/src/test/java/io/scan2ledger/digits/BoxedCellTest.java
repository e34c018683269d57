package io.scan2ledger.digits;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Digits drawn with Java2D in a font inside a printed box, as a scanned form's boxed cell. */
class BoxedCellTest {

    private static final DigitClassifier CLASSIFIER = DigitClassifier.load();

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
    void aDigitInABoxIsReadOnceTheBorderIsRemoved(int digit) {
        DigitClassifier.Reading reading = CLASSIFIER.classify(boxedCell(String.valueOf(digit)));

        assertThat(reading.digit()).as("probabilities %s", java.util.Arrays.toString(reading.probabilities()))
                .isEqualTo(digit);
    }

    @Test
    void anEmptyBoxNormalisesToABlankCell() {
        float[] cell = CellNormaliser.normalise(boxedCell(""));

        for (float v : cell) {
            assertThat(v).isZero();
        }
    }

    @Test
    void theNormalisedDigitFitsTwentyPixelsAndIsCentredByMass() {
        float[] cell = CellNormaliser.normalise(boxedCell("7"));

        int x0 = 28;
        int x1 = -1;
        int y0 = 28;
        int y1 = -1;
        double mass = 0;
        double mx = 0;
        double my = 0;
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                float v = cell[y * 28 + x];
                if (v > 0) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = Math.max(y1, y);
                }
                mass += v;
                mx += v * x;
                my += v * y;
            }
        }
        assertThat(Math.max(x1 - x0 + 1, y1 - y0 + 1)).isEqualTo(20);
        assertThat(mx / mass).isBetween(13.0, 14.0);
        assertThat(my / mass).isBetween(13.0, 14.0);
    }

    /** A 72×72 white crop with a 3-pixel black box border and {@code text} in DejaVu Sans inside. */
    static BufferedImage boxedCell(String text) {
        BufferedImage image = new BufferedImage(72, 72, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 72, 72);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3));
        g.drawRect(3, 3, 65, 65);
        g.setFont(new Font("DejaVu Sans", Font.PLAIN, 44));
        FontMetrics metrics = g.getFontMetrics();
        g.drawString(text, (72 - metrics.stringWidth(text)) / 2, 36 + (metrics.getAscent() - metrics.getDescent()) / 2);
        g.dispose();
        return image;
    }
}
