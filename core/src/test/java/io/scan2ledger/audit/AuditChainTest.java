package io.scan2ledger.audit;

import org.junit.jupiter.api.Test;

import javax.crypto.spec.SecretKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChainTest {

    static final AuditSeal K1 = seal("k1", "k1");

    static AuditSeal seal(String active, String... ids) {
        Map<String, javax.crypto.SecretKey> keys = new java.util.LinkedHashMap<>();
        for (String id : ids) {
            byte[] bytes = new byte[32];
            Arrays.fill(bytes, (byte) id.hashCode());
            keys.put(id, new SecretKeySpec(bytes, "AES"));
        }
        return new AuditSeal(active, keys);
    }

    private static List<AuditRecord> chain(int n) {
        return chain(n, Integer.MAX_VALUE, null);
    }

    /** Rows 1..n, sealed from {@code sealedFrom} on with {@code seal}. */
    static List<AuditRecord> chain(int n, int sealedFrom, AuditSeal seal) {
        List<AuditRecord> rows = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (int i = 1; i <= n; i++) {
            rows.add(row(i, "clerk", prev, i >= sealedFrom ? seal : null));
            prev = rows.get(i - 1).hash();
        }
        return rows;
    }

    static AuditRecord row(long seq, String actor, String prev, AuditSeal seal) {
        Instant at = Instant.parse("2026-04-01T00:00:00Z").plusSeconds(seq);
        AuditEntry e = new AuditEntry(actor, "APPROVE", seq, "VALIDATED", "APPROVED", null);
        String hash = AuditChain.hash(seq, at, e, prev);
        return seal == null ? new AuditRecord(seq, at, e, prev, hash)
                : new AuditRecord(seq, at, e, prev, hash, seal.activeKeyId(), seal.seal(hash));
    }

    /** What someone with write access to the database can do: rewrite a row and recompute every plain hash. */
    static List<AuditRecord> rechained(List<AuditRecord> rows, int index, String actor) {
        List<AuditRecord> out = new ArrayList<>(rows.subList(0, index));
        String prev = index == 0 ? AuditChain.GENESIS : rows.get(index - 1).hash();
        for (int i = index; i < rows.size(); i++) {
            AuditRecord r = rows.get(i);
            AuditEntry e = i == index ? new AuditEntry(actor, r.entry().action(), r.entry().documentId(),
                    r.entry().before(), r.entry().after(), r.entry().detail()) : r.entry();
            String hash = AuditChain.hash(r.seq(), r.at(), e, prev);
            out.add(new AuditRecord(r.seq(), r.at(), e, prev, hash, r.sealKey(), r.seal()));
            prev = hash;
        }
        return out;
    }

    @Test
    void anUntouchedChainVerifies() {
        AuditVerification result = AuditChain.verify(chain(5).iterator());
        assertThat(result.intact()).isTrue();
        assertThat(result.rowsChecked()).isEqualTo(5);
        assertThat(result.lastSeq()).isEqualTo(5);
    }

    @Test
    void anAlteredRowIsNamed() {
        List<AuditRecord> rows = chain(5);
        AuditRecord r = rows.get(2);
        rows.set(2, new AuditRecord(r.seq(), r.at(), r.entry().withChange(null, "APPROVED"), r.prevHash(), r.hash()));
        AuditVerification result = AuditChain.verify(rows.iterator());
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).hasValue(3);
        assertThat(result.problem()).contains("BROKEN at row 3");
    }

    @Test
    void aDeletedRowIsNamedAsMissingNotAsABrokenNext() {
        List<AuditRecord> rows = chain(5);
        rows.remove(1);
        AuditVerification result = AuditChain.verify(rows.iterator());
        assertThat(result.findings()).extracting(AuditFinding::text).singleElement()
                .satisfies(t -> assertThat(t).startsWith("MISSING rows 2 "));
    }

    @Test
    void aPlainRechainPassesThePlainChainButNotTheSeals() {
        List<AuditRecord> sealed = chain(6, 1, K1);
        List<AuditRecord> forged = rechained(sealed, 2, "mallory");
        List<AuditRecord> unsealed = forged.stream()
                .map(r -> new AuditRecord(r.seq(), r.at(), r.entry(), r.prevHash(), r.hash())).toList();
        assertThat(AuditChain.verify(unsealed.iterator()).intact()).as("the old, plain chain").isTrue();

        AuditVerification result = AuditChain.verify(forged.iterator(), 1, K1);
        assertThat(result.findings()).extracting(AuditFinding::text).containsExactly(
                "BROKEN at row 3 (APPROVE by mallory): seal does not match: the row was rewritten and the hashes"
                        + " recomputed (re-chained) / 封印が一致しません（書き換えと再連結）",
                "rows 4–6 likewise / 以降の行も同様です");
        assertThat(result.findings().get(0).documentId()).isEqualTo(3L);
    }

    @Test
    void rowsBeforeTheCutOverVerifyUnderThePlainChainAndAreProtectedByTheFirstSealedRow() {
        List<AuditRecord> rows = chain(3, Integer.MAX_VALUE, null);
        String prev = rows.get(2).hash();
        for (int i = 4; i <= 6; i++) {
            rows.add(row(i, "clerk", prev, K1));
            prev = rows.get(i - 1).hash();
        }
        assertThat(AuditChain.verify(rows.iterator(), 4, K1).intact()).isTrue();
        // Rewriting an old, unsealed row and re-chaining changes the hash every sealed row covers.
        AuditVerification forged = AuditChain.verify(rechained(rows, 0, "mallory").iterator(), 4, K1);
        assertThat(forged.firstBrokenSeq()).hasValue(4);
    }

    @Test
    void aRemovedSealAndAMovedCutOverAreFound() {
        List<AuditRecord> rows = chain(4, 1, K1);
        AuditRecord r = rows.get(1);
        rows.set(1, new AuditRecord(r.seq(), r.at(), r.entry(), r.prevHash(), r.hash()));
        assertThat(AuditChain.verify(rows.iterator(), 1, K1).problem()).contains("BROKEN at row 2", "no seal");
        assertThat(AuditChain.verify(chain(4, 1, K1).iterator(), 3, K1).problem())
                .contains("BROKEN at row 1", "cut-over was moved");
    }

    @Test
    void keyRotationKeepsOldRowsVerifiableWhileTheOldKeyIsKept() {
        AuditSeal before = seal("k1", "k1");
        AuditSeal rotated = seal("k2", "k1", "k2");
        List<AuditRecord> rows = chain(2, 1, before);
        rows.add(row(3, "clerk", rows.get(1).hash(), rotated));
        assertThat(rows.get(2).sealKey()).isEqualTo("k2");
        assertThat(AuditChain.verify(rows.iterator(), 1, rotated).intact()).isTrue();
        AuditVerification withoutK1 = AuditChain.verify(rows.iterator(), 1, seal("k2", "k2"));
        assertThat(withoutK1.problem()).contains("BROKEN at row 1", "key 'k1', which is not configured",
                "rows 2 likewise");
    }

    @Test
    void fieldBoundariesMatter() {
        Instant at = Instant.EPOCH;
        String a = AuditChain.hash(1, at, new AuditEntry("ab", "c", null, null, null, null), AuditChain.GENESIS);
        String b = AuditChain.hash(1, at, new AuditEntry("a", "bc", null, null, null, null), AuditChain.GENESIS);
        assertThat(a).isNotEqualTo(b);
    }
}
