package io.scan2ledger.persistence;

import io.scan2ledger.batch.LedgerRecords;
import io.scan2ledger.document.Document;
import io.scan2ledger.document.DocumentState;
import io.scan2ledger.document.NewDocument;
import io.scan2ledger.document.Source;
import io.scan2ledger.installation.Installation;
import io.scan2ledger.installation.InstallationId;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, part 2, on a database that already held documents: after V11 they keep their old key
 * (their ledger records were keyed under it); documents received afterwards carry the installation id.
 */
class InstallationMigrationTest {

    private final JdbcDataSource db = new JdbcDataSource();
    private final Clock clock = Clock.systemUTC();

    InstallationMigrationTest() {
        db.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        db.setUser("sa");
    }

    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(db).locations("classpath:db/migration", "classpath:db/vendor/h2")
                .target(target).load();
    }

    @Test
    void documentsFromBeforeTheMigrationKeepTheirKeyAndNewOnesCarryTheInstallation() {
        flyway("8").migrate();
        JdbcClient jdbc = JdbcClient.create(db);
        jdbc.sql("""
                INSERT INTO document (sha256, state, channel, source, original_name, size_bytes, page_count,
                    received_at, updated_at, intake_pending)
                VALUES ('ab12', 'APPROVED', 'madoguchi', 'FOLDER', 'old.pdf', 1, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP,
                    FALSE)""").update();
        flyway("latest").migrate();

        var tx = new SpringTransactions(new TransactionTemplate(new DataSourceTransactionManager(db)));
        var audit = new JdbcAuditTrail(jdbc, new TransactionTemplate(new DataSourceTransactionManager(db)), clock,
                new io.scan2ledger.audit.AuditSeal("k1", java.util.Map.of("k1",
                        new javax.crypto.spec.SecretKeySpec(new byte[32], "AES"))));
        Installation installation = new Installation(new JdbcInstallationRepository(jdbc, clock), audit, tx);
        InstallationId id = installation.start(Optional.empty());
        assertThat(installation.start(Optional.empty())).as("kept, not generated again").isEqualTo(id);

        var documents = new JdbcDocumentRepository(jdbc, clock);
        Document old = documents.find(1).orElseThrow();
        assertThat(old.installation()).isNull();
        assertThat(LedgerRecords.keyOf(old)).isEqualTo("S2L-000001");

        String sha = "9f0a" + "0".repeat(60);
        Document fresh = documents.insert(new NewDocument(sha, DocumentState.RECEIVED, "madoguchi", Source.FOLDER,
                "new.pdf", "application/pdf", 1, 1, Instant.now(), null, null, true));
        assertThat(fresh.installation()).isEqualTo(id);
        assertThat(LedgerRecords.keyOf(fresh)).isEqualTo("S2L-" + id.value() + "-" + fresh.id() + "-9F0A");

        // Configuration wins over the stored id, for new documents only.
        installation.start(Optional.of(new InstallationId("M3XV")));
        assertThat(LedgerRecords.keyOf(documents.find(fresh.id()).orElseThrow())).startsWith("S2L-" + id.value());
        assertThat(audit.verify().intact()).isTrue();
    }
}
