package io.scan2ledger.review;

import java.time.Instant;
import java.util.Set;

/**
 * A supervisor's word that they looked at a flagged field: who, when, and which of its problems
 * they saw. Problems raised later (a re-validation after another correction) are not covered by
 * it, and a new value (a correction) voids it: see {@link #covers}.
 *
 * @param problems the codes of the field's problems when it was confirmed (never its value)
 */
public record Confirmation(String field, String username, Instant at, Set<String> problems) {

    public Confirmation {
        problems = Set.copyOf(problems);
    }

    /** Whether this confirms a field that now carries these problems. */
    public boolean covers(Set<String> current) {
        return problems.containsAll(current);
    }
}
