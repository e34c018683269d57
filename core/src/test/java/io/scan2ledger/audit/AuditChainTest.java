package io.scan2ledger.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChainTest {

    private static List<AuditRecord> chain(int n) {
        List<AuditRecord> rows = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (int i = 1; i <= n; i++) {
            Instant at = Instant.parse("2026-04-01T00:00:00Z").plusSeconds(i);
            AuditEntry e = AuditEntry.of("clerk", "RECEIVE", (long) i).withChange(null, "RECEIVED");
            String hash = AuditChain.hash(i, at, e, prev);
            rows.add(new AuditRecord(i, at, e, prev, hash));
            prev = hash;
        }
        return rows;
    }

    @Test
    void anUntouchedChainVerifies() {
        AuditVerification result = AuditChain.verify(chain(5).iterator());
        assertThat(result.intact()).isTrue();
        assertThat(result.rowsChecked()).isEqualTo(5);
    }

    @Test
    void anAlteredRowIsNamed() {
        List<AuditRecord> rows = chain(5);
        AuditRecord r = rows.get(2);
        rows.set(2, new AuditRecord(r.seq(), r.at(), r.entry().withChange(null, "APPROVED"), r.prevHash(), r.hash()));
        AuditVerification result = AuditChain.verify(rows.iterator());
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).hasValue(3);
    }

    @Test
    void aDeletedRowBreaksTheLinkOfTheNext() {
        List<AuditRecord> rows = chain(5);
        rows.remove(1);
        AuditVerification result = AuditChain.verify(rows.iterator());
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).hasValue(3);
    }

    @Test
    void fieldBoundariesMatter() {
        Instant at = Instant.EPOCH;
        String a = AuditChain.hash(1, at, new AuditEntry("ab", "c", null, null, null, null), AuditChain.GENESIS);
        String b = AuditChain.hash(1, at, new AuditEntry("a", "bc", null, null, null, null), AuditChain.GENESIS);
        assertThat(a).isNotEqualTo(b);
    }
}
