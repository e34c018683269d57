package io.scan2ledger.persistence;

import io.scan2ledger.audit.AuditChain;
import io.scan2ledger.audit.AuditEntry;
import io.scan2ledger.audit.AuditFinding;
import io.scan2ledger.audit.AuditHead;
import io.scan2ledger.audit.AuditRecord;
import io.scan2ledger.audit.AuditSeal;
import io.scan2ledger.audit.AuditTrail;
import io.scan2ledger.audit.AuditVerification;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

public class JdbcAuditTrail implements AuditTrail {

    private static final int VERIFY_PAGE = 1000;

    private static final RowMapper<AuditRecord> MAPPER = (rs, n) -> new AuditRecord(
            rs.getLong("seq"), Jdbc.instant(rs, "occurred_at"),
            new AuditEntry(rs.getString("actor"), rs.getString("action"),
                    (Long) rs.getObject("document_id", Long.class), rs.getString("before_value"),
                    rs.getString("after_value"), rs.getString("detail")),
            rs.getString("prev_hash"), rs.getString("row_hash"), rs.getString("seal_key"), rs.getString("seal"));

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final AuditSeal seal;

    public JdbcAuditTrail(JdbcClient jdbc, TransactionTemplate tx, Clock clock, AuditSeal seal) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.seal = seal;
    }

    @Override
    public AuditRecord append(AuditEntry entry) {
        // Joins the caller's transaction (PROPAGATION_REQUIRED) so the audit row commits with the change.
        return tx.execute(status -> {
            record Head(long seq, String hash) {
            }
            Head head = jdbc.sql("SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE")
                    .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
            long seq = head.seq() + 1;
            // Millisecond precision survives every database's timestamp type, so the hash re-computes exactly.
            Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            AuditEntry clean = new AuditEntry(entry.actor(), entry.action(), entry.documentId(),
                    clip(entry.before(), 2000), clip(entry.after(), 2000), clip(entry.detail(), 4000));
            String hash = AuditChain.hash(seq, at, clean, head.hash());
            String rowSeal = seal.seal(hash);
            jdbc.sql("""
                    INSERT INTO audit_event (seq, occurred_at, actor, action, document_id, before_value, after_value,
                        detail, prev_hash, row_hash, seal_key, seal) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(seq, Jdbc.ts(at), clean.actor(), clean.action(), clean.documentId(), clean.before(),
                            clean.after(), clean.detail(), head.hash(), hash, seal.activeKeyId(), rowSeal)
                    .update();
            jdbc.sql("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1").params(seq, hash).update();
            return new AuditRecord(seq, at, clean, head.hash(), hash, seal.activeKeyId(), rowSeal);
        });
    }

    @Override
    public List<AuditRecord> historyOf(long documentId) {
        return jdbc.sql("SELECT * FROM audit_event WHERE document_id = ? ORDER BY seq").param(documentId)
                .query(MAPPER).list();
    }

    @Override
    public List<AuditRecord> recent(int limit) {
        return jdbc.sql("SELECT * FROM audit_event ORDER BY seq DESC LIMIT ?").param(limit).query(MAPPER).list();
    }

    @Override
    public Optional<AuditRecord> row(long seq) {
        return jdbc.sql("SELECT * FROM audit_event WHERE seq = ?").param(seq).query(MAPPER).optional();
    }

    @Override
    public AuditHead head() {
        return jdbc.sql("SELECT last_seq, last_hash, sealed_from FROM audit_head WHERE id = 1")
                .query((rs, n) -> new AuditHead(rs.getLong(1), rs.getString(2), rs.getLong(3))).single();
    }

    @Override
    public AuditVerification verify() {
        // The head first: rows appended while the walk runs are beyond it and left for the next check.
        AuditHead head = head();
        AuditVerification chain = AuditChain.verify(new PagedRows(head.seq()), head.sealedFrom(), seal);
        if (chain.lastSeq() != head.seq() || !chain.lastHash().equals(head.hash())) {
            // Rows deleted from the end leave a shorter chain that is still consistent in itself.
            return chain.with(List.of(AuditFinding.of("chain ends at row " + chain.lastSeq() + " but the head says "
                    + head.seq() + " / 末尾の行と先頭情報が一致しません")));
        }
        return chain;
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /** Reads the trail in pages so verifying a year of history does not load it all at once. */
    private final class PagedRows implements Iterator<AuditRecord> {
        private final long upTo;
        private long after = 0;
        private Iterator<AuditRecord> page = List.<AuditRecord>of().iterator();
        private boolean exhausted;

        PagedRows(long upTo) {
            this.upTo = upTo;
        }

        @Override
        public boolean hasNext() {
            if (!page.hasNext() && !exhausted) {
                List<AuditRecord> rows = jdbc.sql("SELECT * FROM audit_event WHERE seq > ? AND seq <= ? ORDER BY seq"
                        + " FETCH FIRST " + VERIFY_PAGE + " ROWS ONLY").params(after, upTo).query(MAPPER).list();
                exhausted = rows.size() < VERIFY_PAGE;
                page = rows.iterator();
            }
            return page.hasNext();
        }

        @Override
        public AuditRecord next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            AuditRecord row = page.next();
            after = row.seq();
            return row;
        }
    }
}
