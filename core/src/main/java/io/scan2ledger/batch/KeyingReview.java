package io.scan2ledger.batch;

import io.scan2ledger.field.Problem;
import io.scan2ledger.ledger.KeyingOutcome.Failed.Cause;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Why the batch sent a document back to review: a note on the document (as the review screen
 * shows notes) per bot whose keying needs a person. The texts name the bot and carry the bot's
 * reason, which names fields and columns but never values.
 */
final class KeyingReview {

    static final String KEYING_REFUSED = "KEYING_REFUSED";
    static final String VERIFY_MISMATCH = "VERIFY_MISMATCH";
    static final String KEY_CONFLICT = "KEY_CONFLICT";
    private static final Set<String> CODES = Set.of(KEYING_REFUSED, VERIFY_MISMATCH, KEY_CONFLICT);

    private KeyingReview() {
    }

    /** The note for a failure a person has to look at; null for a system error, which is simply retried. */
    static Problem note(String botId, Cause cause, String why) {
        String reason = why == null ? "-" : why;
        String detail = "（" + botId + "）: " + reason;
        return switch (cause) {
            case SYSTEM_ERROR -> null;
            case REFUSED -> Problem.review(KEYING_REFUSED,
                    "台帳が入力を受け付けませんでした。内容を確認して再度承認してください" + detail,
                    "The ledger refused the record. Check it and approve again (" + botId + "): " + reason);
            case VERIFY_MISMATCH -> Problem.review(VERIFY_MISMATCH,
                    "台帳から読み戻した内容が承認済みの内容と異なります。台帳を確認して再度承認してください" + detail,
                    "What the ledger holds after keying differs from the approved record. Check the ledger, then"
                            + " approve again (" + botId + "): " + reason);
            case KEY_CONFLICT -> Problem.review(KEY_CONFLICT,
                    "台帳には同じ受付番号で別の内容が登録されています。台帳を確認して再度承認してください" + detail,
                    "The ledger holds a different record under this key. Check the ledger, then approve again ("
                            + botId + "): " + reason);
        };
    }

    /**
     * The cause of a stored failure, for keying records written before the cause was kept apart:
     * the bots' reasons for a mismatch or a conflict start with its code.
     */
    static Cause causeOf(Keying failed) {
        if (failed.retryable()) {
            return Cause.SYSTEM_ERROR;
        }
        String reason = failed.reason() == null ? "" : failed.reason();
        return reason.startsWith(VERIFY_MISMATCH + "(") ? Cause.VERIFY_MISMATCH
                : reason.startsWith(KEY_CONFLICT + "(") ? Cause.KEY_CONFLICT : Cause.REFUSED;
    }

    /** {@code notes} with {@code note} added; the same note from an earlier run is not repeated. */
    static List<Problem> with(List<Problem> notes, Problem note) {
        List<Problem> out = new ArrayList<>(notes.stream().filter(n -> !n.equals(note)).toList());
        out.add(note);
        return out;
    }

    /** {@code notes} without the batch's own: once keyed, they no longer hold. */
    static List<Problem> without(List<Problem> notes) {
        return notes.stream().filter(n -> !CODES.contains(n.code())).toList();
    }
}
