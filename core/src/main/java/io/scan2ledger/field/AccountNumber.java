package io.scan2ledger.field;

/**
 * {@code account-number}: a bank account number (口座番号) of 1 to 7 digits, left-padded with
 * zeros to the 7 digits banks key (123 → 0000123).
 */
public final class AccountNumber extends DigitField {

    public AccountNumber() {
        super("account-number", 1, 7, Problem.invalid("ACCOUNT_NUMBER",
                "口座番号は7桁以内の数字です。",
                "An account number has at most 7 digits."));
    }

    @Override
    Parsed readDigits(String digits) {
        String padded = "0".repeat(7 - digits.length()) + digits;
        return Parsed.ok(padded, padded);
    }
}
