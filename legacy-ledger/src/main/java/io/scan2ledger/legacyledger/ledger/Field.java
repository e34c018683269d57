package io.scan2ledger.legacyledger.ledger;

import java.util.List;
import java.util.Map;

/**
 * One item of a ledger screen. The screen's element names derive from {@code id} the way the old
 * system named them: {@code txt<id>} for a text box, {@code sel<id>} for a select box,
 * {@code rdo<id>} for a radio group, {@code sel<id>Gengo}/{@code txt<id>Nen}/{@code txt<id>Tsuki}/
 * {@code txt<id>Hi} for an era date, and {@code lbl<id>} for the value on the confirmation screen.
 *
 * @param size     the longest value in characters (for digit fields: the exact count; for a count: the maximum)
 * @param required whether it must be filled in (children rows are required up to 児童数 instead)
 * @param row      for a children row: its number, 1-based; 0 for an ordinary item
 */
public record Field(String id, String label, String column, Kind kind, int size, List<Choice> choices,
                    boolean required, int row) {

    public enum Kind {
        /** Free text. */
        TEXT,
        /** 全角カタカナ; half-width kana are widened. */
        KANA,
        /** Exactly {@code size} half-width digits. */
        DIGITS,
        /** Half-width letters, digits and hyphens. */
        RECEPTION_NO,
        /** A whole number from 1 to {@code size}. */
        COUNT,
        /** Half-width digits and hyphens. */
        PHONE,
        /** 元号 + 年/月/日, any day. */
        ERA_DATE,
        /** 元号 + 年/月/日, not in the future. */
        PAST_ERA_DATE,
        /** yyyy/mm/dd in one box, not in the future. */
        PAST_SLASH_DATE,
        SELECT,
        RADIO
    }

    public Field {
        choices = List.copyOf(choices);
    }

    public static Field of(String id, String label, String column, Kind kind, int size) {
        return new Field(id, label, column, kind, size, List.of(), true, 0);
    }

    public static Field choice(String id, String label, String column, Kind kind, List<Choice> choices) {
        return new Field(id, label, column, kind, 1, choices, true, 0);
    }

    public Field optional() {
        return new Field(id, label, column, kind, size, choices, false, row);
    }

    Field inRow(int number, String rowLabel) {
        return new Field(id + number, rowLabel + label, column.formatted(number), kind, size, choices, false, number);
    }

    public boolean eraDate() {
        return kind == Kind.ERA_DATE || kind == Kind.PAST_ERA_DATE;
    }

    /** The names (and ids) of the screen elements that carry this item, in screen order. */
    public List<String> inputNames() {
        if (eraDate()) {
            return List.of("sel" + id + "Gengo", "txt" + id + "Nen", "txt" + id + "Tsuki", "txt" + id + "Hi");
        }
        return List.of(switch (kind) {
            case SELECT -> "sel" + id;
            case RADIO -> "rdo" + id;
            default -> "txt" + id;
        });
    }

    public String inputName() {
        return inputNames().get(0);
    }

    public String confirmId() {
        return "lbl" + id;
    }

    /** Whether a choice, or the 元号 of an era date, is what is missing (選択 rather than 入力). */
    boolean chosen() {
        return kind == Kind.SELECT || kind == Kind.RADIO;
    }

    /** The value as the confirmation screen shows it: choice labels, 令和6年4月1日 for era dates. */
    public String display(Map<String, String> inputs) {
        if (eraDate()) {
            List<String> names = inputNames();
            String era = Era.ofCode(inputs.getOrDefault(names.get(0), "")).map(Era::label).orElse("");
            return era.isEmpty() ? "" : era + inputs.get(names.get(1)) + "年" + inputs.get(names.get(2)) + "月"
                    + inputs.get(names.get(3)) + "日";
        }
        String value = inputs.getOrDefault(inputName(), "");
        return chosen() ? Choice.find(choices, value).map(Choice::label).orElse("") : value;
    }
}
