package io.scan2ledger.web.api;

import io.scan2ledger.certainty.Doubts;
import io.scan2ledger.certainty.Evidence;
import io.scan2ledger.extraction.DocumentField;
import io.scan2ledger.web.review.MyNumberMask;

import java.util.List;

/**
 * What a machine read in a field and why it may be wrong: the calibrated probability that the
 * value is right, whether the two models agreed, their competing readings, the characters in
 * doubt, the repairs applied and the reasons in both languages. A My Number's readings are masked
 * like its value unless {@code revealed}.
 *
 * @param probability    the field's confidence: the calibrated probability that the value is right
 * @param readings       AGREE, DISAGREE or SINGLE (one model only)
 * @param alternatives   the other readings offered for the field
 * @param weakCharacters the characters of the first reading its model was unsure of, in reading order
 * @param repairs        the repairs that changed the reading ({@link Evidence.Repair} names)
 * @param split          NONE, SEEN or GUESSED: whether the spaces in the value were seen on the paper
 * @param reasons        the evidence against the value, most telling first (the facts validation also
 *                       weighed, such as a value missing from its list, are in the LOW_CONFIDENCE problem)
 */
public record DoubtView(double probability, String readings, List<String> alternatives, String weakCharacters,
                        List<String> repairs, String split, List<Doubts.Reason> reasons) {

    /** The field's doubt, or null for a value a person typed or a text layer gave (nothing was misread). */
    public static DoubtView of(DocumentField field, boolean revealed) {
        if (!field.method().byMachine()) {
            return null;
        }
        Evidence e = field.evidence();
        return new DoubtView(field.confidence(), e.readings().name(), MyNumberMask.alternatives(field, revealed),
                MyNumberMask.weakChars(field, revealed), e.repairs().stream().map(Enum::name).sorted().toList(),
                e.split().name(), Doubts.reasons(e));
    }
}
