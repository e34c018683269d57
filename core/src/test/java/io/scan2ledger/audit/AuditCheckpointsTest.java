package io.scan2ledger.audit;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AuditCheckpointsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T03:00:00Z"), ZoneOffset.UTC);

    /** The trail as a database holds it: rows and a head that anyone with write access may change. */
    private static final class Trail implements AuditTrail {
        List<AuditRecord> rows;
        long sealedFrom = 1;

        Trail(List<AuditRecord> rows) {
            this.rows = rows;
        }

        @Override
        public AuditRecord append(AuditEntry entry) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<AuditRecord> historyOf(long documentId) {
            return List.of();
        }

        @Override
        public List<AuditRecord> recent(int limit) {
            return List.of();
        }

        @Override
        public Optional<AuditRecord> row(long seq) {
            return rows.stream().filter(r -> r.seq() == seq).findFirst();
        }

        @Override
        public AuditHead head() {
            AuditRecord last = rows.get(rows.size() - 1);
            return new AuditHead(last.seq(), last.hash(), sealedFrom);
        }

        @Override
        public AuditVerification verify() {
            return AuditChain.verify(rows.iterator(), sealedFrom, AuditChainTest.K1);
        }
    }

    private static final class Lines implements CheckpointLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public void append(String line) {
            lines.add(line);
        }

        @Override
        public List<String> lines() {
            return List.copyOf(lines);
        }
    }

    private final Trail trail = new Trail(AuditChainTest.chain(152, 1, AuditChainTest.K1));
    private final Lines file = new Lines();
    private final AuditCheckpoints checkpoints = new AuditCheckpoints(file, trail, AuditChainTest.K1, CLOCK);

    private List<AuditFinding> check() {
        AuditVerification walked = trail.verify();
        return walked.with(checkpoints.check(walked)).findings();
    }

    @Test
    void aCheckpointIsOneSealedLineThatReadsBack() {
        AuditCheckpoint written = checkpoints.write("schedule").orElseThrow();
        assertThat(file.lines).singleElement().satisfies(l -> assertThat(l)
                .startsWith("at=2026-12-07T03:00:00Z rows=152 head=" + trail.rows.get(151).hash()
                        + " sealedFrom=1 by=schedule key=k1 mac="));
        assertThat(checkpoints.recorded().checkpoints()).containsExactly(written);
        assertThat(check()).isEmpty();
    }

    @Test
    void aCutEndIsNamedAgainstTheLastCheckpoint() {
        checkpoints.write("schedule");
        trail.rows = new ArrayList<>(trail.rows.subList(0, 140)); // and the head moved back with them
        assertThat(trail.verify().intact()).as("consistent in itself").isTrue();
        assertThat(check()).extracting(AuditFinding::text).singleElement().satisfies(t -> assertThat(t)
                .startsWith("rows after 140 missing: the last checkpoint (2026-12-07T03:00:00Z) has 152 rows"));
        assertThat(checkpoints.write("schedule")).as("a cut is never made the new baseline").isEmpty();
        assertThat(file.lines).hasSize(1);
    }

    @Test
    void aRechainWithTheKeyIsStillFoundAgainstTheCheckpoint() {
        checkpoints.write("verify");
        // Someone holding the key too: re-chain and re-seal from row 10 on.
        List<AuditRecord> forged = AuditChainTest.rechained(trail.rows, 9, "mallory");
        List<AuditRecord> resealed = new ArrayList<>();
        for (AuditRecord r : forged) {
            resealed.add(new AuditRecord(r.seq(), r.at(), r.entry(), r.prevHash(), r.hash(), "k1",
                    AuditChainTest.K1.seal(r.hash())));
        }
        trail.rows = resealed;
        assertThat(check()).extracting(AuditFinding::text).singleElement().satisfies(t -> assertThat(t)
                .startsWith("row 152 is not the row checkpointed at 2026-12-07T03:00:00Z"));
    }

    @Test
    void anEditedCheckpointLineAndAMovedCutOverAreFound() {
        checkpoints.write("schedule");
        file.lines.set(0, file.lines.get(0).replace("rows=152", "rows=140"));
        assertThat(check()).extracting(AuditFinding::text).singleElement()
                .satisfies(t -> assertThat(t).startsWith("checkpoint line 1 (2026-12-07T03:00:00Z) does not match its seal"));

        file.lines.clear();
        checkpoints.write("schedule");
        trail.sealedFrom = 200;
        assertThat(check()).extracting(AuditFinding::text).anySatisfy(t -> assertThat(t)
                .startsWith("sealing began at row 1 by the checkpoint of 2026-12-07T03:00:00Z, the database now says 200"));
    }

    @Test
    void anOldKeyStillVerifiesItsCheckpoints() {
        checkpoints.write("schedule");
        AuditCheckpoints rotated = new AuditCheckpoints(file, trail, AuditChainTest.seal("k2", "k1", "k2"), CLOCK);
        rotated.write("schedule");
        assertThat(rotated.recorded().checkpoints()).extracting(AuditCheckpoint::keyId).containsExactly("k1", "k2");
        assertThat(new AuditCheckpoints(file, trail, AuditChainTest.seal("k2", "k2"), CLOCK).recorded().findings())
                .extracting(AuditFinding::text).singleElement()
                .satisfies(t -> assertThat(t).contains("key 'k1', which is not configured"));
    }
}
