package io.scan2ledger.audit;

import io.scan2ledger.support.Sha256;

import java.time.Instant;
import java.util.Iterator;
import java.util.Objects;

/**
 * The hash chain over the audit trail. Each row's hash covers its own content and the previous
 * row's hash, so changing, deleting or reordering any row breaks every hash after it.
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

    /** Walks the rows in sequence order and reports the first one that does not fit. */
    public static AuditVerification verify(Iterator<AuditRecord> rows) {
        String expectedPrev = GENESIS;
        long count = 0;
        while (rows.hasNext()) {
            AuditRecord row = rows.next();
            count++;
            if (!Objects.equals(row.prevHash(), expectedPrev)) {
                return AuditVerification.broken(count, row.seq(),
                        "previous-hash link does not match the row before / 直前の行とのハッシュ連結が一致しません");
            }
            String actual = hash(row.seq(), row.at(), row.entry(), row.prevHash());
            if (!actual.equals(row.hash())) {
                return AuditVerification.broken(count, row.seq(),
                        "row content does not match its hash (altered) / 行の内容がハッシュと一致しません（改ざん）");
            }
            expectedPrev = row.hash();
        }
        return AuditVerification.intact(count);
    }
}
