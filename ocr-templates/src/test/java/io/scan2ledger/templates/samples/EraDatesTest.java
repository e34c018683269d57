package io.scan2ledger.templates.samples;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class EraDatesTest {

    @Test
    void writesEachStyle() {
        LocalDate d = LocalDate.of(2023, 4, 1);
        assertThat(EraDates.write(d, EraDates.Style.KANJI, false)).isEqualTo("令和5年4月1日");
        assertThat(EraDates.write(d, EraDates.Style.KANJI_FULL_WIDTH, false)).isEqualTo("令和５年４月１日");
        assertThat(EraDates.write(d, EraDates.Style.LETTER, false)).isEqualTo("R5.4.1");
        assertThat(EraDates.write(d, EraDates.Style.LETTER_PADDED, false)).isEqualTo("R05.04.01");
    }

    @Test
    void eraBoundaries() {
        assertThat(EraDates.write(LocalDate.of(2019, 5, 1), EraDates.Style.KANJI, true)).isEqualTo("令和元年5月1日");
        assertThat(EraDates.write(LocalDate.of(2019, 5, 1), EraDates.Style.KANJI, false)).isEqualTo("令和1年5月1日");
        assertThat(EraDates.write(LocalDate.of(2019, 4, 30), EraDates.Style.KANJI, true)).isEqualTo("平成31年4月30日");
        assertThat(EraDates.write(LocalDate.of(1989, 1, 7), EraDates.Style.LETTER, true)).isEqualTo("S64.1.7");
        assertThat(EraDates.write(LocalDate.of(1989, 1, 8), EraDates.Style.KANJI, true)).isEqualTo("平成元年1月8日");
        assertThat(EraDates.write(LocalDate.of(1926, 12, 25), EraDates.Style.KANJI, true)).isEqualTo("昭和元年12月25日");
        assertThat(EraDates.write(LocalDate.of(1926, 12, 24), EraDates.Style.LETTER, true)).isEqualTo("T15.12.24");
    }
}
