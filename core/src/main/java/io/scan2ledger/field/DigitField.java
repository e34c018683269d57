package io.scan2ledger.field;

import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * What the digit-only types share: digit groups split by spaces or dashes, and a digit count. A
 * value with any other character, or the wrong count, gets the type's one INVALID problem; its
 * text is then the digits when they could be read, else the normalised input.
 */
abstract class DigitField extends NormalizedFieldType {

    static final String DIGITS = "0123456789";

    private final int minDigits;
    private final int maxDigits;
    private final Problem malformed;

    DigitField(String id, int minDigits, int maxDigits, Problem malformed) {
        super(id);
        this.minDigits = minDigits;
        this.maxDigits = maxDigits;
        this.malformed = malformed;
    }

    @Override
    final Parsed read(String text, List<String> options) {
        String digits = Normalize.separatedDigits(withoutMarks(text));
        if (digits == null) {
            return Parsed.invalid(text, malformed);
        }
        if (digits.length() < minDigits || digits.length() > maxDigits) {
            return Parsed.invalid(digits, malformed);
        }
        return readDigits(digits);
    }

    /** Removes a mark the type tolerates around the number (the postal mark 〒). */
    String withoutMarks(String text) {
        return text;
    }

    /** The result for digits of the right count; a type with a check digit overrides this. */
    Parsed readDigits(String digits) {
        return Parsed.ok(digits, digits);
    }

    @Override
    public String ocrWhitelist() {
        return DIGITS;
    }

    /**
     * Σ P_n × weight(n) for n = 1..length, where P_n is the n-th digit counted from the right: the
     * form in which both official check-digit formulas (My Number, corporate number) are written.
     */
    static int weightedSumFromRight(String digits, IntUnaryOperator weight) {
        int sum = 0;
        for (int n = 1; n <= digits.length(); n++) {
            sum += (digits.charAt(digits.length() - n) - '0') * weight.applyAsInt(n);
        }
        return sum;
    }

    /** Rejects a helper argument that is not exactly {@code count} ASCII digits (a caller's bug). */
    static String requireDigits(String digits, int count) {
        if (!isDigits(digits, count)) {
            throw new IllegalArgumentException("expected exactly " + count + " ASCII digits");
        }
        return digits;
    }

    static boolean isDigits(String digits, int count) {
        return digits != null && digits.length() == count && digits.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
