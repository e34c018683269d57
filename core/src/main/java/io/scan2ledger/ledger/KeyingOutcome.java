package io.scan2ledger.ledger;

import java.nio.file.Path;
import java.util.List;

/** What happened to one record in a ledger. */
public sealed interface KeyingOutcome {

    /** Keyed now, and read back equal to the record; {@code ledgerRef} is what the ledger calls it (台帳番号, row number, file and line). */
    record Keyed(String ledgerRef) implements KeyingOutcome {
    }

    /** The ledger already held the key with the record's values: linked to the existing entry, nothing keyed again. */
    record AlreadyPresent(String ledgerRef) implements KeyingOutcome {
    }

    /** Trial run: everything was filled in, the final submit was not made. */
    record WouldKey(String summary) implements KeyingOutcome {
    }

    /**
     * Not keyed, or keyed but not as approved. {@code reason} is for the run report (Japanese / English,
     * field names, never field values); {@code evidence} holds screenshots and page HTML; {@code retryable}
     * is true only for {@link Cause#SYSTEM_ERROR}: for every other cause a person has to look.
     */
    record Failed(String reason, List<Path> evidence, boolean retryable, Cause cause) implements KeyingOutcome {

        /** Why a record failed; decides whether the batch tries again or sends the document to review. */
        public enum Cause {
            /** The ledger or the bot's connection to it failed (error page, timeout, outage): tried again. */
            SYSTEM_ERROR,
            /** The ledger refused the values (its own checks, a value it cannot hold). */
            REFUSED,
            /** Keyed, but what the ledger holds differs from the approved record (the fields are named). */
            VERIFY_MISMATCH,
            /** The ledger holds a different record under this record's key. */
            KEY_CONFLICT
        }

        public Failed {
            evidence = List.copyOf(evidence);
            if (retryable != (cause == Cause.SYSTEM_ERROR)) {
                throw new IllegalArgumentException("only a system error is retryable: " + cause);
            }
        }

        /** A system error when {@code retryable}, otherwise a refusal. */
        public Failed(String reason, List<Path> evidence, boolean retryable) {
            this(reason, evidence, retryable, retryable ? Cause.SYSTEM_ERROR : Cause.REFUSED);
        }

        /** Read back after keying, the ledger holds something else in {@code fields} (names, never values). */
        public static Failed verifyMismatch(List<String> fields, List<Path> evidence) {
            return new Failed("VERIFY_MISMATCH(" + String.join(",", fields) + ") 読み戻した値が承認済みの値と異なります"
                    + " / read back differs from the approved record", evidence, false, Cause.VERIFY_MISMATCH);
        }

        /** The key is taken by a record that differs in {@code fields}; {@code ledgerRef} is that entry. */
        public static Failed keyConflict(String ledgerRef, List<String> fields, List<Path> evidence) {
            return new Failed("KEY_CONFLICT(" + String.join(",", fields) + ") 同じ受付番号で別の内容が登録済みです（"
                    + ledgerRef + "） / the ledger holds a different record under this key (" + ledgerRef + ")",
                    evidence, false, Cause.KEY_CONFLICT);
        }
    }
}
