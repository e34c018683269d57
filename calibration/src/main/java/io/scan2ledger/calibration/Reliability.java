package io.scan2ledger.calibration;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * How well shown probabilities match how often values are right: the expected calibration error
 * (ten equal bins, each bin's gap between mean probability and share right, weighted by its size)
 * and a reliability diagram as a PNG.
 */
public final class Reliability {

    private static final int BINS = 10;

    private Reliability() {
    }

    /** A shown probability and whether the value was right. */
    public record Point(double probability, boolean right) {
    }

    public static double ece(List<Point> points) {
        double[][] bins = bins(points);
        double sum = 0;
        for (double[] b : bins) {
            if (b[0] > 0) {
                sum += Math.abs(b[1] / b[0] - b[2] / b[0]) * b[0];
            }
        }
        return points.isEmpty() ? 0 : sum / points.size();
    }

    /** Per bin: {count, sum of probabilities, rights}. */
    private static double[][] bins(List<Point> points) {
        double[][] bins = new double[BINS][3];
        for (Point p : points) {
            int b = Math.min(BINS - 1, (int) Math.floor(p.probability() * BINS));
            bins[b][0]++;
            bins[b][1] += p.probability();
            bins[b][2] += p.right() ? 1 : 0;
        }
        return bins;
    }

    /** A white page for a chart. */
    static BufferedImage canvas(int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return img;
    }

    public static void writeDiagram(List<Point> points, String title, Path png) throws IOException {
        int size = 560;
        int pad = 60;
        int plot = size - 2 * pad;
        BufferedImage img = canvas(size, size);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.LIGHT_GRAY);
            g.drawLine(pad, pad + plot, pad + plot, pad);
            double[][] bins = bins(points);
            int w = plot / BINS;
            for (int b = 0; b < BINS; b++) {
                if (bins[b][0] == 0) {
                    continue;
                }
                double acc = bins[b][2] / bins[b][0];
                double conf = bins[b][1] / bins[b][0];
                int x = pad + b * w;
                g.setColor(new Color(70, 110, 200));
                g.fillRect(x + 2, pad + plot - (int) (acc * plot), w - 4, (int) (acc * plot));
                g.setColor(new Color(220, 80, 60));
                g.setStroke(new BasicStroke(2));
                int cy = pad + plot - (int) (conf * plot);
                g.drawLine(x + 2, cy, x + w - 2, cy);
                g.setColor(Color.DARK_GRAY);
                g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
                g.drawString(String.valueOf((long) bins[b][0]), x + 4, pad + plot + 14);
            }
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(1));
            g.drawRect(pad, pad, plot, plot);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            g.drawString(title, pad, pad - 30);
            g.drawString(String.format("ECE = %.4f   fields = %d   (bars: share right; red: mean probability)",
                    ece(points), points.size()), pad, pad - 12);
            g.drawString("shown probability (10 bins, count below each)", pad + 80, size - 15);
            g.rotate(-Math.PI / 2);
            g.drawString("share of values right", -(pad + plot - 60), 20);
        } finally {
            g.dispose();
        }
        ImageIO.write(img, "png", png.toFile());
    }
}
