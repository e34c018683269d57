package io.scan2ledger.calibration;

import io.scan2ledger.certainty.Calibration;
import io.scan2ledger.certainty.Features;
import io.scan2ledger.certainty.TypeGroup;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fits the certainty model: per group of field types a logistic regression (Tribuo) over the
 * evidence, on three fifths of the calibration documents; an isotonic map from its score to a
 * probability, on the other two fifths; and on those same fields, the per-type thresholds for the
 * silent-error budget. Deterministic: the same examples give the same file.
 */
public final class CertaintyFit {

    /** The budgets the risk-coverage curve is drawn for, beside the chosen one. */
    public static final List<Double> CURVE = List.of(0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05);

    private static final String RIGHT = "right";
    private static final String WRONG = "wrong";
    private static final long SEED = 20261207L;
    private static final int EPOCHS = 30;

    static {
        // Tribuo reports each epoch through java.util.logging; the command prints its own summary.
        java.util.logging.Logger.getLogger("org.tribuo").setLevel(java.util.logging.Level.WARNING);
    }

    private CertaintyFit() {
    }

    /** The fitted model and the calibration half's fields it was thresholded on. */
    public record Result(Calibration calibration, List<Example> calibrationHalf) {
    }

    public static Result fit(List<Example> examples, double budget, Map<String, Integer> templateVersions, int version,
                             String fittedOn) {
        List<Example> fitting = new ArrayList<>();
        List<Example> calibrating = new ArrayList<>();
        for (Example e : examples) {
            (Math.floorMod(Long.hashCode(e.document() * 0x9E3779B97F4A7C15L), 5) < 3 ? fitting : calibrating).add(e);
        }
        Map<TypeGroup, Calibration.Model> groups = new EnumMap<>(TypeGroup.class);
        for (TypeGroup group : TypeGroup.values()) {
            List<Example> own = fitting.stream().filter(e -> TypeGroup.of(e.type()) == group).toList();
            List<Example> held = calibrating.stream().filter(e -> TypeGroup.of(e.type()) == group).toList();
            if (own.isEmpty() || held.isEmpty()) {
                continue;
            }
            Map<String, Double> weights = logistic(own);
            double[] scores = held.stream().mapToDouble(e -> Features.score(weights, e.features())).toArray();
            boolean[] right = new boolean[held.size()];
            for (int i = 0; i < right.length; i++) {
                right[i] = held.get(i).right();
            }
            double[][] steps = Isotonic.fit(scores, right);
            groups.put(group, new Calibration.Model(weights, steps[0], steps[1]));
        }
        Calibration draft = new Calibration(version, fittedOn, budget, templateVersions, groups, Map.of(), Map.of());
        List<RiskBudget.Scored> scored = calibrating.stream()
                .filter(e -> groups.containsKey(TypeGroup.of(e.type())))
                .map(e -> new RiskBudget.Scored(e.type(), probability(draft, e), e.right())).toList();
        Map<Double, Map<String, Double>> curve = new TreeMap<>();
        for (double b : CURVE) {
            curve.put(b, RiskBudget.thresholds(scored, b));
        }
        curve.put(budget, RiskBudget.thresholds(scored, budget));
        return new Result(new Calibration(version, fittedOn, budget, templateVersions, groups, curve.get(budget), curve),
                calibrating);
    }

    /** The calibrated probability of one example under {@code calibration}. */
    public static double probability(Calibration calibration, Example e) {
        Calibration.Model model = calibration.groups().get(TypeGroup.of(e.type()));
        return model == null ? Double.NaN : model.probability(model.score(e.features()));
    }

    /**
     * A two-class logistic regression; the weights returned are the difference between the classes'
     * (the log-odds of right), with Tribuo's bias as {@code bias}. A group with only right values
     * (nothing to learn from) gets its smoothed share as a bias alone.
     */
    private static Map<String, Double> logistic(List<Example> examples) {
        long wrong = examples.stream().filter(e -> !e.right()).count();
        Map<String, Double> weights = new LinkedHashMap<>();
        if (wrong == 0 || wrong == examples.size()) {
            double p = (examples.size() - wrong + 0.5) / (examples.size() + 1.0);
            weights.put("bias", Math.log(p / (1 - p)));
            return weights;
        }
        LabelFactory labels = new LabelFactory();
        List<String> all = Features.NAMES.subList(1, Features.NAMES.size());
        // Standardised features: stochastic gradient descent converges on them in a few epochs,
        // where raw ones (an engine score up to 3 beside 0/1 flags) leave it far from the optimum.
        int k = all.size();
        double[] mean = new double[k];
        double[] sd = new double[k];
        for (Example e : examples) {
            for (int i = 0; i < k; i++) {
                mean[i] += e.features()[i + 1] / examples.size();
            }
        }
        for (Example e : examples) {
            for (int i = 0; i < k; i++) {
                sd[i] += Math.pow(e.features()[i + 1] - mean[i], 2) / examples.size();
            }
        }
        List<String> used = new ArrayList<>();
        List<Integer> index = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            sd[i] = Math.sqrt(sd[i]);
            if (sd[i] > 1e-9) {
                used.add(all.get(i));
                index.add(i);
            }
        }
        String[] names = used.toArray(String[]::new);
        List<org.tribuo.Example<Label>> rows = new ArrayList<>();
        for (Example e : examples) {
            double[] values = new double[names.length];
            for (int j = 0; j < names.length; j++) {
                int i = index.get(j);
                values[j] = (e.features()[i + 1] - mean[i]) / sd[i];
            }
            rows.add(new ArrayExample<>(new Label(e.right() ? RIGHT : WRONG), names, values));
        }
        MutableDataset<Label> data = new MutableDataset<>(new ListDataSource<>(rows, labels,
                new SimpleDataSourceProvenance("certainty evidence", labels)));
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.1, 0.1), EPOCHS,
                Integer.MAX_VALUE, 1, SEED);
        LinearSGDModel model = trainer.train(data);
        DenseMatrix w = model.getWeightsCopy();
        ImmutableFeatureMap features = model.getFeatureIDMap();
        ImmutableOutputInfo<Label> outputs = model.getOutputIDInfo();
        int right = outputs.getID(new Label(RIGHT));
        int other = outputs.getID(new Label(WRONG));
        int biasColumn = w.getDimension2Size() - 1;
        double bias = w.get(right, biasColumn) - w.get(other, biasColumn);
        for (int j = 0; j < names.length; j++) {
            int id = features.getID(names[j]);
            if (id >= 0) {
                // Back to the raw features: w·(x - mean)/sd = (w/sd)·x - w·mean/sd.
                int i = index.get(j);
                double standardised = w.get(right, id) - w.get(other, id);
                weights.put(names[j], standardised / sd[i]);
                bias -= standardised * mean[i] / sd[i];
            }
        }
        weights.put("bias", bias);
        return weights;
    }
}
