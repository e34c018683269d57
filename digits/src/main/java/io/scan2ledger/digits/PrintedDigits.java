package io.scan2ledger.digits;

import io.scan2ledger.support.JapaneseFont;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Digits printed in the typefaces of the corpus's {@code seen} split (IPAGothic, IPAMincho, VL
 * Gothic), drawn into a box the size of a form's cell at scan resolution with small variations
 * (size, offset, rotation, weight, blur) and normalised by {@link CellNormaliser} as a read cell is:
 * MNIST teaches handwriting, these teach the printed digits of typed-in or printed forms. No
 * typeface of a held-out split is used (they would stop measuring what the reader has not seen).
 */
final class PrintedDigits {

    /** The seen split's typefaces, by Debian package. */
    static final List<Path> FONTS = List.of(JapaneseFont.GOTHIC.file(), JapaneseFont.MINCHO.file(),
            Path.of("/usr/share/fonts/truetype/vlgothic/VL-Gothic-Regular.ttf"));

    private PrintedDigits() {
    }

    /** {@code perDigit} variants of each digit in each available typeface; an absent typeface is left out. */
    static Labelled render(int perDigit, long seed) throws IOException {
        Random random = new Random(seed);
        List<float[]> images = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (Path file : FONTS) {
            if (!Files.isReadable(file)) {
                System.err.println("[digits] typeface not installed, left out: " + file);
                continue;
            }
            Font font;
            try {
                font = Font.createFont(Font.TRUETYPE_FONT, file.toFile());
            } catch (FontFormatException e) {
                throw new IOException("not a TrueType font: " + file, e);
            }
            for (int digit = 0; digit < 10; digit++) {
                for (int k = 0; k < perDigit; k++) {
                    images.add(CellNormaliser.normalise(cell(font, digit, random)));
                    labels.add(digit);
                }
            }
        }
        return new Labelled(images, labels);
    }

    /** A cell about 7 × 9 mm at 200-300 dpi with the digit near its middle. */
    static BufferedImage cell(Font font, int digit, Random random) {
        int h = 70 + random.nextInt(40);
        int w = (int) (h * (0.75 + random.nextDouble() * 0.15));
        BufferedImage cell = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = cell.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            float size = (float) (h * (0.45 + random.nextDouble() * 0.2));
            FontRenderContext frc = g.getFontRenderContext();
            GlyphVector glyph = font.deriveFont(size).createGlyphVector(frc, String.valueOf(digit));
            var bounds = glyph.getVisualBounds();
            double cx = w / 2.0 + (random.nextDouble() - 0.5) * w * 0.15;
            double cy = h / 2.0 + (random.nextDouble() - 0.5) * h * 0.12;
            AffineTransform at = new AffineTransform();
            at.translate(cx, cy);
            at.rotate(Math.toRadians((random.nextDouble() - 0.5) * 6));
            at.translate(-bounds.getCenterX(), -bounds.getCenterY());
            var shape = at.createTransformedShape(glyph.getOutline());
            int ink = random.nextInt(60);
            g.setColor(new Color(ink, ink, ink));
            g.fill(shape);
            if (random.nextBoolean()) {
                // A heavier print or a darker scan thickens the strokes.
                g.setStroke(new BasicStroke((float) (size * 0.02 * random.nextDouble())));
                g.draw(shape);
            }
        } finally {
            g.dispose();
        }
        return cell;
    }

    /** Cells as {@link DigitClassifier} reads them (28 × 28, 0 paper to 1 ink) with their digits. */
    record Labelled(List<float[]> images, List<Integer> labels) {
        int size() {
            return images.size();
        }
    }
}
