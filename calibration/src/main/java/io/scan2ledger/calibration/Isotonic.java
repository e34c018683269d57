package io.scan2ledger.calibration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Isotonic regression by pooling adjacent violators: the monotone step function from a score to the
 * share of right values that fits best; each step is placed at its fields' mean score. Each step's probability is smoothed towards one half by
 * half a count on each side (a step of 40 right out of 40 says 0.988, not 1.0: forty are not all).
 */
final class Isotonic {

    private Isotonic() {
    }

    /** The steps: {@code [0]} mean scores ascending, {@code [1]} probabilities non-decreasing. */
    static double[][] fit(double[] scores, boolean[] right) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        List<double[]> blocks = new ArrayList<>(); // {upper score, rights, count, sum of scores}
        for (int i : order) {
            blocks.add(new double[]{scores[i], right[i] ? 1 : 0, 1, scores[i]});
            while (blocks.size() > 1) {
                double[] last = blocks.get(blocks.size() - 1);
                double[] before = blocks.get(blocks.size() - 2);
                boolean sameScore = before[0] == last[0];
                if (!sameScore && before[1] / before[2] < last[1] / last[2]) {
                    break;
                }
                before[0] = last[0];
                before[1] += last[1];
                before[2] += last[2];
                before[3] += last[3];
                blocks.remove(blocks.size() - 1);
            }
        }
        double[][] out = new double[2][blocks.size()];
        double floor = 0;
        for (int b = 0; b < blocks.size(); b++) {
            double[] block = blocks.get(b);
            out[0][b] = block[3] / block[2];
            floor = Math.max(floor, (block[1] + 0.5) / (block[2] + 1));
            out[1][b] = floor;
        }
        return out;
    }
}
