package io.scan2ledger.ocr;

import java.util.List;

/**
 * Maps template millimetres to page pixels: {@code px = a·x + b·y + c}, {@code py = d·x + e·y + f}.
 * Fitted from the registration marks, it absorbs skew, offset, scale and a 180° turn at once, so
 * every zone lands where it is on this particular scan.
 */
public record Affine(double a, double b, double c, double d, double e, double f) {

    public static Affine scale(double pxPerMm) {
        return new Affine(pxPerMm, 0, 0, 0, pxPerMm, 0);
    }

    public double x(double xMm, double yMm) {
        return a * xMm + b * yMm + c;
    }

    public double y(double xMm, double yMm) {
        return d * xMm + e * yMm + f;
    }

    /** Average pixels per millimetre (geometric mean of the two axes' scales). */
    public double pxPerMm() {
        return Math.sqrt(Math.abs(a * e - b * d));
    }

    /** Skew angle in degrees (0 for a straight scan). */
    public double skewDegrees() {
        return Math.toDegrees(Math.atan2(d, a));
    }

    /**
     * Least-squares fit from at least three point pairs (template mm → page px).
     *
     * @throws IllegalArgumentException for fewer than three pairs or collinear points
     */
    public static Affine fit(List<double[]> mm, List<double[]> px) {
        int n = mm.size();
        if (n < 3 || px.size() != n) {
            throw new IllegalArgumentException("need at least three mark pairs");
        }
        // Normal equations for [x y 1]·[a b c]ᵀ = px and likewise for py; 3x3, solved by Cramer's rule.
        double sxx = 0, sxy = 0, sx = 0, syy = 0, sy = 0;
        double[] tx = new double[3];
        double[] ty = new double[3];
        for (int i = 0; i < n; i++) {
            double x = mm.get(i)[0];
            double y = mm.get(i)[1];
            sxx += x * x;
            sxy += x * y;
            sx += x;
            syy += y * y;
            sy += y;
            tx[0] += x * px.get(i)[0];
            tx[1] += y * px.get(i)[0];
            tx[2] += px.get(i)[0];
            ty[0] += x * px.get(i)[1];
            ty[1] += y * px.get(i)[1];
            ty[2] += px.get(i)[1];
        }
        double[][] m = {{sxx, sxy, sx}, {sxy, syy, sy}, {sx, sy, n}};
        double det = det3(m);
        if (Math.abs(det) < 1e-9) {
            throw new IllegalArgumentException("marks are collinear");
        }
        double[] p = solve(m, tx, det);
        double[] q = solve(m, ty, det);
        return new Affine(p[0], p[1], p[2], q[0], q[1], q[2]);
    }

    /** Root-mean-square distance, in millimetres, between where the fit puts the marks and where they were found. */
    public double residualMm(List<double[]> mm, List<double[]> px) {
        double sum = 0;
        for (int i = 0; i < mm.size(); i++) {
            double dx = x(mm.get(i)[0], mm.get(i)[1]) - px.get(i)[0];
            double dy = y(mm.get(i)[0], mm.get(i)[1]) - px.get(i)[1];
            sum += dx * dx + dy * dy;
        }
        return Math.sqrt(sum / mm.size()) / pxPerMm();
    }

    private static double[] solve(double[][] m, double[] t, double det) {
        double[] out = new double[3];
        for (int col = 0; col < 3; col++) {
            double[][] k = {m[0].clone(), m[1].clone(), m[2].clone()};
            for (int row = 0; row < 3; row++) {
                k[row][col] = t[row];
            }
            out[col] = det3(k) / det;
        }
        return out;
    }

    private static double det3(double[][] m) {
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
                - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }
}
