package io.scan2ledger.certainty;

import io.scan2ledger.extraction.ReadMethod;
import io.scan2ledger.support.EditDistance;
import io.scan2ledger.template.Engine;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The evidence of one field as the numbers the certainty model weighs. The names are part of the
 * calibration file: a file naming features this code does not know is refused.
 */
public final class Features {

    /** The features, in the order {@link #of} fills them. */
    public static final List<String> NAMES = List.of("bias", "engine", "engineSecond", "noSecond", "agree",
            "disagree", "repairedFromList", "repairedByMerge", "repairedName", "cellsOneByOne", "faintTick",
            "splitGuessed", "splitSeen", "accepted", "listed", "unlisted", "postalAgrees", "postalDisagrees",
            "empty", "length", "weakChars", "ink", "readingsApart", "spacesOnly", "disagreeListed",
            "disagreeWeak", "disagreeEngine", "digitRead", "digitEngine", "digitAgree", "digitDisagree", "onnxRead");

    private static final Set<Evidence.Repair> FROM_LIST = Set.of(Evidence.Repair.NEAR_ENTRY,
            Evidence.Repair.CONFUSED_DIGIT, Evidence.Repair.ADDRESS_MASTER);
    private static final Set<Evidence.Repair> BY_MERGE = Set.of(Evidence.Repair.MERGED,
            Evidence.Repair.CHOSEN_BY_RULES);
    private static final Set<Evidence.Repair> NAME = Set.of(Evidence.Repair.THIRD_READING, Evidence.Repair.SHAPE,
            Evidence.Repair.KANA_DICTIONARY, Evidence.Repair.NAME_FROM_READING, Evidence.Repair.NAME_DICTIONARY);

    private Features() {
    }

    public static double[] of(Evidence e, Facts f) {
        boolean empty = f.value() == null || f.value().isEmpty() || f.method() == ReadMethod.EMPTY;
        int length = empty ? 0 : f.value().codePointCount(0, f.value().length());
        boolean disagree = e.readings() == Evidence.Readings.DISAGREE;
        double weak = Math.log1p(e.weakChars().codePointCount(0, e.weakChars().length()));
        double engines = Math.min(surprise(e.firstConfidence()), Double.isNaN(e.secondConfidence())
                ? surprise(e.firstConfidence()) : surprise(e.secondConfidence()));
        boolean digits = e.engine() == Engine.DIGITS;
        // Most disagreements are right (a space, a long-vowel mark); what they disagree about, and
        // whether the value is one the lists know, tells the few wrong ones apart.
        return new double[]{
                1,
                surprise(e.firstConfidence()),
                surprise(e.secondConfidence()),
                Double.isNaN(e.secondConfidence()) ? 1 : 0,
                e.readings() == Evidence.Readings.AGREE ? 1 : 0,
                e.readings() == Evidence.Readings.DISAGREE ? 1 : 0,
                any(e, FROM_LIST),
                any(e, BY_MERGE),
                any(e, NAME),
                e.repairs().contains(Evidence.Repair.CELLS_ONE_BY_ONE) ? 1 : 0,
                e.repairs().contains(Evidence.Repair.FAINT_TICK) ? 1 : 0,
                e.split() == Evidence.Split.GUESSED ? 1 : 0,
                e.split() == Evidence.Split.SEEN ? 1 : 0,
                f.accepted() ? 1 : 0,
                Boolean.TRUE.equals(f.listed()) ? 1 : 0,
                Boolean.FALSE.equals(f.listed()) ? 1 : 0,
                Boolean.TRUE.equals(f.postal()) ? 1 : 0,
                Boolean.FALSE.equals(f.postal()) ? 1 : 0,
                empty ? 1 : 0,
                Math.log1p(length),
                weak,
                e.inkShare(),
                disagree ? apart(e) : 0,
                disagree && spacesOnly(e) ? 1 : 0,
                disagree && Boolean.TRUE.equals(f.listed()) ? 1 : 0,
                disagree ? weak : 0,
                disagree ? engines : 0,
                // The boxed-digit classifier's probabilities and its agreement with Tesseract mean
                // something else than two Tesseract models agreeing: weighed apart.
                digits ? 1 : 0,
                digits ? surprise(e.firstConfidence()) : 0,
                digits && e.readings() == Evidence.Readings.AGREE ? 1 : 0,
                digits && disagree ? 1 : 0,
                e.engine() == Engine.ONNX ? 1 : 0,
        };
    }

    /** The logistic score of {@code features} under {@code weights} by feature name (a name not given weighs nothing). */
    public static double score(Map<String, Double> weights, double[] features) {
        double sum = 0;
        for (int i = 0; i < features.length; i++) {
            sum += weights.getOrDefault(NAMES.get(i), 0.0) * features[i];
        }
        return sum;
    }

    /** How far apart the two models' readings are: edit distance over the longer one's length. */
    private static double apart(Evidence e) {
        if (e.alternatives().size() < 2) {
            return 1;
        }
        String a = e.alternatives().get(0);
        String b = e.alternatives().get(1);
        int longer = Math.max(a.codePointCount(0, a.length()), b.codePointCount(0, b.length()));
        return longer == 0 ? 0 : (double) EditDistance.between(a, b) / longer;
    }

    private static boolean spacesOnly(Evidence e) {
        return e.alternatives().size() >= 2
                && e.alternatives().get(0).replace(" ", "").equals(e.alternatives().get(1).replace(" ", ""));
    }

    /**
     * An engine's confidence as how surprised one should be by an error: 0.9 and 0.99 differ far
     * more than 0.5 and 0.59. NaN (no such reading) is 0; the model learns it from noSecond.
     */
    private static double surprise(double confidence) {
        if (Double.isNaN(confidence)) {
            return 0;
        }
        return -Math.log10(1 - Math.min(Math.max(confidence, 0), 0.999));
    }

    private static double any(Evidence e, Set<Evidence.Repair> kinds) {
        return e.repairs().stream().anyMatch(kinds::contains) ? 1 : 0;
    }
}
