package io.scan2ledger.bots.support;

import io.scan2ledger.ledger.KeyingOutcome;
import io.scan2ledger.ledger.LedgerRecord;
import io.scan2ledger.ledger.LedgerSession;
import io.scan2ledger.ledger.LedgerUnavailable;
import java.util.ArrayList;
import java.util.List;

/** What the batch does with one session, for bot tests: key each record, commit, take the read-back's outcomes. */
public final class Sessions {

    private Sessions() {
    }

    /** The final outcome of each record, in order; closes the session. */
    public static List<KeyingOutcome> keyCommitAndVerify(LedgerSession opened, List<LedgerRecord> records)
            throws LedgerUnavailable {
        List<KeyingOutcome> outcomes = new ArrayList<>();
        try (LedgerSession session = opened) {
            for (LedgerRecord r : records) {
                outcomes.add(session.key(r));
            }
            session.commit();
            for (int i = 0; i < records.size(); i++) {
                outcomes.set(i, session.verified().getOrDefault(records.get(i).documentId(), outcomes.get(i)));
            }
        }
        return outcomes;
    }
}
