package io.scan2ledger.persistence;

import io.scan2ledger.review.Confirmation;
import io.scan2ledger.review.ConfirmationRepository;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Problem codes are stored as one space-separated, sorted column: they are short and never searched. */
public class JdbcConfirmationRepository implements ConfirmationRepository {

    private final JdbcClient jdbc;

    public JdbcConfirmationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(long documentId, Confirmation c) {
        jdbc.sql("DELETE FROM field_confirmation WHERE document_id = ? AND field_name = ? AND username = ?")
                .params(documentId, c.field(), c.username()).update();
        jdbc.sql("INSERT INTO field_confirmation (document_id, field_name, username, confirmed_at, problem_codes)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(documentId, c.field(), c.username(), Jdbc.ts(c.at()), String.join(" ", new TreeSet<>(c.problems())))
                .update();
    }

    @Override
    public List<Confirmation> of(long documentId) {
        return jdbc.sql("SELECT field_name, username, confirmed_at, problem_codes FROM field_confirmation"
                        + " WHERE document_id = ? ORDER BY confirmed_at, field_name")
                .param(documentId)
                .query((rs, n) -> new Confirmation(rs.getString("field_name"), rs.getString("username"),
                        Jdbc.instant(rs, "confirmed_at"), codes(rs.getString("problem_codes"))))
                .list();
    }

    @Override
    public void clearField(long documentId, String field) {
        jdbc.sql("DELETE FROM field_confirmation WHERE document_id = ? AND field_name = ?")
                .params(documentId, field).update();
    }

    @Override
    public void clear(long documentId) {
        jdbc.sql("DELETE FROM field_confirmation WHERE document_id = ?").param(documentId).update();
    }

    private static Set<String> codes(String column) {
        return column == null || column.isBlank() ? Set.of()
                : Arrays.stream(column.trim().split(" ")).collect(Collectors.toSet());
    }
}
