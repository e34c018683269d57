package io.scan2ledger.certainty;

/**
 * Field types that fail alike share one fitted model: a model per type would see too few errors
 * of the rarer types (a 郵便番号 is on one form in four) to learn anything. Thresholds stay per type.
 */
public enum TypeGroup {
    /** Boxed or printed digits: codes, numbers, phone numbers, money. */
    DIGITS,
    /** Names and their kana reading. */
    NAME,
    /** Dates in an era or the Western calendar. */
    DATE,
    /** Free text: addresses, facility names, notes. */
    TEXT,
    /** A value from the form's options, written out. */
    CHOICE,
    /** Tick boxes and groups of them. */
    TICK;

    public static TypeGroup of(String fieldType) {
        return switch (fieldType) {
            case "name", "kana" -> NAME;
            case "era-date" -> DATE;
            case "text" -> TEXT;
            case "choice" -> CHOICE;
            case "checkbox", "checkbox-group" -> TICK;
            default -> DIGITS;
        };
    }
}
