package io.scan2ledger.field;

/**
 * How one kind of field (an era date, a My Number, a kana name...) turns raw text, as OCR or a
 * person produced it, into a normalised, typed value. Implementations are pure and thread-safe.
 */
public interface FieldType {

    /** The name used in template.yaml, e.g. {@code era-date}. */
    String id();

    /**
     * Normalises and checks raw text. Never throws for bad input: a value that cannot be read is
     * returned with an INVALID problem. Blank input gives {@link Parsed#empty()} (whether a field
     * may be empty is the template's "required", not the type's business); the one exception is
     * {@code checkbox}, where blank is an unticked box and reads {@code false}.
     *
     * @param raw     text as read (may hold full-width characters, stray spaces, OCR noise); null
     *                counts as blank
     * @param options the option values of a checkbox group or choice when the type needs them, else
     *                empty (null counts as empty)
     */
    Parsed parse(String raw, java.util.List<String> options);

    default Parsed parse(String raw) {
        return parse(raw, java.util.List.of());
    }

    /**
     * Characters Tesseract may return for this type (a whitelist), or null for no restriction.
     * Used when the template does not give its own.
     */
    default String ocrWhitelist() {
        return null;
    }
}
