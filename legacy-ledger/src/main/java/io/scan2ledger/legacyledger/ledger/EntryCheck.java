package io.scan2ledger.legacyledger.ledger;

import java.text.Normalizer;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The old system's server-side checks, with its Japanese messages. */
public final class EntryCheck {

    private static final Pattern HALF_WIDTH_KANA = Pattern.compile("[\\uFF61-\\uFF9F]+");
    private static final Pattern KATAKANA = Pattern.compile("[\\u30A1-\\u30F6\\u30FC\\u30FB\\u3000 ]+");
    private static final Pattern RECEPTION = Pattern.compile("[A-Za-z0-9-]+");
    private static final Pattern PHONE = Pattern.compile("[0-9][0-9-]{8,12}");
    private static final Pattern SLASH_DATE = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,4}");

    private final Clock clock;

    public EntryCheck(Clock clock) {
        this.clock = clock;
    }

    public Entry check(LedgerForm form, Map<String, String> submitted) {
        Map<String, String> inputs = new LinkedHashMap<>();
        for (Field field : form.allFields()) {
            for (String name : field.inputNames()) {
                inputs.put(name, normalise(field, submitted.getOrDefault(name, "")));
            }
        }
        Run run = new Run(inputs);
        int count = form.repeat().map(r -> childCount(form.field(r.countFieldId()), inputs)).orElse(-1);
        for (Field field : form.allFields()) {
            boolean required = field.row() == 0 ? field.required() : field.row() <= count;
            boolean empty = field.inputNames().stream().allMatch(n -> inputs.get(n).isEmpty());
            if (empty) {
                if (required) {
                    run.error(field, field.label() + (field.chosen() ? "を選択してください。" : "を入力してください。"));
                }
                run.columns.put(field.column(), null);
            } else if (field.row() > count && count >= 0) {
                String countLabel = form.field(form.repeat().orElseThrow().countFieldId()).label();
                run.error(field, field.label() + "は" + countLabel + "を超えるため入力できません。");
            } else {
                run.columns.put(field.column(), parse(field, run));
            }
        }
        return new Entry(inputs, run.columns, run.errors, run.errorFields);
    }

    private static String normalise(Field field, String raw) {
        String value = raw.strip();
        if (field.kind() != Field.Kind.KANA) {
            return value;
        }
        // The old screens accepted ﾊﾝｶｸ and stored it widened (ﾀﾞ → ダ: NFKC joins the voiced mark).
        Matcher m = HALF_WIDTH_KANA.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Normalizer.normalize(m.group(), Normalizer.Form.NFKC));
        }
        return m.appendTail(out).toString();
    }

    private static int childCount(Field countField, Map<String, String> inputs) {
        String value = inputs.get(countField.inputName());
        if (!NUMBER.matcher(value).matches()) {
            return -1;
        }
        int count = Integer.parseInt(value);
        return count >= 1 && count <= countField.size() ? count : -1;
    }

    /** The column value, or null after recording why the value is refused. */
    private Object parse(Field field, Run run) {
        String value = run.inputs.get(field.inputName());
        String label = field.label();
        return switch (field.kind()) {
            case TEXT -> text(field, value, run);
            case KANA -> KATAKANA.matcher(value).matches()
                    ? text(field, value, run)
                    : run.error(field, label + "は全角カタカナで入力してください。");
            case DIGITS -> value.length() == field.size() && value.chars().allMatch(c -> c >= '0' && c <= '9')
                    ? value
                    : run.error(field, label + "は半角数字" + field.size() + "桁で入力してください。");
            case RECEPTION_NO -> RECEPTION.matcher(value).matches() && value.length() <= field.size()
                    ? value
                    : run.error(field, label + "は半角英数字とハイフン" + field.size() + "文字以内で入力してください。");
            case COUNT -> NUMBER.matcher(value).matches() && Integer.parseInt(value) >= 1
                    && Integer.parseInt(value) <= field.size()
                    ? Integer.valueOf(value)
                    : run.error(field, label + "は1～" + field.size() + "の半角数字で入力してください。");
            case PHONE -> PHONE.matcher(value).matches()
                    ? value
                    : run.error(field, label + "は半角数字とハイフンで入力してください。");
            case ERA_DATE, PAST_ERA_DATE -> eraDate(field, run);
            case PAST_SLASH_DATE -> slashDate(field, value, run);
            case SELECT, RADIO -> Choice.find(field.choices(), value).isPresent()
                    ? value
                    : run.error(field, label + "を選択してください。");
        };
    }

    private static Object text(Field field, String value, Run run) {
        if (!ShiftJis.storable(value)) {
            return run.error(field, field.label() + "に使用できない文字が含まれています。");
        }
        if (value.length() > field.size()) {
            return run.error(field, field.label() + "は" + field.size() + "文字以内で入力してください。");
        }
        return value;
    }

    private Object eraDate(Field field, Run run) {
        List<String> names = field.inputNames();
        Optional<Era> era = Era.ofCode(run.inputs.get(names.get(0)));
        if (era.isEmpty()) {
            return run.error(field, field.label() + "の元号を選択してください。");
        }
        List<String> parts = names.subList(1, 4).stream().map(run.inputs::get).toList();
        Optional<LocalDate> date = parts.stream().allMatch(p -> NUMBER.matcher(p).matches())
                ? era.get().date(Integer.parseInt(parts.get(0)), Integer.parseInt(parts.get(1)),
                        Integer.parseInt(parts.get(2)))
                : Optional.empty();
        return date.isPresent()
                ? notFuture(field, date.get(), run)
                : run.error(field, field.label() + "が正しい日付ではありません。");
    }

    private Object slashDate(Field field, String value, Run run) {
        Matcher m = SLASH_DATE.matcher(value);
        if (!m.matches()) {
            return run.error(field, field.label() + "はyyyy/mm/dd形式で入力してください。");
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            return notFuture(field, date, run);
        } catch (DateTimeException e) {
            return run.error(field, field.label() + "が正しい日付ではありません。");
        }
    }

    private Object notFuture(Field field, LocalDate date, Run run) {
        if (field.kind() != Field.Kind.ERA_DATE && date.isAfter(LocalDate.now(clock))) {
            return run.error(field, field.label() + "に未来の日付は入力できません。");
        }
        return date;
    }

    /** One check's findings. */
    private static final class Run {
        final Map<String, String> inputs;
        final Map<String, Object> columns = new LinkedHashMap<>();
        final List<String> errors = new ArrayList<>();
        final Set<String> errorFields = new LinkedHashSet<>();

        Run(Map<String, String> inputs) {
            this.inputs = inputs;
        }

        /** Records the message; returns null, the column value of a refused item. */
        Object error(Field field, String message) {
            errors.add(message);
            errorFields.add(field.id());
            return null;
        }
    }
}
