package io.scan2ledger.extraction;

import io.scan2ledger.certainty.Evidence;

/**
 * One field as read from the page, before its type and rules have looked at it.
 *
 * @param confidence 0..1: the recognition engine's own score for {@code rawText} (its weakest
 *                   character, the lower of two models'); one piece of evidence, not a probability
 * @param page       1-based page number
 * @param evidence   what else the reader saw; the certainty model weighs it with the rules' verdicts
 */
public record FieldRead(String name, String rawText, double confidence, int page, Box box, ReadMethod method,
                        Evidence evidence) {

    public FieldRead {
        evidence = evidence == null ? Evidence.NONE : evidence;
    }

    /** {@code rawText} instead, with {@code repair} added to the evidence. */
    public FieldRead repaired(String text, Evidence.Repair repair) {
        return new FieldRead(name, text, confidence, page, box, method, evidence.withRepair(repair)
                .withAlternative(rawText));
    }

    /** Whether the reading is in doubt: the engine is unsure, or the evidence itself gives reason. */
    public boolean inDoubt(double threshold) {
        return confidence < threshold || evidence.doubted();
    }
}
