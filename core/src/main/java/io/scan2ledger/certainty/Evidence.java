package io.scan2ledger.certainty;

import io.scan2ledger.template.Engine;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the reader saw while reading one field: the facts the certainty model weighs. The reader
 * never decides how sure it is; it only records what happened (two models disagreed, a repair
 * fired, the 氏/名 split was guessed) and {@link CertaintyModel} turns that into a probability.
 *
 * @param firstConfidence  the first model's weakest character (0..1); NaN when no OCR ran
 * @param secondConfidence the second model's weakest character (0..1); NaN when there was none
 * @param readings         whether a second, differently trained model read the same text
 * @param alternatives     the other readings offered for the field (for the supervisor), at most a few
 * @param repairs          the repairs that changed the reading
 * @param split            for names, their kana and free text: whether the spaces were seen on the paper
 * @param weakChars        characters of the first reading its model was unsure of (for the supervisor)
 * @param inkShare         share of dark pixels in the zone (a smudged or scribbled-over zone is high)
 * @param engine           the recogniser of the first reading (Tesseract, the boxed-digit classifier or
 *                         PP-OCR); the second reading is always Tesseract's
 */
public record Evidence(double firstConfidence, double secondConfidence, Readings readings, List<String> alternatives,
                       Set<Repair> repairs, Split split, String weakChars, double inkShare, Engine engine) {

    /** Nothing was read by a machine: a person's entry or a born-digital text layer. */
    public static final Evidence NONE = new Evidence(Double.NaN, Double.NaN, Readings.SINGLE, List.of(),
            Set.of(), Split.NONE, "", 0, Engine.TESSERACT);

    private static final int MAX_ALTERNATIVES = 3;

    public Evidence {
        alternatives = List.copyOf(alternatives.size() > MAX_ALTERNATIVES ? alternatives.subList(0, MAX_ALTERNATIVES)
                : alternatives);
        repairs = repairs.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(repairs));
        weakChars = weakChars == null ? "" : weakChars;
        engine = engine == null || engine == Engine.AUTO ? Engine.TESSERACT : engine;
    }

    /** The same fields, read first by Tesseract. */
    public Evidence(double firstConfidence, double secondConfidence, Readings readings, List<String> alternatives,
                    Set<Repair> repairs, Split split, String weakChars, double inkShare) {
        this(firstConfidence, secondConfidence, readings, alternatives, repairs, split, weakChars, inkShare,
                Engine.TESSERACT);
    }

    /** Whether a second model read the field. */
    public enum Readings {
        /** Only one model read it (tick boxes, or a model without a second opinion). */
        SINGLE,
        /** Two differently trained models read the same text. */
        AGREE,
        /** They read different texts; the value is the better of them, or a merge. */
        DISAGREE
    }

    /** How the spaces in a value were placed (氏/名 in a name, before a building in an address). */
    public enum Split {
        /** No space in the value, or a field without spaces. */
        NONE,
        /** Each space is a gap that clearly stands out on the paper, and the characters fall either side of it. */
        SEEN,
        /** A gap that could be letter spacing, or a space placed by counting characters: a person decides. */
        GUESSED
    }

    /** What changed a reading after the models read it. Each is evidence, never a confidence. */
    public enum Repair {
        /** Two disagreeing readings merged character by character. */
        MERGED,
        /** Of several readings, the one the field's type and rules accept. */
        CHOSEN_BY_RULES,
        /** A near miss of a closed list's entry (options, nurseries), replaced by the entry. */
        NEAR_ENTRY,
        /** A commonly confused digit swapped for the one valid value (a check digit or calendar decides). */
        CONFUSED_DIGIT,
        /** The beginning of an address repaired to the address master's entry. */
        ADDRESS_MASTER,
        /** A third, smaller reading of a name the dictionaries did not know. */
        THIRD_READING,
        /** Compared by printed shape with the options or the listed names. */
        SHAPE,
        /** フリガナ repaired to a listed reading. */
        KANA_DICTIONARY,
        /** A name repaired from the reading the same form gives for it. */
        NAME_FROM_READING,
        /** A name part repaired to a family name the form already holds, or the dictionary's nearest. */
        NAME_DICTIONARY,
        /** Boxed digits the models could not count right, read one box at a time. */
        CELLS_ONE_BY_ONE,
        /** A tick box with a faint mark: counted as ticked. */
        FAINT_TICK
    }

    /** The reading's first model's confidence with {@code text} as the value, nothing else known. */
    public static Evidence single(double confidence) {
        return new Evidence(confidence, Double.NaN, Readings.SINGLE, List.of(), Set.of(), Split.NONE, "", 0,
                Engine.TESSERACT);
    }

    public Evidence withRepair(Repair repair) {
        Set<Repair> more = repairs.isEmpty() ? EnumSet.noneOf(Repair.class) : EnumSet.copyOf(repairs);
        more.add(repair);
        return new Evidence(firstConfidence, secondConfidence, readings, alternatives, more, split, weakChars, inkShare,
                engine);
    }

    public Evidence withAlternative(String reading) {
        if (reading == null || reading.isBlank() || alternatives.contains(reading)) {
            return this;
        }
        List<String> more = new ArrayList<>(alternatives);
        more.add(reading);
        return new Evidence(firstConfidence, secondConfidence, readings, more, repairs, split, weakChars, inkShare,
                engine);
    }

    public Evidence withSecond(double confidence, boolean agrees) {
        return new Evidence(firstConfidence, confidence, agrees ? Readings.AGREE : Readings.DISAGREE, alternatives,
                repairs, split, weakChars, inkShare,
                engine);
    }

    public Evidence withSplit(Split how) {
        return new Evidence(firstConfidence, secondConfidence, readings, alternatives, repairs, how, weakChars, inkShare,
                engine);
    }

    public Evidence withInk(double share) {
        return new Evidence(firstConfidence, secondConfidence, readings, alternatives, repairs, split, weakChars, share,
                engine);
    }

    /** The first reading came from {@code first}. */
    public Evidence withEngine(Engine first) {
        return new Evidence(firstConfidence, secondConfidence, readings, alternatives, repairs, split, weakChars, inkShare,
                first);
    }

    public Evidence withWeakChars(String chars) {
        return new Evidence(firstConfidence, secondConfidence, readings, alternatives, repairs, split, chars, inkShare,
                engine);
    }

    public boolean repaired() {
        return !repairs.isEmpty();
    }

    /**
     * Whether the reading itself gives reason to doubt it (models disagree, a repair fired, the
     * split was guessed), whatever the models' confidences say. The reader repairs only such
     * readings: a rare name read alike by two models is the resident's, not a misreading.
     */
    public boolean doubted() {
        return readings == Readings.DISAGREE || repaired() || split == Split.GUESSED;
    }
}
