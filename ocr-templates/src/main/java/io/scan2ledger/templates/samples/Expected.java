package io.scan2ledger.templates.samples;

import io.scan2ledger.template.FieldSpec;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;

/**
 * The ground-truth value of a written field: what a careful clerk would key, by the same rules
 * the field types implement. Era dates are not parsed here: the generator knows the date it wrote.
 */
public final class Expected {

    private Expected() {
    }

    /** The expected text for {@code written} in {@code field}; "" for an empty value. */
    public static String of(FieldSpec field, String written) {
        String nfkc = Normalizer.normalize(written, Normalizer.Form.NFKC).strip();
        if (nfkc.isEmpty()) {
            return field.type().equals("checkbox") ? "false" : "";
        }
        return switch (field.type()) {
            case "text", "name", "choice" -> spaces(nfkc);
            case "kana" -> spaces(katakana(nfkc));
            case "postal-code" -> {
                String digits = digits(nfkc);
                yield digits.length() == 7 ? digits.substring(0, 3) + "-" + digits.substring(3) : digits;
            }
            case "phone" -> nfkc.replaceAll("[^0-9-]", "");
            case "account-number" -> {
                String digits = digits(nfkc);
                yield digits.length() < 7 ? "0".repeat(7 - digits.length()) + digits : digits;
            }
            case "my-number", "corporate-number", "bank-code", "branch-code", "digits", "yen" -> digits(nfkc);
            case "checkbox" -> String.valueOf(io.scan2ledger.templates.render.Filling.ticked(nfkc));
            case "checkbox-group" -> {
                List<String> chosen = Arrays.stream(nfkc.split(",")).map(String::strip).toList();
                yield String.join(",", field.optionValues().stream().filter(chosen::contains).toList());
            }
            default -> throw new IllegalArgumentException("no ground-truth rule for " + field.type()
                    + " (era dates carry their own)");
        };
    }

    /** A text, name or choice value: NFKC, trimmed, one half-width space between words. */
    static String text(String written) {
        return spaces(Normalizer.normalize(written, Normalizer.Form.NFKC).strip());
    }

    static String spaces(String text) {
        return text.replaceAll("\\s+", " ");
    }

    static String katakana(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= 'ぁ' && c <= 'ゖ' ? (char) (c + ('ァ' - 'ぁ')) : c);
        }
        return out.toString();
    }

    private static String digits(String text) {
        return text.replaceAll("[^0-9]", "");
    }
}
