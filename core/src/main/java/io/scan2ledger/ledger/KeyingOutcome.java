package io.scan2ledger.ledger;

import java.nio.file.Path;
import java.util.List;

/** What happened to one record in a ledger. */
public sealed interface KeyingOutcome {

    /** Keyed now; {@code ledgerRef} is what the ledger calls it (台帳番号, row number, file and line). */
    record Keyed(String ledgerRef) implements KeyingOutcome {
    }

    /** The ledger already held the key: linked to the existing entry, nothing keyed again. */
    record AlreadyPresent(String ledgerRef) implements KeyingOutcome {
    }

    /** Trial run: everything was filled in, the final submit was not made. */
    record WouldKey(String summary) implements KeyingOutcome {
    }

    /**
     * Not keyed. {@code reason} is for the run report (Japanese / English, no field values);
     * {@code evidence} holds screenshots and page HTML; {@code retryable} is false only when
     * retrying cannot help (the ledger refused the values).
     */
    record Failed(String reason, List<Path> evidence, boolean retryable) implements KeyingOutcome {
        public Failed {
            evidence = List.copyOf(evidence);
        }
    }
}
