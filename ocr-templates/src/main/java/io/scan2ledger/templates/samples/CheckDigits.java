package io.scan2ledger.templates.samples;

/** Check digits of Japan's official numbers, to make valid ones (and deliberately invalid ones). */
public final class CheckDigits {

    private CheckDigits() {
    }

    /**
     * The My Number (個人番号) check digit for its first 11 digits: remainder = Σ P_n × Q_n mod 11,
     * P_n the n-th digit from the right, Q_n = n+1 for n ≤ 6 and n−5 for n ≥ 7; the check digit is
     * 0 when the remainder is 0 or 1, else 11 − remainder.
     */
    public static int myNumber(String first11) {
        requireDigits(first11, 11);
        int sum = 0;
        for (int n = 1; n <= 11; n++) {
            int p = first11.charAt(11 - n) - '0';
            int q = n <= 6 ? n + 1 : n - 5;
            sum += p * q;
        }
        int remainder = sum % 11;
        return remainder <= 1 ? 0 : 11 - remainder;
    }

    public static boolean isValidMyNumber(String twelve) {
        return twelve != null && twelve.matches("\\d{12}")
                && myNumber(twelve.substring(0, 11)) == twelve.charAt(11) - '0';
    }

    /**
     * The corporate number (法人番号) check digit, written first, for the 12 digits after it:
     * 9 − (Σ P_n × Q_n mod 9), P_n the n-th digit from the right, Q_n = 1 for odd n and 2 for even.
     */
    public static int corporateNumber(String base12) {
        requireDigits(base12, 12);
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            sum += (base12.charAt(12 - n) - '0') * (n % 2 == 1 ? 1 : 2);
        }
        return 9 - sum % 9;
    }

    private static void requireDigits(String digits, int length) {
        if (digits == null || !digits.matches("\\d{" + length + "}")) {
            throw new IllegalArgumentException("expected " + length + " digits");
        }
    }
}
