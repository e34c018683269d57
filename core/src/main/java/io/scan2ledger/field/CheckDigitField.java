package io.scan2ledger.field;

import java.util.function.Predicate;

/**
 * A number of fixed length with a check digit (My Number, corporate number). Its two problems
 * never quote the number: these are among the most sensitive values a form holds.
 */
abstract class CheckDigitField extends DigitField {

    private final Predicate<String> hasValidCheckDigit;
    private final Problem wrongCheckDigit;

    /**
     * @param code     prefix of the problem codes: {@code code_LENGTH}, {@code code_CHECK_DIGIT}
     * @param name     what the number is called, Japanese and English
     * @param position where the check digit stands: 最初/first or 最後/last
     * @param hasValidCheckDigit the type's public check, given digits of the right count
     */
    CheckDigitField(String id, String code, int length, Bilingual name, Bilingual position,
                    Predicate<String> hasValidCheckDigit) {
        super(id, length, length, Problem.invalid(code + "_LENGTH",
                name.ja() + "は" + length + "桁の数字です。桁数と、数字以外の文字がないかを確認してください。",
                "A " + name.en() + " has exactly " + length + " digits. Check the number of digits and for"
                        + " characters that are not digits."));
        this.hasValidCheckDigit = hasValidCheckDigit;
        this.wrongCheckDigit = Problem.invalid(code + "_CHECK_DIGIT",
                name.ja() + "の" + position.ja() + "の1桁（検査用数字）が合いません。読み違い・書き違いがないか確認してください。",
                "The " + position.en() + " digit of the " + name.en() + " (its check digit) does not match. Check for"
                        + " misread or miswritten digits.");
    }

    @Override
    final Parsed readDigits(String digits) {
        return hasValidCheckDigit.test(digits) ? Parsed.ok(digits, digits) : Parsed.invalid(digits, wrongCheckDigit);
    }
}
