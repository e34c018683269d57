package io.scan2ledger.persistence;

import io.scan2ledger.metering.MeteringRepository;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

public class JdbcMeteringRepository implements MeteringRepository {

    private final JdbcClient jdbc;

    public JdbcMeteringRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Automated> automated(Instant from, Instant to) {
        return jdbc.sql("""
                SELECT d.id, d.form_id, MAX(e.occurred_at) AS keyed_at FROM document d
                JOIN keying_event e ON e.document_id = d.id
                WHERE d.state = 'KEYED' AND e.outcome IN ('KEYED', 'ALREADY_PRESENT')
                GROUP BY d.id, d.form_id
                HAVING MAX(e.occurred_at) >= ? AND MAX(e.occurred_at) < ?""")
                .params(Jdbc.ts(from), Jdbc.ts(to))
                .query((rs, n) -> new Automated(rs.getLong("id"), rs.getString("form_id"), Jdbc.instant(rs, "keyed_at")))
                .list();
    }

    @Override
    public List<Digitised> digitised(Instant from, Instant to) {
        return jdbc.sql("""
                SELECT form_id, page_count, received_at FROM document
                WHERE source <> 'E_APPLICATION' AND form_id IS NOT NULL AND page_count > 0
                  AND state NOT IN ('QUARANTINED', 'DUPLICATE') AND received_at >= ? AND received_at < ?""")
                .params(Jdbc.ts(from), Jdbc.ts(to))
                .query((rs, n) -> new Digitised(rs.getString("form_id"), rs.getInt("page_count"),
                        Jdbc.instant(rs, "received_at")))
                .list();
    }

    @Override
    public Set<String> botsUsed(Instant from, Instant to) {
        return new LinkedHashSet<>(jdbc.sql("""
                SELECT DISTINCT bot_id FROM keying_event WHERE outcome IN ('KEYED', 'ALREADY_PRESENT')
                  AND occurred_at >= ? AND occurred_at < ? ORDER BY bot_id""")
                .params(Jdbc.ts(from), Jdbc.ts(to)).query(String.class).list());
    }
}
