package io.scan2ledger.field;

/**
 * {@code postal-code}: a 7-digit postal code (郵便番号), with or without the hyphen and the 〒
 * mark. Text and value: {@code 123-4567}.
 */
public final class PostalCode extends DigitField {

    public PostalCode() {
        super("postal-code", 7, 7, Problem.invalid("POSTAL_CODE",
                "郵便番号は7桁の数字です（例：123-4567）。",
                "A postal code has exactly 7 digits (e.g. 123-4567)."));
    }

    @Override
    String withoutMarks(String text) {
        return text.startsWith("〒") ? text.substring(1).strip() : text;
    }

    @Override
    Parsed readDigits(String digits) {
        String text = digits.substring(0, 3) + "-" + digits.substring(3);
        return Parsed.ok(text, text);
    }

    @Override
    public String ocrWhitelist() {
        return DIGITS + "-";
    }
}
