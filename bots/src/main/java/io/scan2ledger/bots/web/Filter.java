package io.scan2ledger.bots.web;

import io.scan2ledger.bots.support.RecordRefused;

import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One step of a value's conversion for a screen: era codes and era years for 元号 selects, parts
 * of a date for 年/月/日 boxes, a date in any pattern, codes for choices, defaults for empty values,
 * and text clean-ups (trim, width folding, digits only, the last n characters, a regular-expression
 * replacement, URL encoding). Empty values stay empty (an optional child row is left blank), except
 * through {@code default}.
 *
 * @param table a code table of the definition ({@code era}, {@code code:}), else null
 * @param map   the inline table of {@code map:普通=1,当座=2}, else null
 * @param regex the pattern of {@code replace:REGEX=>TO}, else null
 * @param date  the pattern of {@code date:yyyy/MM/dd}, else null
 */
record Filter(Kind kind, String arg, String table, Map<String, String> map, Pattern regex, DateTimeFormatter date) {

    enum Kind {
        ERA("era"), ERA_NAME("eraName"), ERA_YEAR("eraYear"), YEAR("year"), MONTH("month"), DAY("day"),
        SLASH("slash"), DATE("date"), MAP("map"), CODE("code"), DEFAULT("default"), PAD("pad"), COUNT("count"),
        TRIM("trim"), WIDTH("width"), DIGITS("digits"), LAST("last"), REPLACE("replace"), URLENCODE("urlencode");

        final String word;

        Kind(String word) {
            this.word = word;
        }
    }

    /** The code table that {@code |era} looks an era's name up in, unless {@code |era:table} names another. */
    static final String ERA_TABLE = "era";

    /** Separates the pattern from the replacement in {@code replace:REGEX=>TO}. */
    static final String REPLACE_ARROW = "=>";

    private static Filter of(Kind kind, String arg) {
        return new Filter(kind, arg, null, null, null, null);
    }

    static Filter parse(String text) {
        int colon = text.indexOf(':');
        String word = (colon < 0 ? text : text.substring(0, colon)).trim();
        String arg = colon < 0 ? null : text.substring(colon + 1);
        Kind kind = Arrays.stream(Kind.values()).filter(k -> k.word.equals(word)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown filter '" + word + "'; known: "
                        + Arrays.stream(Kind.values()).map(k -> k.word).toList()));
        return switch (kind) {
            case ERA -> new Filter(kind, arg, arg == null || arg.isBlank() ? ERA_TABLE : arg.trim(), null, null, null);
            case CODE -> {
                if (arg == null || arg.isBlank()) {
                    throw new IllegalArgumentException("|code needs a table name: |code:accountType");
                }
                yield new Filter(kind, arg, arg.trim(), null, null, null);
            }
            case MAP -> new Filter(kind, arg, null, inlineMap(arg), null, null);
            case PAD, LAST -> {
                if (arg == null || !arg.trim().matches("[1-9][0-9]?")) {
                    throw new IllegalArgumentException(kind == Kind.PAD ? "|pad needs a width: |pad:2"
                            : "|last needs a number of characters: |last:4");
                }
                yield of(kind, arg.trim());
            }
            case DEFAULT -> of(kind, arg == null ? "" : arg);
            case DATE -> new Filter(kind, arg, null, null, null, datePattern(arg));
            case REPLACE -> replace(arg);
            case URLENCODE -> {
                charset(arg);
                yield of(kind, arg == null ? null : arg.trim());
            }
            default -> {
                if (arg != null) {
                    throw new IllegalArgumentException("|" + word + " takes no argument");
                }
                yield of(kind, null);
            }
        };
    }

    private static DateTimeFormatter datePattern(String arg) {
        if (arg == null || arg.isBlank()) {
            throw new IllegalArgumentException("|date needs a pattern: |date:yyyy/MM/dd");
        }
        try {
            DateTimeFormatter f = DateTimeFormatter.ofPattern(arg, Locale.JAPAN);
            f.format(LocalDate.of(2000, 1, 1)); // a time-of-day letter fails here, at load, not at night
            return f;
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new IllegalArgumentException("|date: not a date pattern (yyyy/MM/dd, yyyyMMdd, d MMM uuuu)");
        }
    }

    /** {@code replace:REGEX=>TO}: every match of REGEX becomes TO ({@code $1} names a group). */
    private static Filter replace(String arg) {
        int arrow = arg == null ? -1 : arg.indexOf(REPLACE_ARROW);
        if (arrow <= 0) {
            throw new IllegalArgumentException("|replace needs REGEX=>TO: |replace:[-ー]=>");
        }
        try {
            return new Filter(Kind.REPLACE, arg.substring(arrow + REPLACE_ARROW.length()), null, null,
                    Pattern.compile(arg.substring(0, arrow)), null);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("|replace: not a regular expression: " + e.getDescription());
        }
    }

    private static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException("|urlencode: unknown character set '" + name.trim() + "'");
        }
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
            case DATE -> date.format(date(field, value));
            case TRIM -> value.strip();
            case WIDTH -> Normalizer.normalize(value, Normalizer.Form.NFKC);
            case DIGITS -> Normalizer.normalize(value, Normalizer.Form.NFKC).replaceAll("[^0-9]", "");
            case LAST -> value.codePointCount(0, value.length()) <= Integer.parseInt(arg) ? value
                    : value.substring(value.offsetByCodePoints(value.length(), -Integer.parseInt(arg)));
            case REPLACE -> regex.matcher(value).replaceAll(arg);
            case URLENCODE -> URLEncoder.encode(value, charset(arg));
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
