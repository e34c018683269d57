package io.scan2ledger.legacyledger.ledger;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** 元号 as the old screens offer them, with the national era codes (3 昭和, 4 平成, 5 令和) as values. */
public enum Era {
    REIWA("5", "令和", JapaneseEra.REIWA),
    HEISEI("4", "平成", JapaneseEra.HEISEI),
    SHOWA("3", "昭和", JapaneseEra.SHOWA);

    public static final List<Choice> CHOICES = Arrays.stream(values()).map(e -> new Choice(e.code, e.label)).toList();

    private final String code;
    private final String label;
    private final JapaneseEra era;

    Era(String code, String label, JapaneseEra era) {
        this.code = code;
        this.label = label;
        this.era = era;
    }

    public static Optional<Era> ofCode(String code) {
        return Arrays.stream(values()).filter(e -> e.code.equals(code)).findFirst();
    }

    public String label() {
        return label;
    }

    /** The day, if it exists within this era (平成31年5月1日 does not: that day is 令和元年). */
    public Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.from(JapaneseDate.of(era, year, month, day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
