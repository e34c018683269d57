package io.scan2ledger.audit;

import java.util.OptionalLong;

/** The outcome of checking the audit chain: intact, or the first broken row and why. */
public record AuditVerification(boolean intact, long rowsChecked, OptionalLong firstBrokenSeq, String problem) {

    static AuditVerification intact(long rows) {
        return new AuditVerification(true, rows, OptionalLong.empty(), null);
    }

    static AuditVerification broken(long rowsChecked, long seq, String problem) {
        return new AuditVerification(false, rowsChecked, OptionalLong.of(seq), problem);
    }

    /** Adds a problem found outside the chain itself (for example a stored file whose hash changed). */
    public AuditVerification alsoBroken(String extraProblem) {
        return new AuditVerification(false, rowsChecked, firstBrokenSeq,
                problem == null ? extraProblem : problem + "; " + extraProblem);
    }
}
