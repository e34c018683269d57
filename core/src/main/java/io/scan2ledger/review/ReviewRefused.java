package io.scan2ledger.review;

/**
 * A review action that cannot be done, with the reason in Japanese and English for the screen.
 * {@code code} is stable for the API (e.g. {@code INVALID_FIELDS}, {@code SAME_APPROVER}).
 */
public class ReviewRefused extends RuntimeException {

    private final String code;
    private final String ja;

    public ReviewRefused(String code, String ja, String en) {
        super(en);
        this.code = code;
        this.ja = ja;
    }

    public String code() {
        return code;
    }

    public String ja() {
        return ja;
    }

    public String en() {
        return getMessage();
    }
}
