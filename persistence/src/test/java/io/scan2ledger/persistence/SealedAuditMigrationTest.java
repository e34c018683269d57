package io.scan2ledger.persistence;

import io.scan2ledger.audit.AuditChain;
import io.scan2ledger.audit.AuditEntry;
import io.scan2ledger.audit.AuditFinding;
import io.scan2ledger.audit.AuditSeal;
import io.scan2ledger.audit.AuditVerification;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, part 2, on a database that already held an audit trail: rows from before V12 verify
 * under the plain chain up to the recorded cut-over, new rows are sealed, and the seal key rotates
 * like the store's (old keys kept for verification).
 */
class SealedAuditMigrationTest {

    private final JdbcDataSource db = new JdbcDataSource();
    private final JdbcClient jdbc;

    SealedAuditMigrationTest() {
        db.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        db.setUser("sa");
        jdbc = JdbcClient.create(db);
    }

    private void migrate(String target) {
        Flyway.configure().dataSource(db).locations("classpath:db/migration", "classpath:db/vendor/h2")
                .target(target).load().migrate();
    }

    private JdbcAuditTrail trail(String active, String... ids) {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        for (String id : ids) {
            byte[] bytes = new byte[32];
            Arrays.fill(bytes, (byte) id.charAt(1));
            keys.put(id, new SecretKeySpec(bytes, "AES"));
        }
        return new JdbcAuditTrail(jdbc, new TransactionTemplate(new DataSourceTransactionManager(db)),
                Clock.systemUTC(), new AuditSeal(active, keys));
    }

    /** As the application wrote rows before V12: the plain chain only. */
    private void plainRow(long seq, String actor) {
        String prev = jdbc.sql("SELECT last_hash FROM audit_head WHERE id = 1").query(String.class).single();
        Instant at = Instant.parse("2026-04-01T00:00:00Z").plusSeconds(seq);
        AuditEntry e = AuditEntry.of(actor, "RECEIVE", null);
        String hash = AuditChain.hash(seq, at, e, prev);
        jdbc.sql("INSERT INTO audit_event (seq, occurred_at, actor, action, prev_hash, row_hash) VALUES (?, ?, ?, ?, ?, ?)")
                .params(seq, Jdbc.ts(at), actor, "RECEIVE", prev, hash).update();
        jdbc.sql("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1").params(seq, hash).update();
    }

    @Test
    void oldRowsVerifyUnderThePlainChainAndNewRowsAreSealedWithTheActiveKey() {
        migrate("11");
        plainRow(1, "clerk");
        plainRow(2, "clerk");
        migrate("latest");

        JdbcAuditTrail k1 = trail("k1", "k1");
        assertThat(k1.head().sealedFrom()).isEqualTo(3);
        k1.append(AuditEntry.of("clerk", "APPROVE", null));
        JdbcAuditTrail rotated = trail("k2", "k1", "k2");
        rotated.append(AuditEntry.of("clerk", "APPROVE", null));

        assertThat(rotated.row(1).orElseThrow().seal()).isNull();
        assertThat(rotated.row(3).orElseThrow().sealKey()).isEqualTo("k1");
        assertThat(rotated.row(4).orElseThrow().sealKey()).isEqualTo("k2");
        AuditVerification result = rotated.verify();
        assertThat(result.intact()).as(String.valueOf(result.problem())).isTrue();
        assertThat(result.rowsChecked()).isEqualTo(4);

        assertThat(trail("k2", "k2").verify().findings()).extracting(AuditFinding::text).singleElement()
                .satisfies(t -> assertThat(t).startsWith("BROKEN at row 3 (APPROVE by clerk): sealed with key 'k1',"
                        + " which is not configured"));
    }

    @Test
    void aRechainedOldRowIsCaughtByTheFirstSealedRow() {
        migrate("11");
        plainRow(1, "clerk");
        migrate("latest");
        JdbcAuditTrail trail = trail("k1", "k1");
        trail.append(AuditEntry.of("clerk", "APPROVE", null));

        // Rewrite the old row and recompute both plain hashes and the head, as a database writer can.
        jdbc.sql("UPDATE audit_event SET actor = 'mallory' WHERE seq = 1").update();
        String prev = AuditChain.GENESIS;
        for (long seq = 1; seq <= 2; seq++) {
            var row = trail.row(seq).orElseThrow();
            String hash = AuditChain.hash(seq, row.at(), row.entry(), prev);
            jdbc.sql("UPDATE audit_event SET prev_hash = ?, row_hash = ? WHERE seq = ?").params(prev, hash, seq).update();
            jdbc.sql("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1").params(seq, hash).update();
            prev = hash;
        }

        assertThat(trail.verify().findings()).extracting(AuditFinding::text).singleElement()
                .satisfies(t -> assertThat(t).startsWith("BROKEN at row 2 (APPROVE by clerk): seal does not match"));
    }
}
