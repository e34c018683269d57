package io.scan2ledger.templates.samples;

import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Japanese era dates written the ways applicants write them: 令和5年4月1日, 令和元年5月1日,
 * R5.4.1, R05.04.01, and now and then with full-width digits (令和５年４月１日).
 */
public final class EraDates {

    /** An era, from its first day; its first year is written 元年 as often as 1年. */
    public record Era(String kanji, String letter, LocalDate start) {
    }

    public static final List<Era> ERAS = List.of(
            new Era("令和", "R", LocalDate.of(2019, 5, 1)),
            new Era("平成", "H", LocalDate.of(1989, 1, 8)),
            new Era("昭和", "S", LocalDate.of(1926, 12, 25)),
            new Era("大正", "T", LocalDate.of(1912, 7, 30)),
            new Era("明治", "M", LocalDate.of(1868, 1, 25)));

    /** How a date is written. */
    public enum Style { KANJI, KANJI_FULL_WIDTH, LETTER, LETTER_PADDED }

    private EraDates() {
    }

    public static Era eraOf(LocalDate date) {
        return ERAS.stream().filter(e -> !date.isBefore(e.start())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("before the Meiji era: " + date));
    }

    public static int eraYear(LocalDate date) {
        return date.getYear() - eraOf(date).start().getYear() + 1;
    }

    public static String write(LocalDate date, Style style, boolean gannen) {
        return write(eraOf(date), eraYear(date), date.getMonthValue(), date.getDayOfMonth(), style, gannen);
    }

    /** Also writes dates that do not exist (2月30日), for the impossible-date defect. */
    public static String write(Era era, int year, int month, int day, Style style, boolean gannen) {
        return switch (style) {
            case KANJI -> era.kanji() + (year == 1 && gannen ? "元" : year) + "年" + month + "月" + day + "日";
            case KANJI_FULL_WIDTH -> fullWidth(era.kanji() + (year == 1 && gannen ? "元" : year) + "年" + month + "月"
                    + day + "日");
            case LETTER -> era.letter() + year + "." + month + "." + day;
            case LETTER_PADDED -> String.format("%s%02d.%02d.%02d", era.letter(), year, month, day);
        };
    }

    /** A style drawn with the weights seen on real forms: mostly kanji, some letters. */
    public static Style randomStyle(RandomGenerator random) {
        int roll = random.nextInt(100);
        if (roll < 50) {
            return Style.KANJI;
        } else if (roll < 65) {
            return Style.KANJI_FULL_WIDTH;
        } else if (roll < 88) {
            return Style.LETTER;
        }
        return Style.LETTER_PADDED;
    }

    static String fullWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : c);
        }
        return out.toString();
    }
}
