package io.scan2ledger.bots.web;

import io.scan2ledger.bots.support.RecordRefused;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One step of a value's conversion for an old screen: era codes and era years for 元号 selects,
 * parts of a date for 年/月/日 boxes, codes for choices, defaults for empty values. Empty values
 * stay empty (an optional child row is left blank), except through {@code default}.
 *
 * @param table a code table of the definition ({@code era}, {@code code:}), else null
 * @param map   the inline table of {@code map:普通=1,当座=2}, else null
 */
record Filter(Kind kind, String arg, String table, Map<String, String> map) {

    enum Kind {
        ERA("era"), ERA_NAME("eraName"), ERA_YEAR("eraYear"), YEAR("year"), MONTH("month"), DAY("day"),
        SLASH("slash"), MAP("map"), CODE("code"), DEFAULT("default"), PAD("pad"), COUNT("count");

        final String word;

        Kind(String word) {
            this.word = word;
        }
    }

    /** The code table that {@code |era} looks an era's name up in, unless {@code |era:table} names another. */
    static final String ERA_TABLE = "era";

    static Filter parse(String text) {
        int colon = text.indexOf(':');
        String word = (colon < 0 ? text : text.substring(0, colon)).trim();
        String arg = colon < 0 ? null : text.substring(colon + 1);
        Kind kind = Arrays.stream(Kind.values()).filter(k -> k.word.equals(word)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown filter '" + word + "'; known: "
                        + Arrays.stream(Kind.values()).map(k -> k.word).toList()));
        return switch (kind) {
            case ERA -> new Filter(kind, arg, arg == null || arg.isBlank() ? ERA_TABLE : arg.trim(), null);
            case CODE -> {
                if (arg == null || arg.isBlank()) {
                    throw new IllegalArgumentException("|code needs a table name: |code:accountType");
                }
                yield new Filter(kind, arg, arg.trim(), null);
            }
            case MAP -> new Filter(kind, arg, null, inlineMap(arg));
            case PAD -> {
                if (arg == null || !arg.trim().matches("[1-9][0-9]?")) {
                    throw new IllegalArgumentException("|pad needs a width: |pad:2");
                }
                yield new Filter(kind, arg.trim(), null, null);
            }
            case DEFAULT -> new Filter(kind, arg == null ? "" : arg, null, null);
            default -> {
                if (arg != null) {
                    throw new IllegalArgumentException("|" + word + " takes no argument");
                }
                yield new Filter(kind, null, null, null);
            }
        };
    }

    private static Map<String, String> inlineMap(String arg) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : (arg == null ? "" : arg).split(",")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("|map needs value=code pairs: |map:普通=1,当座=2");
            }
            map.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return Map.copyOf(map);
    }

    String apply(String field, String value, Scope scope) throws RecordRefused {
        if (kind == Kind.DEFAULT) {
            return value.isEmpty() ? arg : value;
        }
        if (value.isEmpty()) {
            return value;
        }
        return switch (kind) {
            case ERA -> lookup(scope.codes(table), eraName(field, value), field, "code table " + table);
            case ERA_NAME -> eraName(field, value);
            case ERA_YEAR -> Integer.toString(japanese(field, value).get(ChronoField.YEAR_OF_ERA));
            case YEAR -> Integer.toString(date(field, value).getYear());
            case MONTH -> Integer.toString(date(field, value).getMonthValue());
            case DAY -> Integer.toString(date(field, value).getDayOfMonth());
            case SLASH -> {
                LocalDate d = date(field, value);
                yield String.format("%04d/%02d/%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            }
            case MAP -> lookup(map, value, field, "|map");
            case CODE -> lookup(scope.codes(table), value, field, "code table " + table);
            case PAD -> value.length() >= Integer.parseInt(arg) ? value
                    : "0".repeat(Integer.parseInt(arg) - value.length()) + value;
            case DEFAULT, COUNT -> value;
        };
    }

    private static String lookup(Map<String, String> codes, String value, String field, String where)
            throws RecordRefused {
        String code = codes.get(value);
        if (code == null) {
            throw new RecordRefused(field + ": the value has no entry in " + where);
        }
        return code;
    }

    private static LocalDate date(String field, String value) throws RecordRefused {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw new RecordRefused(field + ": not a date in yyyy-MM-dd");
        }
    }

    private static JapaneseDate japanese(String field, String value) throws RecordRefused {
        LocalDate date = date(field, value);
        try {
            return JapaneseDate.from(date);
        } catch (DateTimeException e) {
            throw new RecordRefused(field + ": before the Japanese calendar (Meiji 6)");
        }
    }

    /** 令和, 平成, 昭和...: the calendar decides the era; the definition's table decides its code. */
    private static String eraName(String field, String value) throws RecordRefused {
        return japanese(field, value).getEra().getDisplayName(TextStyle.FULL, Locale.JAPAN);
    }
}
