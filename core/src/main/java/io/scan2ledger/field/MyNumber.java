package io.scan2ledger.field;

/**
 * {@code my-number}: the 12-digit individual number (個人番号). Spaces or hyphens between digit
 * groups are dropped; the last digit must be the check digit of the official formula. Text and
 * value: the 12 digits.
 */
public final class MyNumber extends CheckDigitField {

    public MyNumber() {
        super("my-number", "MY_NUMBER", 12,
                new Bilingual("個人番号（マイナンバー）", "My Number"), new Bilingual("最後", "last"),
                MyNumber::isValidMyNumber);
    }

    /** Whether {@code digits} is 12 ASCII digits whose last one is the right check digit. */
    public static boolean isValidMyNumber(String digits) {
        return isDigits(digits, 12) && checkDigit(digits.substring(0, 11)) == digits.charAt(11);
    }

    /**
     * The check digit for the first 11 digits (個人番号の検査用数字): remainder = Σ P_n × Q_n mod 11,
     * P_n the n-th digit from the right, Q_n = n + 1 for n ≤ 6 and n − 5 for 7 ≤ n ≤ 11; the digit
     * is 0 when the remainder is 0 or 1, else 11 − remainder.
     *
     * @throws IllegalArgumentException unless {@code first11} is exactly 11 ASCII digits
     */
    public static char checkDigit(String first11) {
        int remainder = weightedSumFromRight(requireDigits(first11, 11), n -> n <= 6 ? n + 1 : n - 5) % 11;
        return (char) ('0' + (remainder <= 1 ? 0 : 11 - remainder));
    }
}
