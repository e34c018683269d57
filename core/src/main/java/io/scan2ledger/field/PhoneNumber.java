package io.scan2ledger.field;

import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code phone}: a Japanese telephone number. Only digits and hyphens are kept: dash variants
 * become '-', parentheses become '-' ({@code 03(1234)5678} → {@code 03-1234-5678}), anything else
 * (spaces, a "TEL" label) is dropped, then runs of '-' become one and leading or trailing ones go.
 * Valid with 10 or 11 digits starting with 0. Hyphens are kept where they were written, never
 * inserted: where they belong depends on the area code.
 */
public final class PhoneNumber extends NormalizedFieldType {

    private static final Problem PHONE = Problem.invalid("PHONE",
            "電話番号は0から始まる10桁または11桁の数字です。",
            "A phone number has 10 or 11 digits and starts with 0.");

    private static final Pattern NOT_DIGIT_OR_HYPHEN = Pattern.compile("[^0-9-]");
    private static final Pattern HYPHEN_RUNS = Pattern.compile("-{2,}");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-|-$");

    public PhoneNumber() {
        super("phone");
    }

    @Override
    Parsed read(String text, List<String> options) {
        String kept = NOT_DIGIT_OR_HYPHEN.matcher(Normalize.dashesToHyphen(text).replaceAll("[()]", "-"))
                .replaceAll("");
        String phone = EDGE_HYPHENS.matcher(HYPHEN_RUNS.matcher(kept).replaceAll("-")).replaceAll("");
        String digits = phone.replace("-", "");
        boolean valid = (digits.length() == 10 || digits.length() == 11) && digits.startsWith("0");
        if (!valid) {
            return Parsed.invalid(phone.isEmpty() ? text : phone, PHONE);
        }
        return Parsed.ok(phone, phone);
    }

    @Override
    public String ocrWhitelist() {
        return DigitField.DIGITS + "-()";
    }
}
