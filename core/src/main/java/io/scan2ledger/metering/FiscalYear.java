package io.scan2ledger.metering;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;

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

    /** "令和8年度 / FY2026". */
    public String label() {
        JapaneseDate jd = JapaneseDate.from(firstDay());
        String era = jd.getEra() == JapaneseEra.REIWA ? "令和" : jd.getEra() == JapaneseEra.HEISEI ? "平成" : "";
        int eraYear = jd.get(java.time.temporal.ChronoField.YEAR_OF_ERA);
        return era + (eraYear == 1 ? "元" : Integer.toString(eraYear)) + "年度 / FY" + year;
    }

}
