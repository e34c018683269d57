package io.scan2ledger.validation;

import io.scan2ledger.field.Parsed;
import io.scan2ledger.field.Problem;
import io.scan2ledger.support.EditDistance;
import io.scan2ledger.template.FieldRules;
import io.scan2ledger.template.FieldSpec;
import io.scan2ledger.template.Templates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The template's rules for one field: required, pattern, length, range, reference list. */
final class FieldChecks {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private FieldChecks() {
    }

    static List<Problem> check(FieldSpec spec, Parsed parsed, Templates templates) {
        List<Problem> out = new ArrayList<>();
        boolean empty = parsed.isEmpty() || (spec.type().equals("checkbox") && "false".equals(parsed.text())
                && spec.required());
        if (empty) {
            if (spec.required()) {
                out.add(Problem.invalid("REQUIRED", "必須項目が空欄です。", "This field is required."));
            }
            return out;
        }
        FieldRules rules = spec.rules();
        if (rules == null || !parsed.isValid()) {
            return out;
        }
        String value = parsed.text();
        if (rules.pattern() != null && !matches(rules.pattern(), value)) {
            out.add(Problem.invalid("PATTERN", "記入の形式が正しくありません。", "The value does not have the expected form."));
        }
        int length = value.codePointCount(0, value.length());
        if (rules.minLength() != null && length < rules.minLength()) {
            out.add(Problem.invalid("TOO_SHORT", rules.minLength() + "文字以上で記入してください。",
                    "At least " + rules.minLength() + " characters are required."));
        }
        if (rules.maxLength() != null && length > rules.maxLength()) {
            out.add(Problem.invalid("TOO_LONG", rules.maxLength() + "文字以内で記入してください。",
                    "At most " + rules.maxLength() + " characters are allowed."));
        }
        String min = bound(rules.min());
        String max = bound(rules.max());
        if (min != null && compare(value, min) < 0) {
            out.add(Problem.invalid("BELOW_MIN", min + " 以上の値が必要です。", "The value must be at least " + min + "."));
        }
        if (max != null && compare(value, max) > 0) {
            out.add(Problem.invalid("ABOVE_MAX", max + " 以下の値が必要です。", "The value must be at most " + max + "."));
        }
        if (rules.reference() != null) {
            List<String> entries = templates.reference(rules.reference());
            if (!entries.isEmpty() && !entries.contains(value)) {
                out.add(EditDistance.nearest(value, entries)
                        .map(near -> Problem.invalid("NOT_IN_REFERENCE",
                                "一覧にない名称です。「" + near + "」ではありませんか？",
                                "Not on the reference list. Did you mean \"" + near + "\"?"))
                        .orElseThrow());
            }
        }
        return out;
    }

    /**
     * A bound as the template writes it; {@code today} is the date in Japan now, so that a filing
     * date or a birth date read in the future (令和15年 for 令和5年) is refused.
     */
    private static String bound(String bound) {
        return "today".equals(bound) ? LocalDate.now(JAPAN).toString() : bound;
    }

    private static boolean matches(String pattern, String value) {
        try {
            return Pattern.compile(pattern).matcher(value).find();
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    /** Numbers compare as numbers; anything else (ISO dates) as text, which orders ISO dates correctly. */
    static int compare(String value, String bound) {
        try {
            return new BigDecimal(value).compareTo(new BigDecimal(bound));
        } catch (NumberFormatException notNumbers) {
            return value.compareTo(bound);
        }
    }
}
