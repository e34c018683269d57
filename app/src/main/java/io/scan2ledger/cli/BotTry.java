package io.scan2ledger.cli;

import io.scan2ledger.bots.web.BotDefinition;
import io.scan2ledger.bots.web.WebBotSettings;
import io.scan2ledger.bots.web.WebLedgerBot;
import io.scan2ledger.ledger.KeyingOutcome;
import io.scan2ledger.ledger.LedgerRecord;
import io.scan2ledger.ledger.LedgerSession;
import io.scan2ledger.ledger.LedgerUnavailable;
import io.scan2ledger.ledger.RunContext;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;

/**
 * {@code bot try}: one record through a web bot against the real ledger, each step printed as it
 * ends with its time (kind and element id, never a value), then the outcome. Search first, verify
 * last, as in a batch: a record already in the ledger is not keyed again. The document's own state
 * in scan2ledger is not changed.
 */
final class BotTry {

    private BotTry() {
    }

    /** 0 when the record is keyed, already present or (dry run) would be keyed; 1 otherwise. */
    static int run(BotDefinition definition, LedgerRecord record, WebBotSettings settings, Path evidence,
                   boolean dryRun, PrintStream out) {
        long start = System.nanoTime();
        WebLedgerBot bot = new WebLedgerBot(definition, settings.withTrace((phase, step, millis) ->
                out.printf("%-10s %-64s %6d ms%n", phase, step, millis)));
        KeyingOutcome outcome;
        try (LedgerSession session = bot.open(new RunContext(0, Instant.now(), dryRun, evidence))) {
            outcome = session.key(record);
            session.commit();
        } catch (LedgerUnavailable e) {
            out.println("ledger unavailable: " + e.getMessage());
            return 1;
        }
        out.printf("%s document %d in %d ms: %s%n", definition.id(), record.documentId(),
                (System.nanoTime() - start) / 1_000_000, describe(outcome));
        return outcome instanceof KeyingOutcome.Failed ? 1 : 0;
    }

    private static String describe(KeyingOutcome outcome) {
        if (outcome instanceof KeyingOutcome.Failed f) {
            return "FAILED " + f.cause() + (f.retryable() ? " (retryable)" : "") + ": " + f.reason()
                    + (f.evidence().isEmpty() ? "" : "; evidence: " + f.evidence());
        }
        return outcome.toString();
    }
}
