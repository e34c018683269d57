package io.scan2ledger.audit;

import io.scan2ledger.batch.LedgerRecords;
import io.scan2ledger.document.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code audit verify} found: the chain (with the checkpoints) and the stored originals, each
 * finding naming the row and the document a person would look up (id and reception number).
 */
public record AuditReport(AuditVerification chain, List<String> chainFindings,
                          StoredOriginalsCheck.Result originals, Optional<AuditCheckpoint> checkpoint) {

    public boolean intact() {
        return chain.intact() && originals.findings().isEmpty();
    }

    /** "document 12 (S2L-7K2Q-12-9F0A)": the id the screens show and the ledger's reception number. */
    public static String nameOf(Document d) {
        return "document " + d.id() + " (" + LedgerRecords.keyOf(d) + ")";
    }

    public List<String> lines() {
        List<String> out = new ArrayList<>();
        if (chain.intact()) {
            out.add("audit chain intact: " + chain.rowsChecked() + " rows, sealed from row " + chain.sealedFrom()
                    + " / 監査ログのハッシュ連鎖は正常です（" + chain.rowsChecked() + " 行）");
        } else {
            out.add("audit chain BROKEN: " + chainFindings.size() + " finding(s) / 監査ログの改ざんを検出しました");
            chainFindings.forEach(f -> out.add("  " + f));
        }
        int checked = originals.stored() + (int) originals.findings().stream()
                .filter(f -> f.text().startsWith("missing")).count();
        if (originals.findings().isEmpty()) {
            out.add("stored originals intact: " + checked + " files (" + originals.onRecord() + " on record, "
                    + originals.notOnRecord() + " not on record) / 保管中の原本 " + checked + " 件はすべて正常です");
        } else {
            out.add("stored originals BROKEN: " + originals.findings().size() + " of " + checked
                    + " missing or altered / 保管中の原本に欠落または改ざんがあります（" + originals.findings().size() + " 件）");
            originals.findings().forEach(f -> out.add("  " + f.text()));
        }
        checkpoint.ifPresent(c -> out.add("checkpoint written: rows=" + c.rows() + " head=" + c.head()
                + " / チェックポイントを記録しました"));
        return out;
    }
}
