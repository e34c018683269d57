package io.scan2ledger.field;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code era-date}: a date in the Japanese calendar (令和5年4月1日, R5.4.1, 令和元年5月1日, ㋿5.4.1) or
 * the Western one (2023年4月1日, 2023/4/1, 2023-04-01, 2023.4.1). Text: ISO {@code yyyy-MM-dd};
 * value: {@link LocalDate}. Era years are converted with {@link JapaneseChronology}.
 *
 * <p>Forms printed before an era change keep being filled in with the old era, so a date outside
 * its era is read rather than refused, with a REVIEW problem: a year past the era's last one
 * (平成32年) is the same Western year (2020, 令和2年); a later day of the era's last year (平成31年
 * 5月1日) is the same Western date; a date before the era began (令和元年4月1日) keeps its Western
 * date. An impossible calendar date, year 0, or a Meiji date before 1873 (the lunar calendar) is
 * INVALID {@code DATE_INVALID}; anything unreadable is INVALID {@code DATE_FORMAT}.
 */
public final class EraDate extends NormalizedFieldType {

    /** Era, year (元 for the first), month, day, with 年月日 or . / - or spaces between them. */
    private static final Pattern DATE = Pattern.compile(
            "(?:(令和|平成|昭和|大正|明治|[RHSTM])[ .]{0,2})?(元|[0-9]{1,4})(?: ?[年./-] ?| )"
                    + "([0-9]{1,2})(?: ?[月./-] ?| )([0-9]{1,2})(?: ?日)?");

    private static final Map<String, JapaneseEra> ERAS = Map.of(
            "令和", JapaneseEra.REIWA, "R", JapaneseEra.REIWA,
            "平成", JapaneseEra.HEISEI, "H", JapaneseEra.HEISEI,
            "昭和", JapaneseEra.SHOWA, "S", JapaneseEra.SHOWA,
            "大正", JapaneseEra.TAISHO, "T", JapaneseEra.TAISHO,
            "明治", JapaneseEra.MEIJI, "M", JapaneseEra.MEIJI);
    private static final Map<JapaneseEra, String> KANJI = Map.of(
            JapaneseEra.REIWA, "令和", JapaneseEra.HEISEI, "平成", JapaneseEra.SHOWA, "昭和",
            JapaneseEra.TAISHO, "大正", JapaneseEra.MEIJI, "明治");

    /** JapaneseDate supports nothing earlier: before 1873 Japan used the lunar calendar. */
    private static final LocalDate MEIJI_6 = LocalDate.of(1873, 1, 1);

    private static final DateTimeFormatter JA = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.JAPANESE);
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private static final Problem FORMAT = Problem.invalid("DATE_FORMAT",
            "日付として読めません。「令和5年4月1日」「R5.4.1」「2023/4/1」のように記入してください。",
            "Cannot read this as a date. Write it like 令和5年4月1日, R5.4.1 or 2023/4/1.");
    private static final Problem INVALID = Problem.invalid("DATE_INVALID",
            "暦にない日付です。年・月・日を確認してください。",
            "This date does not exist in the calendar. Check the year, month and day.");
    private static final Problem LUNAR = Problem.invalid("DATE_INVALID",
            "明治6年（1873年）より前の和暦の日付は扱えません。",
            "Japanese-calendar dates before Meiji 6 (1873) cannot be read.");

    public EraDate() {
        super("era-date");
    }

    @Override
    Parsed read(String text, List<String> options) {
        Matcher m = DATE.matcher(Normalize.dashesToHyphen(text).toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return Parsed.invalid(text, FORMAT);
        }
        JapaneseEra era = m.group(1) == null ? null : ERAS.get(m.group(1));
        String year = m.group(2);
        boolean western = era == null;
        if (western != (year.length() == 4)) { // 元 and 1–3 digits need an era; 4 digits must not have one
            return Parsed.invalid(text, FORMAT);
        }
        int yearNumber = year.equals("元") ? 1 : Integer.parseInt(year);
        if (yearNumber == 0) {
            return Parsed.invalid(text, INVALID);
        }
        LocalDate date;
        try {
            int westernYear = western ? yearNumber : firstYear(era) + yearNumber - 1;
            date = LocalDate.of(westernYear, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
        } catch (DateTimeException e) {
            return Parsed.invalid(text, INVALID);
        }
        if (western) {
            return Parsed.ok(date.toString(), date);
        }
        if (date.isBefore(MEIJI_6)) {
            return Parsed.invalid(text, LUNAR);
        }
        Problem outsideEra = outsideEra(era, yearNumber, date);
        return outsideEra == null ? Parsed.ok(date.toString(), date)
                : new Parsed(date.toString(), date, List.of(outsideEra));
    }

    /** Null when {@code date} lies in {@code era}; else why it does not, for review. */
    private static Problem outsideEra(JapaneseEra era, int yearOfEra, LocalDate date) {
        JapaneseDate actual = JapaneseDate.from(date);
        int order = Integer.compare(actual.getEra().getValue(), era.getValue());
        if (order == 0) {
            return null;
        }
        Bilingual read = eraYear(actual.getEra(), actual.get(ChronoField.YEAR_OF_ERA));
        if (order < 0) {
            LocalDate start = firstDay(era);
            return Problem.review("ERA_DATE_BEFORE_START",
                    KANJI.get(era) + "は" + JA.format(start) + "からです。それより前の日付なので、西暦の日付のまま"
                            + "読みました（" + read.ja() + "にあたります）。要確認",
                    era + " began on " + EN.format(start) + "; this date is earlier, so it was read as the same"
                            + " Western date (" + read.en() + "). Please check.");
        }
        JapaneseEra next = JapaneseEra.of(era.getValue() + 1);
        if (date.getYear() > firstYear(next)) {
            Bilingual written = eraYear(era, yearOfEra);
            return Problem.review("ERA_YEAR_OUT_OF_RANGE",
                    written.ja() + "は存在しません。" + read.ja() + "として読みました。要確認",
                    written.en() + " does not exist. It was read as " + read.en() + ". Please check.");
        }
        LocalDate end = firstDay(next).minusDays(1);
        return Problem.review("ERA_DATE_AFTER_END",
                KANJI.get(era) + "は" + JA.format(end) + "までです。それより後の日付なので、" + read.ja()
                        + "の日付として読みました。要確認",
                era + " ended on " + EN.format(end) + "; this date is later, so it was read as a date in "
                        + read.en() + ". Please check.");
    }

    private static int firstYear(JapaneseEra era) {
        return JapaneseChronology.INSTANCE.prolepticYear(era, 1);
    }

    /** Only for eras after Meiji, whose first day JapaneseDate can represent. */
    private static LocalDate firstDay(JapaneseEra era) {
        return LocalDate.from(JapaneseChronology.INSTANCE.dateYearDay(era, 1, 1));
    }

    /** 令和元年 / Reiwa 1: the first year of an era is written 元年. */
    private static Bilingual eraYear(JapaneseEra era, int yearOfEra) {
        return new Bilingual(KANJI.get(era) + (yearOfEra == 1 ? "元" : Integer.toString(yearOfEra)) + "年",
                era + " " + yearOfEra);
    }

    @Override
    public String ocrWhitelist() {
        return DigitField.DIGITS + "元年月日令和平成昭和大正明治RHSTM./- ";
    }
}
