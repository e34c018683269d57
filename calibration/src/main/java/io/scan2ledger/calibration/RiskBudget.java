package io.scan2ledger.calibration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Chooses, per field type, the probability a field must reach to go straight through, so that the
 * share of fields that would pass while wrong stays within a budget with 95 % confidence.
 *
 * <p>The bound is taken over all fields of the calibration split together (a one-sided Wilson upper
 * bound on the silent errors among them): per type alone, a type that is on one form in four would
 * need thousands of its own fields before any threshold could be shown to keep 0.1 %, and would never
 * pass. Within that bound the types share the allowance greedily: the next error allowed goes to the
 * type that lets the most right fields through for it. With a calibrated model this comes close to
 * one common threshold; where a type's probabilities are off, its threshold moves to make up for it.
 * The errors the model expects of the fields let through (the sum of one minus their probability)
 * must stay within the budget too: a stretch of fields that happened to hold no error on this
 * split does not pass when the model says a good share of them are wrong.
 */
final class RiskBudget {

    /** One-sided 95 %. */
    private static final double Z = 1.6448536269514722;
    /** A threshold no probability reaches: the type always goes to review. */
    static final double NEVER = 1.01;

    private RiskBudget() {
    }

    /** One field of the calibration split: its type, its calibrated probability, and whether it was right. */
    record Scored(String type, double probability, boolean right) {
    }

    /** The errors the model itself expects in a unit: its fields times the chance each is wrong. */
    private static double expectedErrors(double[] unit) {
        return (unit[1] + unit[2]) * (1 - unit[0]);
    }

    /** The one-sided 95 % Wilson upper bound of a rate of {@code k} in {@code n}. */
    static double upperBound(int k, int n) {
        double p = (double) k / n;
        double z2 = Z * Z;
        return (p + z2 / (2.0 * n) + Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n))) / (1 + z2 / n);
    }

    /** Per type, the lowest probability a field needs; a type that cannot be let through at all gets {@link #NEVER}. */
    static Map<String, Double> thresholds(List<Scored> fields, double budget) {
        int n = fields.size();
        int allowed = -1;
        while (allowed + 1 <= n && upperBound(allowed + 1, n) <= budget) {
            allowed++;
        }
        // Per type, groups of equal probability from the most certain down: {probability, right, wrong}.
        Map<String, List<double[]>> units = new TreeMap<>();
        Map<String, TreeMap<Double, double[]>> byType = new TreeMap<>();
        for (Scored f : fields) {
            double[] unit = byType.computeIfAbsent(f.type(), t -> new TreeMap<>(java.util.Comparator.reverseOrder()))
                    .computeIfAbsent(f.probability(), p -> new double[]{p, 0, 0});
            unit[f.right() ? 1 : 2]++;
        }
        byType.forEach((type, map) -> units.put(type, new ArrayList<>(map.values())));
        Map<String, Integer> taken = new HashMap<>();
        units.keySet().forEach(t -> taken.put(t, 0));
        int errors = 0;
        double expected = 0;
        if (allowed >= 0) {
            while (true) {
                String best = null;
                double bestGain = -1;
                int bestEnd = 0;
                int bestCost = 0;
                double bestRisk = 0;
                for (Map.Entry<String, List<double[]>> e : units.entrySet()) {
                    // The next step of this type: the next unit and the error-free units after it that
                    // the expected errors still allow (an error is worth taking for what follows it).
                    List<double[]> list = e.getValue();
                    int from = taken.get(e.getKey());
                    if (from == list.size()) {
                        continue;
                    }
                    int cost = (int) list.get(from)[2];
                    double gain = list.get(from)[1];
                    double risk = expectedErrors(list.get(from));
                    int end = from + 1;
                    while (end < list.size() && list.get(end)[2] == 0
                            && expected + risk + expectedErrors(list.get(end)) <= budget * n) {
                        gain += list.get(end)[1];
                        risk += expectedErrors(list.get(end));
                        end++;
                    }
                    if (errors + cost > allowed || expected + risk > budget * n) {
                        continue;
                    }
                    double value = gain / (cost + risk + 1e-9);
                    if (value > bestGain) {
                        bestGain = value;
                        best = e.getKey();
                        bestEnd = end;
                        bestCost = cost;
                        bestRisk = risk;
                    }
                }
                if (best == null) {
                    break;
                }
                taken.put(best, bestEnd);
                errors += bestCost;
                expected += bestRisk;
            }
        }
        Map<String, Double> out = new TreeMap<>();
        units.forEach((type, list) -> {
            int k = taken.get(type);
            out.put(type, k == 0 ? NEVER : list.get(k - 1)[0]);
        });
        return out;
    }
}
