package io.scan2ledger.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Checkpoints of the chain head outside the database, and the check of the trail against them.
 * A rewrite that recomputes every hash, or rows cut off the end with the head moved back, leaves a
 * chain that is consistent in itself; only a copy of the head kept elsewhere shows it. Each
 * checkpoint goes to the checkpoint file (sealed) and, as {@code audit.checkpoint}, to the log stream.
 */
public final class AuditCheckpoints {

    private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);

    private final CheckpointLog file;
    private final AuditTrail trail;
    private final AuditSeal seal;
    private final Clock clock;

    public AuditCheckpoints(CheckpointLog file, AuditTrail trail, AuditSeal seal, Clock clock) {
        this.file = file;
        this.trail = trail;
        this.seal = seal;
        this.clock = clock;
    }

    /**
     * Checkpoints the current head, unless it contradicts the last checkpoint (fewer rows, or the
     * checkpointed row changed): writing it would make the cut or the rewrite the new baseline.
     */
    public Optional<AuditCheckpoint> write(String by) {
        AuditHead head = trail.head();
        Optional<AuditCheckpoint> last = recorded().checkpoints().stream().reduce((a, b) -> b);
        if (last.isPresent() && !contradictions(last.get(), head.seq(), head.sealedFrom()).isEmpty()) {
            log.error("audit.checkpoint.refused rows={} lastCheckpointRows={} by={}: run ./scan2ledger audit verify",
                    head.seq(), last.get().rows(), by);
            return Optional.empty();
        }
        AuditCheckpoint checkpoint = AuditCheckpoint.sealed(clock.instant(), head.seq(), head.hash(),
                head.sealedFrom(), by, seal);
        file.append(checkpoint.line());
        log.info("audit.checkpoint head={} rows={} sealedFrom={} by={}", head.hash(), head.seq(), head.sealedFrom(), by);
        return Optional.of(checkpoint);
    }

    /** What the checkpoint file says, and the lines that are not (or no longer) valid checkpoints. */
    public record Recorded(List<AuditCheckpoint> checkpoints, List<AuditFinding> findings) {
    }

    public Recorded recorded() {
        List<AuditCheckpoint> valid = new ArrayList<>();
        List<AuditFinding> findings = new ArrayList<>();
        List<String> lines = file.lines();
        for (int i = 0; i < lines.size(); i++) {
            int n = i + 1;
            Optional<AuditCheckpoint> parsed = AuditCheckpoint.parse(lines.get(i));
            if (parsed.isEmpty()) {
                findings.add(AuditFinding.of("checkpoint line " + n + " is not a checkpoint (altered)"
                        + " / チェックポイントの " + n + " 行目が読めません"));
                continue;
            }
            AuditCheckpoint c = parsed.get();
            switch (c.check(seal)) {
                case VALID -> valid.add(c);
                case UNKNOWN_KEY -> findings.add(AuditFinding.of("checkpoint line " + n + " (" + c.at()
                        + ") is sealed with key '" + c.keyId() + "', which is not configured / チェックポイントの鍵がありません"));
                case INVALID -> findings.add(AuditFinding.of("checkpoint line " + n + " (" + c.at()
                        + ") does not match its seal (altered) / チェックポイントの " + n + " 行目が改ざんされています"));
            }
        }
        return new Recorded(valid, findings);
    }

    /** The walked chain against every valid checkpoint: cut ends, re-chained rows, a moved cut-over. */
    public List<AuditFinding> check(AuditVerification walked) {
        Recorded recorded = recorded();
        List<AuditFinding> findings = new ArrayList<>(recorded.findings());
        // A cut end is named once, against the checkpoint with the most rows.
        recorded.checkpoints().stream().filter(c -> c.rows() > walked.lastSeq())
                .max(Comparator.comparingLong(AuditCheckpoint::rows))
                .ifPresent(c -> findings.add(new AuditFinding(walked.lastSeq() + 1, null, "rows after "
                        + walked.lastSeq() + " missing: the last checkpoint (" + c.at() + ") has " + c.rows()
                        + " rows / 監査ログの末尾 " + (walked.lastSeq() + 1) + "–" + c.rows() + " 行が削除されています")));
        recorded.checkpoints().stream().filter(c -> c.rows() <= walked.lastSeq())
                .map(c -> contradictions(c, walked.lastSeq(), walked.sealedFrom()))
                .filter(f -> !f.isEmpty()).findFirst().ifPresent(findings::addAll);
        return findings;
    }

    /** How the trail now differs from one checkpoint; empty when it still extends it. */
    private List<AuditFinding> contradictions(AuditCheckpoint c, long lastSeq, long sealedFrom) {
        List<AuditFinding> out = new ArrayList<>();
        if (c.sealedFrom() != sealedFrom) {
            out.add(AuditFinding.of("sealing began at row " + c.sealedFrom() + " by the checkpoint of " + c.at()
                    + ", the database now says " + sealedFrom + " (cut-over moved) / 封印開始行が書き換えられています"));
        }
        if (c.rows() > lastSeq) {
            out.add(AuditFinding.of("the chain has " + lastSeq + " rows, the checkpoint of " + c.at() + " had "
                    + c.rows() + " / 行が削除されています"));
        } else if (c.rows() > 0) {
            // A missing checkpointed row is already named by the walk (MISSING rows ...).
            trail.row(c.rows()).filter(r -> !r.hash().equals(c.head())).ifPresent(r -> out.add(new AuditFinding(
                    r.seq(), r.entry().documentId(), "row " + r.seq() + " is not the row checkpointed at " + c.at()
                    + ": the trail up to it was rewritten (re-chained) / チェックポイント後に書き換えられています")));
        }
        return out;
    }
}
