package io.scan2ledger.audit;

import io.scan2ledger.support.Sha256;

import java.time.Instant;
import java.util.Iterator;

/**
 * The hash chain over the audit trail. Each row's hash covers its own content and the previous
 * row's hash, so changing, deleting or reordering any row breaks every hash after it. From the
 * cut-over row on ({@code sealedFrom}) each row's hash is also sealed with a keyed MAC
 * ({@link AuditSeal}): recomputing the plain hashes after an edit no longer hides it, and because
 * every hash covers all rows before it, the first sealed row also protects the older, plain part.
 */
public final class AuditChain {

    /** The "previous hash" of the very first row. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hash(long seq, Instant at, AuditEntry e, String prevHash) {
        // Unit separators keep "ab"+"c" and "a"+"bc" apart; nulls are spelled out.
        String canonical = String.join("\u001f",
                Long.toString(seq), at.toString(), nz(e.actor()), nz(e.action()),
                e.documentId() == null ? "\u2400" : e.documentId().toString(),
                nz(e.before()), nz(e.after()), nz(e.detail()), prevHash);
        return Sha256.of(canonical);
    }

    private static String nz(String s) {
        return s == null ? "\u2400" : s;
    }

    /** The plain chain only (no row is expected to be sealed). */
    public static AuditVerification verify(Iterator<AuditRecord> rows) {
        return verify(rows, Long.MAX_VALUE, null);
    }

    /**
     * Walks the rows in sequence order and reports every row that does not fit: missing sequence
     * numbers, broken links, altered content, and from {@code sealedFrom} on a missing or wrong seal.
     */
    public static AuditVerification verify(Iterator<AuditRecord> rows, long sealedFrom, AuditSeal seal) {
        RowFindings findings = new RowFindings();
        String expectedPrev = GENESIS;
        long expectedSeq = 1;
        long count = 0;
        boolean cutOverMoved = false;
        while (rows.hasNext()) {
            AuditRecord row = rows.next();
            count++;
            if (row.seq() > expectedSeq) {
                // The next row's link points at a row that is gone: that is the deletion, not a second problem.
                findings.missing(expectedSeq, row.seq() - 1);
            } else if (!row.prevHash().equals(expectedPrev)) {
                findings.row(row, "link", "previous-hash link does not match the row before"
                        + " / 直前の行とのハッシュ連結が一致しません");
            }
            if (!hash(row.seq(), row.at(), row.entry(), row.prevHash()).equals(row.hash())) {
                findings.row(row, "content", "row content does not match its hash (altered)"
                        + " / 行の内容がハッシュと一致しません（改ざん）");
            } else if (row.seq() >= sealedFrom) {
                checkSeal(row, sealedFrom, seal, findings);
            } else if (row.seal() != null && !cutOverMoved) {
                cutOverMoved = true;
                findings.row(row, "cut-over", "row is sealed but the recorded cut-over says sealing began at row "
                        + sealedFrom + " (the cut-over was moved) / 封印開始行が書き換えられています");
            }
            expectedPrev = row.hash();
            expectedSeq = row.seq() + 1;
        }
        return new AuditVerification(count, expectedSeq - 1, expectedPrev, sealedFrom, findings.all());
    }

    private static void checkSeal(AuditRecord row, long sealedFrom, AuditSeal seal, RowFindings findings) {
        if (row.seal() == null) {
            findings.row(row, "unsealed", "row has no seal, though every row from " + sealedFrom
                    + " on is sealed (seal removed) / 封印がありません");
            return;
        }
        switch (seal.check(row.sealKey(), row.hash(), row.seal())) {
            case VALID -> findings.clear();
            case UNKNOWN_KEY -> findings.row(row, "key", "sealed with key '" + row.sealKey()
                    + "', which is not configured: keep old keys for verification / 封印の鍵がありません");
            case INVALID -> findings.row(row, "seal", "seal does not match: the row was rewritten and the hashes"
                    + " recomputed (re-chained) / 封印が一致しません（書き換えと再連結）");
        }
    }
}
