package io.scan2ledger.field;

/** {@code branch-code}: the 3-digit branch code (支店コード / 店番). */
public final class BranchCode extends DigitField {

    public BranchCode() {
        super("branch-code", 3, 3, Problem.invalid("BRANCH_CODE",
                "支店コード（店番）は3桁の数字です。",
                "A branch code has exactly 3 digits."));
    }
}
