package io.scan2ledger.bots.web;

import java.util.List;

/**
 * Why a record's attempt stopped before it was done. Each kind asks for a different next move;
 * messages name screens, steps and message codes, never values.
 */
abstract sealed class Interruption extends Exception {

    private Interruption(String reason, Throwable cause) {
        super(reason, cause, false, false);
    }

    /** The login screen came back: log in again and restart the record from its search. */
    static final class SessionExpired extends Interruption {
        SessionExpired(String reason) {
            super(reason, null);
        }
    }

    /**
     * The ledger would not let the bot in (wrong password, locked account). Not retried: repeated
     * failed logins can lock the bot's account for everyone.
     */
    static final class LoginRefused extends Interruption {
        LoginRefused(String reason) {
            super(reason, null);
        }
    }

    /** An error page, a timeout, a stale element, a lost connection: try the record again later. */
    static final class Transient extends Interruption {
        Transient(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    /** The ledger showed its error messages: the values are refused; trying again cannot help. */
    static final class Refused extends Interruption {

        private final String screen;
        private final List<String> codes;

        Refused(String screen, List<String> codes) {
            super("the ledger refused the entry on " + screen + ": " + String.join(", ", codes), null);
            this.screen = screen;
            this.codes = List.copyOf(codes);
        }

        String screen() {
            return screen;
        }

        List<String> codes() {
            return codes;
        }
    }
}
