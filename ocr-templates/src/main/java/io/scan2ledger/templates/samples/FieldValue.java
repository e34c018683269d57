package io.scan2ledger.templates.samples;

/**
 * One field of a sample: what the applicant wrote on the form, and what a clerk should key from it
 * (the normalised ground truth, e.g. written 令和5年4月1日, expected 2023-04-01).
 */
public record FieldValue(String written, String expected) {

    public static final FieldValue EMPTY = new FieldValue("", "");
}
