package io.scan2ledger.bots.web;

/** A bot definition that cannot be used, as {@code file: yaml.path: problem}. */
public class DefinitionException extends RuntimeException {

    public DefinitionException(String message) {
        super(message);
    }

    public DefinitionException(String message, Throwable cause) {
        super(message, cause);
    }
}
