package io.scan2ledger.persistence;

import io.scan2ledger.installation.InstallationId;
import io.scan2ledger.installation.InstallationRepository;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.util.Optional;

/** The single row of {@code installation} (V11). */
public class JdbcInstallationRepository implements InstallationRepository {

    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcInstallationRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<InstallationId> find() {
        return jdbc.sql("SELECT installation_id FROM installation WHERE id = 1").query(String.class).optional()
                .map(InstallationId::new);
    }

    @Override
    public void save(InstallationId id) {
        int updated = jdbc.sql("UPDATE installation SET installation_id = ?, updated_at = ? WHERE id = 1")
                .params(id.value(), Jdbc.ts(clock.instant())).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO installation (id, installation_id, updated_at) VALUES (1, ?, ?)")
                    .params(id.value(), Jdbc.ts(clock.instant())).update();
        }
    }
}
