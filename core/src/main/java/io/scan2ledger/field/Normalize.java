package io.scan2ledger.field;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The clean-up every field type starts from, kept in one place so that the types (and the tools
 * that generate ground truth) agree on it to the character.
 */
public final class Normalize {

    /** After NFKC, U+3000 and no-break spaces are already U+0020; tabs and newlines remain. */
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

    /**
     * Characters that stand for a hyphen in numbers: the hyphen and dash family, the minus sign,
     * the box-drawing lines and the katakana long-vowel mark ー, which Japanese keyboards and OCR
     * both produce between digits. Full-width and small forms are already '-' after NFKC.
     */
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2043\\u2212\\u2500\\u2501\\u30FC]");

    /** Digits, optionally split into groups by spaces or hyphens (boxed cells, 1234 5678 9012). */
    private static final Pattern SEPARATED_DIGITS = Pattern.compile("[0-9]+(?:[ -]+[0-9]+)*");
    private static final Pattern SEPARATORS = Pattern.compile("[ -]+");

    private Normalize() {
    }

    /**
     * NFKC (full-width digits and letters to half-width, half-width katakana to full-width), every
     * run of whitespace collapsed to one U+0020, then trimmed. Null gives "".
     */
    public static String text(String raw) {
        if (raw == null) {
            return "";
        }
        String nfkc = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        return WHITESPACE.matcher(nfkc).replaceAll(" ").strip();
    }

    /** Whether the input holds nothing but whitespace (or is null). */
    public static boolean isBlank(String raw) {
        return text(raw).isEmpty();
    }

    /** Every dash variant (see {@link #DASHES}) replaced by '-'. Apply only after {@link #text}. */
    public static String dashesToHyphen(String text) {
        return DASHES.matcher(text).replaceAll("-");
    }

    /**
     * The digits of normalised text made of digit groups separated by spaces or dashes, e.g.
     * {@code 1234-5678 9012}; null when anything else is there, or a separator leads or trails
     * (so that a minus sign is never silently dropped).
     */
    public static String separatedDigits(String text) {
        String unified = dashesToHyphen(text);
        if (!SEPARATED_DIGITS.matcher(unified).matches()) {
            return null;
        }
        return SEPARATORS.matcher(unified).replaceAll("");
    }
}
