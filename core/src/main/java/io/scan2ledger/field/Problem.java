package io.scan2ledger.field;

/**
 * Something wrong or doubtful about a field's value, in Japanese and English for the supervisor.
 *
 * @param code     stable identifier, e.g. {@code MY_NUMBER_CHECK_DIGIT}, {@code ERA_YEAR_OUT_OF_RANGE}
 * @param severity INVALID: the value is wrong and cannot go to a ledger as it is;
 *                 REVIEW: the value may be right but a person must confirm it
 */
public record Problem(String code, Severity severity, String ja, String en) {

    public enum Severity { INVALID, REVIEW }

    public static Problem invalid(String code, String ja, String en) {
        return new Problem(code, Severity.INVALID, ja, en);
    }

    public static Problem review(String code, String ja, String en) {
        return new Problem(code, Severity.REVIEW, ja, en);
    }
}
