package io.scan2ledger.web.review;

import java.util.List;

/**
 * The document page: the page images with the field zones, the document's notes, its fields
 * (those needing attention first) and what this reader may do.
 *
 * @param canCorrect  a supervisor, and the document still open to corrections
 * @param canApprove  a supervisor, the document waiting for review with a known form
 * @param chooseForm  the form is unknown: the supervisor picks it from {@code forms}
 * @param canReveal   a supervisor: may reveal a My Number (audited)
 * @param approvers   who approved so far (a four-eyes form waits for a second, different one)
 * @param unconfirmed flagged fields this reader has yet to confirm or correct before approving
 * @param corrections the first approver's corrections, for the second approver of a four-eyes form
 */
public record DocumentScreen(long id, String state, String stateLabel, String form, String channel, String received,
                             String age, boolean dvProtected, List<Message> notes, List<FieldRow> fields,
                             List<PageView> pages, long invalid, long toCheck, long unconfirmed, boolean canCorrect,
                             boolean canApprove, boolean canReject, boolean chooseForm, List<Choice> forms,
                             boolean canReveal, boolean canFlagDv, List<String> approvers,
                             List<CorrectionRow> corrections, List<HistoryRow> history) {

    /**
     * A problem or note in the reader's language; {@code severity} is {@code invalid} or {@code review}.
     * {@code full} is the whole text where {@code text} leaves out what the page lists beside it
     * (the page's script compares it with a re-validation's answer to see what changed).
     */
    public record Message(String code, String severity, String text, String full) {
        public Message(String code, String severity, String text) {
            this(code, severity, text, text);
        }
    }

    /**
     * One field. {@code shown} is the value as displayed (a My Number masked unless revealed), and
     * {@code pieces} the same with the characters in doubt marked; {@code input} pre-fills the
     * correction box ("" for a masked My Number: it is never sent back). {@code confidence} is the
     * calibrated probability as a percentage ("62.3%"); {@code doubt} says why a machine-read field
     * needing attention may be wrong, null otherwise. {@code confirm} is where this reader stands
     * with a flagged field: {@code todo} (to confirm), {@code done} (confirmed or corrected since it
     * was flagged), {@code reveal} (a hidden My Number: to reveal before confirming), or "" (nothing to confirm).
     */
    public record FieldRow(String name, String inputId, String label, String type, String shown,
                           List<WeakMarks.Piece> pieces, String input, String confidence, String method,
                           List<Message> problems, Doubt doubt, String status, boolean myNumber, boolean revealed,
                           boolean hasCrop, String confirm) {
    }

    /** A field another supervisor corrected, with its value now (a My Number masked unless revealed). */
    public record CorrectionRow(String field, String label, String actor, String at, String value) {
    }

    /**
     * Why a field may be wrong: the reasons in the reader's language and the models' other
     * readings; {@code choosable} when a button may put a reading into the correction box (a
     * supervisor, and not a hidden My Number, whose readings are shown masked).
     */
    public record Doubt(List<Message> reasons, List<String> alternatives, boolean choosable) {
    }

    /** One page image, {@code width} x {@code height} pixels, with the zones to draw over it. */
    public record PageView(int number, int width, int height, List<Zone> zones) {
    }

    public record Zone(String field, String inputId, int x, int y, int w, int h, String status) {
    }

    public record Choice(String id, String label) {
    }

    public record HistoryRow(String at, String actor, String action, String change, String detail) {
    }
}
