package io.scan2ledger.field;

/** {@code digits}: any number of digits (at least one), e.g. a 世帯番号 or a count. */
public final class Digits extends DigitField {

    public Digits() {
        super("digits", 1, Integer.MAX_VALUE, Problem.invalid("DIGITS",
                "数字だけで記入してください。",
                "Only digits are allowed."));
    }
}
