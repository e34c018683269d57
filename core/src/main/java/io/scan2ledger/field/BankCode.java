package io.scan2ledger.field;

/** {@code bank-code}: the 4-digit financial institution code (金融機関コード). */
public final class BankCode extends DigitField {

    public BankCode() {
        super("bank-code", 4, 4, Problem.invalid("BANK_CODE",
                "金融機関コードは4桁の数字です。",
                "A bank code has exactly 4 digits."));
    }
}
