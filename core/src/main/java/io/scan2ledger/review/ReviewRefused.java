package io.scan2ledger.review;

import java.util.List;

/**
 * A review action that cannot be done, with the reason in Japanese and English for the screen.
 * {@code code} is stable for the API (e.g. {@code INVALID_FIELDS}, {@code SAME_APPROVER});
 * {@code fields} names the fields the refusal is about, when it is about some.
 */
public class ReviewRefused extends RuntimeException {

    private final String code;
    private final String ja;
    private final List<String> fields;

    public ReviewRefused(String code, String ja, String en) {
        this(code, ja, en, List.of());
    }

    public ReviewRefused(String code, String ja, String en, List<String> fields) {
        super(en);
        this.code = code;
        this.ja = ja;
        this.fields = List.copyOf(fields);
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

    public List<String> fields() {
        return fields;
    }
}
