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
 * Straight-through share against silent-error rate as the budget varies: what a ward gains in
 * documents nobody has to look at, for each level of risk it accepts. A PNG with one point a budget.
 */
public final class RiskCoverage {

    private RiskCoverage() {
    }

    /** One budget's outcome on a split. */
    public record Point(double budget, double straightThrough, double silent) {
    }

    public static void write(List<Point> points, String title, Path png) throws IOException {
        int width = 640;
        int height = 480;
        int pad = 70;
        int pw = width - 2 * pad;
        int ph = height - 2 * pad;
        double maxSilent = Math.max(0.002, points.stream().mapToDouble(Point::silent).max().orElse(0) * 1.1);
        BufferedImage img = Reliability.canvas(width, height);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.BLACK);
            g.drawRect(pad, pad, pw, ph);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            g.drawString(title, pad, pad - 25);
            g.drawString(String.format("silent-error rate (fields wrong in straight-through documents / fields), 0 to %.4f",
                    maxSilent), pad, height - 20);
            g.rotate(-Math.PI / 2);
            g.drawString("straight-through share of documents, 0 to 1", -(pad + ph), 20);
            g.rotate(Math.PI / 2);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
            int[] prev = null;
            int row = 0;
            for (Point p : points) {
                int x = pad + (int) (p.silent() / maxSilent * pw);
                int y = pad + ph - (int) (p.straightThrough() * ph);
                g.setColor(new Color(70, 110, 200));
                g.setStroke(new BasicStroke(2));
                if (prev != null) {
                    g.drawLine(prev[0], prev[1], x, y);
                }
                g.fillOval(x - 4, y - 4, 8, 8);
                // Points crowd where the budget changes little; each is numbered and listed in a key.
                g.setColor(Color.DARK_GRAY);
                g.drawString(String.valueOf(row + 1), x + 5, y - 5);
                g.drawString(String.format("%d: budget %.4f  stp %.3f  silent %.4f", row + 1, p.budget(),
                        p.straightThrough(), p.silent()), pad + pw - 230, pad + 16 + 13 * row);
                prev = new int[]{x, y};
                row++;
            }
        } finally {
            g.dispose();
        }
        ImageIO.write(img, "png", png.toFile());
    }
}
