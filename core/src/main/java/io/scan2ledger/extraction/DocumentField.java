package io.scan2ledger.extraction;

import io.scan2ledger.certainty.Evidence;
import io.scan2ledger.field.Problem;

import java.time.Instant;
import java.util.List;

/**
 * A field of a document as stored: what was read, what it means, and what is wrong with it.
 *
 * @param value       the normalised text after the field type read it (what a ledger receives)
 * @param confidence  the calibrated probability that {@code value} is right (after validation; the
 *                    engine's own score before), 1 for a person's entry or a text layer
 * @param problems    from the field type, the template's rules and the confidence gate, as of the
 *                    last validation; empty means the field may go straight through
 * @param correctedBy the supervisor who typed the value, or null
 * @param evidence    what the reader saw, which the certainty model weighs
 */
public record DocumentField(String name, String type, String rawText, String value, double confidence, int page,
                            Box box, ReadMethod method, List<Problem> problems, String correctedBy,
                            Instant correctedAt, Evidence evidence) {

    public DocumentField {
        problems = List.copyOf(problems);
        evidence = evidence == null ? Evidence.NONE : evidence;
    }

    public DocumentField withProblems(List<Problem> newProblems) {
        return new DocumentField(name, type, rawText, value, confidence, page, box, method, newProblems, correctedBy,
                correctedAt, evidence);
    }

    public DocumentField withConfidence(double probability) {
        return new DocumentField(name, type, rawText, value, probability, page, box, method, problems, correctedBy,
                correctedAt, evidence);
    }

    public boolean needsAttention() {
        return !problems.isEmpty();
    }
}
