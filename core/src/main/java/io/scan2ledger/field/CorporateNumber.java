package io.scan2ledger.field;

/**
 * {@code corporate-number}: the 13-digit corporate number (法人番号), whose FIRST digit is the
 * check digit. Spaces or hyphens between digit groups are dropped. Text and value: the 13 digits.
 */
public final class CorporateNumber extends CheckDigitField {

    public CorporateNumber() {
        super("corporate-number", "CORPORATE_NUMBER", 13,
                new Bilingual("法人番号", "corporate number"), new Bilingual("最初", "first"),
                CorporateNumber::isValidCorporateNumber);
    }

    /** Whether {@code digits} is 13 ASCII digits whose first one is the right check digit. */
    public static boolean isValidCorporateNumber(String digits) {
        return isDigits(digits, 13) && checkDigit(digits.substring(1)) == digits.charAt(0);
    }

    /**
     * The check digit for the last 12 digits (法人番号の検査用数字): 9 − (Σ P_n × Q_n mod 9), P_n the
     * n-th digit from the right, Q_n = 1 for odd n and 2 for even n. It is never 0.
     *
     * @throws IllegalArgumentException unless {@code last12} is exactly 12 ASCII digits
     */
    public static char checkDigit(String last12) {
        int sum = weightedSumFromRight(requireDigits(last12, 12), n -> n % 2 == 1 ? 1 : 2);
        return (char) ('0' + 9 - sum % 9);
    }
}
