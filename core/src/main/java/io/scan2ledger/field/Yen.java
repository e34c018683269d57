package io.scan2ledger.field;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code yen}: an amount in yen such as {@code ¥12,345}, {@code 12,345円} or {@code １２３４５}.
 * Spaces anywhere, one leading yen sign (¥, ￥, or the backslash a Japanese keyboard types for it)
 * and one trailing 円 are accepted, and commas between digits. Text: the amount's plain digits
 * without leading zeros ({@code 12345}); value: {@link Long}. Negative amounts are INVALID.
 */
public final class Yen extends NormalizedFieldType {

    private static final Problem YEN = Problem.invalid("YEN",
            "金額は0以上の数字で記入してください（¥・円・カンマは使えます）。",
            "Write the amount as a number of 0 or more (¥, 円 and commas are allowed).");

    /** NFKC has already turned ￥ into ¥ (U+00A5); 18 digits always fit in a long. */
    private static final Pattern AMOUNT = Pattern.compile("[¥\\\\]?([0-9](?:[0-9,]*[0-9])?)円?");
    private static final int MAX_DIGITS = 18;

    public Yen() {
        super("yen");
    }

    @Override
    Parsed read(String text, List<String> options) {
        Matcher amount = AMOUNT.matcher(text.replace(" ", ""));
        String digits = amount.matches() ? amount.group(1).replace(",", "") : "";
        if (digits.isEmpty() || digits.length() > MAX_DIGITS) {
            return Parsed.invalid(text, YEN);
        }
        long yen = Long.parseLong(digits);
        return Parsed.ok(Long.toString(yen), yen);
    }

    @Override
    public String ocrWhitelist() {
        return DigitField.DIGITS + ",¥円";
    }
}
