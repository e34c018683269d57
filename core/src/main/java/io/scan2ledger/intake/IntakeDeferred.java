package io.scan2ledger.intake;

/**
 * The file could not be taken now (the document store cannot be written: disk full, share gone)
 * and was left exactly where it was. Nothing was recorded; the next poll tries again. Already
 * logged once by intake, so a folder route may retry it quietly; an upload answers "try again".
 */
public class IntakeDeferred extends RuntimeException {

    public IntakeDeferred(String message, Throwable cause) {
        super(message, cause);
    }
}
