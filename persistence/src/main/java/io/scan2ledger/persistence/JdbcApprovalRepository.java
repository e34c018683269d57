package io.scan2ledger.persistence;

import io.scan2ledger.review.ApprovalRepository;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.util.List;

public class JdbcApprovalRepository implements ApprovalRepository {

    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcApprovalRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void add(long documentId, String username) {
        jdbc.sql("INSERT INTO document_approval (document_id, username, approved_at) VALUES (?, ?, ?)")
                .params(documentId, username, Jdbc.ts(clock.instant())).update();
    }

    @Override
    public List<String> approvers(long documentId) {
        return jdbc.sql("SELECT username FROM document_approval WHERE document_id = ? ORDER BY approved_at")
                .param(documentId).query(String.class).list();
    }

    @Override
    public void clear(long documentId) {
        jdbc.sql("DELETE FROM document_approval WHERE document_id = ?").param(documentId).update();
    }
}
