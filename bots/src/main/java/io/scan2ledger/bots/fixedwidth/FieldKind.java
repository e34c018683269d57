package io.scan2ledger.bots.fixedwidth;

/** How a field's value is converted, aligned and padded. Every width counts bytes in Windows-31J. */
public enum FieldKind {
    /** Half-width text (ASCII, half-width kana), left-aligned, padded with spaces; full-width ASCII is narrowed. */
    ALPHANUMERIC,
    /** A whole number ≥ 0, right-aligned, padded with zeros; commas are dropped. */
    NUMERIC,
    /** Full-width text, 2 bytes a character, left-aligned, padded with U+3000; half-width input is widened. */
    KANJI,
    /** Same as {@link #KANJI}, under the name some layouts use. */
    ZENKAKU,
    /** Half-width katakana, 1 byte a character: full-width katakana and hiragana are narrowed, ガ becomes ｶﾞ. */
    HANKAKU_KANA,
    /** A date given as yyyy-MM-dd, written in the layout's date pattern, left-aligned, padded with spaces. */
    DATE;

    boolean isFullWidth() {
        return this == KANJI || this == ZENKAKU;
    }
}
