package io.scan2ledger.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * The outcome of walking the audit chain: how many rows, the last one seen (what a checkpoint
 * records), where sealing began, and every finding (none when intact).
 */
public record AuditVerification(long rowsChecked, long lastSeq, String lastHash, long sealedFrom,
                                List<AuditFinding> findings) {

    public AuditVerification {
        findings = List.copyOf(findings);
    }

    public boolean intact() {
        return findings.isEmpty();
    }

    /** The first row named by a finding, if any. */
    public OptionalLong firstBrokenSeq() {
        return findings.stream().mapToLong(AuditFinding::seq).filter(s -> s > 0).findFirst();
    }

    /** The findings in one line, or null when intact. */
    public String problem() {
        return intact() ? null : findings.stream().map(AuditFinding::text).collect(Collectors.joining("; "));
    }

    public AuditVerification with(List<AuditFinding> more) {
        List<AuditFinding> all = new ArrayList<>(findings);
        all.addAll(more);
        return new AuditVerification(rowsChecked, lastSeq, lastHash, sealedFrom, all);
    }
}
