package io.scan2ledger.extraction;

import io.scan2ledger.field.Problem;

import java.time.Instant;
import java.util.List;

/**
 * A field of a document as stored: what was read, what it means, and what is wrong with it.
 *
 * @param value       the normalised text after the field type read it (what a ledger receives)
 * @param problems    from the field type, the template's rules and the confidence gate, as of the
 *                    last validation; empty means the field may go straight through
 * @param correctedBy the supervisor who typed the value, or null
 */
public record DocumentField(String name, String type, String rawText, String value, double confidence, int page,
                            Box box, ReadMethod method, List<Problem> problems, String correctedBy,
                            Instant correctedAt) {

    public DocumentField {
        problems = List.copyOf(problems);
    }

    public DocumentField withProblems(List<Problem> newProblems) {
        return new DocumentField(name, type, rawText, value, confidence, page, box, method, newProblems, correctedBy,
                correctedAt);
    }

    public boolean needsAttention() {
        return !problems.isEmpty();
    }
}
