package io.scan2ledger.intake;

/**
 * An online-application export that cannot be taken, with the reason a clerk can act on
 * (an unknown column, no form, the encoding, broken JSON or CSV). The message is technical:
 * where in the file (a line, a column heading), never a value.
 */
public class UnreadableApplication extends IllegalArgumentException {

    private final QuarantineReason.Code code;

    public UnreadableApplication(QuarantineReason.Code code, String message) {
        super(message);
        this.code = code;
    }

    public QuarantineReason.Code code() {
        return code;
    }

    /** The reason for any refusal: the specific one, or "no application could be read". */
    static QuarantineReason reasonFor(IllegalArgumentException refused) {
        QuarantineReason.Code code = refused instanceof UnreadableApplication u ? u.code()
                : QuarantineReason.Code.NOT_AN_APPLICATION;
        return QuarantineReason.of(code, refused.getMessage());
    }
}
