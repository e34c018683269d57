package io.scan2ledger.templates.samples;

import io.scan2ledger.template.Point;

/**
 * Where the paper lay on the scanner glass: a form point p (mm) appears in the scan at
 * c + scale · R(skew) · (p − c) + offset, c the page centre, R a rotation that is clockwise on
 * screen for a positive skew (y grows downwards). The scan keeps the page's size.
 */
public record Transform(double skewDeg, double offsetXmm, double offsetYmm, double scale) {

    public static final Transform IDENTITY = new Transform(0, 0, 0, 1);

    /** Where the form point {@code p} of a {@code width} x {@code height} mm page lands on the scan (mm). */
    public Point map(Point p, double width, double height) {
        double cx = width / 2;
        double cy = height / 2;
        double a = Math.toRadians(skewDeg);
        double dx = p.x() - cx;
        double dy = p.y() - cy;
        return new Point(cx + scale * (Math.cos(a) * dx - Math.sin(a) * dy) + offsetXmm,
                cy + scale * (Math.sin(a) * dx + Math.cos(a) * dy) + offsetYmm);
    }
}
