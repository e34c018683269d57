package io.scan2ledger.metering;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.chrono.JapaneseDate;
import java.time.temporal.ChronoField;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A ward's fiscal year (年度): April to March, named by the year it starts in (FY2026 = 令和8年度,
 * April 2026 to March 2027). Quarter 1 is April-June, quarter 4 January-March.
 */
public record FiscalYear(int year) {

    public static FiscalYear of(LocalDate date) {
        return new FiscalYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
    }

    public static int quarterOf(LocalDate date) {
        return ((date.getMonthValue() + 8) % 12) / 3 + 1;
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, 4, 1);
    }

    /** The first day after the year. */
    public LocalDate endExclusive() {
        return LocalDate.of(year + 1, 4, 1);
    }

    public ZonedDateTime start(ZoneId zone) {
        return firstDay().atStartOfDay(zone);
    }

    public ZonedDateTime end(ZoneId zone) {
        return endExclusive().atStartOfDay(zone);
    }

    /**
     * "令和8年度 / FY2026". A year in which the era changed is named by the new era, as the offices
     * do (FY2019, which began in 平成31, is 令和元年度): the era on 31 December of its first year.
     */
    public String label() {
        JapaneseDate jd = JapaneseDate.from(LocalDate.of(year, 12, 31));
        String era = jd.getEra().getDisplayName(TextStyle.FULL, Locale.JAPAN);
        int eraYear = jd.get(ChronoField.YEAR_OF_ERA);
        return era + (eraYear == 1 ? "元" : Integer.toString(eraYear)) + "年度 / FY" + year;
    }

}
