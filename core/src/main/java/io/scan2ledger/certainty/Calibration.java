package io.scan2ledger.certainty;

import java.util.Arrays;
import java.util.Map;

/**
 * A fitted certainty model as shipped in the calibration file ({@code ocr-templates/certainty.yaml},
 * written by {@code ./scan2ledger calibrate}).
 *
 * @param version          the file's own version, bumped on every refit
 * @param fittedOn         what it was fitted on (split, seeds, documents), for the README and the log
 * @param budget           the silent-error budget the thresholds were chosen for (0.001 = 0.1 % of fields)
 * @param templateVersions the forms (id → version) whose samples it was fitted on; a catalog holding
 *                         another version of one of them is refused
 * @param groups           one fitted model per group of field types
 * @param thresholds       per field type, the probability a field must reach to go straight through
 * @param curve            the thresholds other budgets would give (budget → type → threshold), for
 *                         the risk-coverage chart: how much goes straight through at which risk
 */
public record Calibration(int version, String fittedOn, double budget, Map<String, Integer> templateVersions,
                          Map<TypeGroup, Model> groups, Map<String, Double> thresholds,
                          Map<Double, Map<String, Double>> curve) {

    public Calibration {
        templateVersions = Map.copyOf(templateVersions);
        groups = Map.copyOf(groups);
        thresholds = Map.copyOf(thresholds);
        curve = Map.copyOf(curve);
    }

    /** The same models with another budget's thresholds (from the curve). */
    public Calibration atBudget(double other) {
        Map<String, Double> chosen = curve.get(other);
        if (chosen == null) {
            throw new IllegalArgumentException("no thresholds for budget " + other + "; the curve holds " + curve.keySet());
        }
        return new Calibration(version, fittedOn, other, templateVersions, groups, chosen, curve);
    }

    /**
     * A logistic score over {@link Features}, then an isotonic map from score to probability
     * (fitted on documents the score was not fitted on), linear between the steps so that a higher
     * score within a step still counts (the thresholds can then part fields a step would lump).
     *
     * @param weights       by feature name; a feature not named weighs nothing
     * @param scores        the mean score of each isotonic step, ascending
     * @param probabilities the probability of each step, non-decreasing
     */
    public record Model(Map<String, Double> weights, double[] scores, double[] probabilities) {

        public Model {
            weights = Map.copyOf(weights);
            if (scores.length != probabilities.length || scores.length == 0) {
                throw new IllegalArgumentException("an isotonic map needs as many scores as probabilities, at least one");
            }
            scores = scores.clone();
            probabilities = probabilities.clone();
        }

        public double score(double[] features) {
            return Features.score(weights, features);
        }

        public double probability(double score) {
            int i = Arrays.binarySearch(scores, score);
            if (i >= 0) {
                return probabilities[i];
            }
            int above = -i - 1;
            if (above == 0) {
                return probabilities[0];
            }
            if (above == scores.length) {
                return probabilities[scores.length - 1];
            }
            double t = (score - scores[above - 1]) / (scores[above] - scores[above - 1]);
            return probabilities[above - 1] + t * (probabilities[above] - probabilities[above - 1]);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Model m && weights.equals(m.weights) && Arrays.equals(scores, m.scores)
                    && Arrays.equals(probabilities, m.probabilities);
        }

        @Override
        public int hashCode() {
            return weights.hashCode() * 31 + Arrays.hashCode(scores);
        }

        @Override
        public String toString() {
            return "Model" + weights + " steps=" + scores.length;
        }
    }
}
