package io.scan2ledger.imaging.hostile;

import io.scan2ledger.intake.QuarantineReason.Code;

/**
 * One input of the hostile corpus: its file name, its bytes and the end state scan2ledger must give it.
 *
 * @param what what it is, in a few words (test names, reports)
 */
public record HostileInput(String name, byte[] bytes, Expected expected, String what) {

    /** Where an input must end. */
    public sealed interface Expected {
    }

    /** Taken and read: stored, recorded and on through extraction (never quarantined). */
    public record Processed(int pages) implements Expected {
    }

    /**
     * Refused at intake: QUARANTINED with this code, the file in {@code error/} beside its reason.
     * {@link Code#INCOMPLETE}: the inspector says it looks cut off, and intake refuses it once the
     * incomplete grace has passed. {@link Code#EMPTY_FILE}: intake refuses it before the inspector.
     */
    public record Refused(Code code) implements Expected {
    }

    /**
     * Taken (its structure and sizes pass intake), but its pages cannot be rendered within the limits:
     * extraction quarantines it (CORRUPT); the file stays in {@code archive/}.
     */
    public record Unrenderable() implements Expected {
    }

    @Override
    public String toString() {
        return name + " (" + what + ") -> " + expected;
    }
}
