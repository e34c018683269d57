package io.scan2ledger.certainty;

import io.scan2ledger.extraction.ReadMethod;

import java.util.List;
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
            "empty", "length", "weakChars", "ink");

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
                Math.log1p(e.weakChars().codePointCount(0, e.weakChars().length())),
                e.inkShare(),
        };
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
