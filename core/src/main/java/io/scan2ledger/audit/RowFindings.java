package io.scan2ledger.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * Findings of a chain walk, kept readable: a re-chain from row 133 breaks the seal of every row
 * after it, so a run of rows with the same problem is named once, with the range it spans.
 */
final class RowFindings {

    private final List<AuditFinding> findings = new ArrayList<>();
    private String runKind;
    private long runFirst;
    private long runLast;

    void missing(long from, long to) {
        clear();
        findings.add(new AuditFinding(from, null, "MISSING rows " + range(from, to)
                + " (deleted) / 監査ログの行 " + range(from, to) + " が削除されています"));
    }

    void row(AuditRecord row, String kind, String problem) {
        if (kind.equals(runKind) && row.seq() == runLast + 1) {
            runLast = row.seq();
            return;
        }
        clear();
        findings.add(new AuditFinding(row.seq(), row.entry().documentId(), "BROKEN at row " + row.seq()
                + " (" + row.entry().action() + " by " + row.entry().actor() + "): " + problem));
        runKind = kind;
        runFirst = row.seq();
        runLast = row.seq();
    }

    /** Ends the current run (a row that is fine, or a different problem). */
    void clear() {
        if (runKind != null && runLast > runFirst) {
            findings.add(new AuditFinding(runFirst + 1, null, "rows " + range(runFirst + 1, runLast)
                    + " likewise / 以降の行も同様です"));
        }
        runKind = null;
    }

    List<AuditFinding> all() {
        clear();
        return List.copyOf(findings);
    }

    private static String range(long from, long to) {
        return from == to ? Long.toString(from) : from + "–" + to;
    }
}
