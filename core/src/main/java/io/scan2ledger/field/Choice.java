package io.scan2ledger.field;

import io.scan2ledger.support.EditDistance;

import java.util.Comparator;
import java.util.List;

/**
 * {@code choice}: one of a fixed list of values (性別 男/女, 預金種目 普通/当座, 続柄...). After
 * {@link Normalize#text} the value must equal one of the {@code options} (also normalised); text
 * and value are then that option as the template spells it. Otherwise INVALID
 * {@code NOT_AN_OPTION}, proposing the closest option by edit distance.
 */
public final class Choice extends NormalizedFieldType {

    /**
     * The message may quote what was read, since choices are not personal data; but a long value
     * suggests OCR read something else (a name next to the box), so only short ones are quoted.
     */
    private static final int MAX_QUOTED = 8;

    public Choice() {
        super("choice");
    }

    @Override
    Parsed read(String text, List<String> options) {
        for (String option : options) {
            if (Normalize.text(option).equals(text)) {
                return Parsed.ok(option, option);
            }
        }
        return Parsed.invalid(text, notAnOption(text, options));
    }

    private static Problem notAnOption(String text, List<String> options) {
        boolean quoted = text.codePointCount(0, text.length()) <= MAX_QUOTED;
        String ja = quoted ? "「" + text + "」は選択肢にありません。" : "記入された値は選択肢にありません。";
        String en = quoted ? "\"" + text + "\" is not one of the options." : "The value is not one of the options.";
        // The first of equally close options wins, so the proposal follows the template's order.
        return options.stream()
                .min(Comparator.comparingInt(o -> EditDistance.between(Normalize.text(o), text)))
                .map(closest -> Problem.invalid("NOT_AN_OPTION",
                        ja + "「" + closest + "」ではありませんか？",
                        en + " Did you mean \"" + closest + "\"?"))
                .orElseGet(() -> Problem.invalid("NOT_AN_OPTION", ja, en));
    }
}
