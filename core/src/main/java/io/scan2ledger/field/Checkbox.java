package io.scan2ledger.field;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code checkbox}: one tick box. Text {@code true} or {@code false}, value {@link Boolean}.
 *
 * <p>Unlike every other type, blank input is NOT {@link Parsed#empty()}: an unticked box is a
 * value, so blank gives {@code false}. A "required" checkbox therefore never counts as empty; a
 * template that needs a tick says so with a rule on the value.
 */
public final class Checkbox extends NormalizedFieldType {

    private static final Problem CHECKBOX = Problem.invalid("CHECKBOX",
            "チェック欄の読み取り結果が判別できません。チェックの有無を確認してください。",
            "Cannot tell whether the box is ticked. Please check it.");

    /** Compared after NFKC and lower-casing; ﾚ, Ｘ and ☑-like marks arrive here as below. */
    private static final Set<String> TICKED = Set.of(
            "1", "true", "yes", "checked", "on", "✓", "✔", "レ", "☑", "☒", "○", "〇", "◯", "x", "×");
    private static final Set<String> UNTICKED = Set.of(
            "0", "false", "no", "unchecked", "off", "☐", "□");

    public Checkbox() {
        super("checkbox");
    }

    /** An unticked box: blank is a value here, not "empty". */
    @Override
    Parsed blank() {
        return Parsed.ok("false", Boolean.FALSE);
    }

    @Override
    Parsed read(String text, List<String> options) {
        String mark = text.toLowerCase(Locale.ROOT);
        if (UNTICKED.contains(mark)) {
            return blank();
        }
        if (TICKED.contains(mark)) {
            return Parsed.ok("true", Boolean.TRUE);
        }
        return Parsed.invalid(text, CHECKBOX);
    }
}
