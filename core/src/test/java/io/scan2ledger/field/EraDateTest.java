package io.scan2ledger.field;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class EraDateTest {

    private final FieldType eraDate = new EraDate();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "令和5年4月1日|2023-04-01",
            "令和元年5月1日|2019-05-01",
            "令和 5 年 4 月 1 日|2023-04-01",
            "令和５年４月１日|2023-04-01",
            "R5.4.1|2023-04-01",
            "R05/04/01|2023-04-01",
            "r5年4月1日|2023-04-01",
            "Ｒ５．４．１|2023-04-01",
            "ｒ５年４月１日|2023-04-01",
            "R元.5.1|2019-05-01",
            "㋿5年4月1日|2023-04-01",
            "H31-4-30|2019-04-30",
            "H31ー4ー30|2019-04-30",
            "平成元年1月8日|1989-01-08",
            "㍻2年3月4日|1990-03-04",
            "昭和64年1月7日|1989-01-07",
            "S39.10.10|1964-10-10",
            "大正元年7月30日|1912-07-30",
            "T15.12.24|1926-12-24",
            "明治6年1月1日|1873-01-01",
            "M45.7.29|1912-07-29",
            "令和2年2月29日|2020-02-29",
            "2023年4月1日|2023-04-01",
            "2023/4/1|2023-04-01",
            "2023-04-01|2023-04-01",
            "2023.4.1|2023-04-01",
            "２０２３年４月１日|2023-04-01",
            "2023 4 1|2023-04-01",
            "' 令和5年4月1 '|2023-04-01"})
    void readsEraAndWesternDates(String raw, String iso) {
        Expect.read(eraDate.parse(raw), iso, LocalDate.parse(iso));
    }

    @Test
    void readsAYearPastTheEraInTheFollowingEraForReview() {
        Problem problem = Expect.review(eraDate.parse("平成32年1月1日"), "ERA_YEAR_OUT_OF_RANGE",
                "2020-01-01", LocalDate.of(2020, 1, 1));
        assertThat(problem.ja()).isEqualTo("平成32年は存在しません。令和2年として読みました。要確認");
        assertThat(problem.en()).isEqualTo("Heisei 32 does not exist. It was read as Reiwa 2. Please check.");
    }

    @Test
    void readsShowa65AsHeisei2() {
        Problem problem = Expect.review(eraDate.parse("昭和65年3月1日"), "ERA_YEAR_OUT_OF_RANGE",
                "1990-03-01", LocalDate.of(1990, 3, 1));
        assertThat(problem.ja()).isEqualTo("昭和65年は存在しません。平成2年として読みました。要確認");
    }

    @Test
    void keepsTheWesternDateOfADayBeforeTheEraBeganForReview() {
        Problem problem = Expect.review(eraDate.parse("令和元年4月1日"), "ERA_DATE_BEFORE_START",
                "2019-04-01", LocalDate.of(2019, 4, 1));
        assertThat(problem.ja()).contains("令和は2019年5月1日から", "平成31年", "要確認");
        assertThat(problem.en()).contains("Reiwa began on 1 May 2019", "Heisei 31");
    }

    @Test
    void readsALaterDayOfAnEndedErasLastYearForReview() {
        Problem problem = Expect.review(eraDate.parse("平成31年5月1日"), "ERA_DATE_AFTER_END",
                "2019-05-01", LocalDate.of(2019, 5, 1));
        assertThat(problem.ja()).contains("平成は2019年4月30日まで", "令和元年");
        Expect.review(eraDate.parse("昭和64年1月8日"), "ERA_DATE_AFTER_END", "1989-01-08", LocalDate.of(1989, 1, 8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"令和5年2月30日", "2023/2/29", "令和3年2月29日", "R5.13.1", "2023-00-10", "R5.4.0",
            "令和0年4月1日", "0000/1/1", "明治5年1月1日"})
    void refusesImpossibleDates(String raw) {
        Expect.invalid(eraDate.parse(raw), "DATE_INVALID");
    }

    @ParameterizedTest
    @ValueSource(strings = {"昨日", "令和5年", "R5.4", "5.4.1", "23/4/1", "令和-1年4月1日", "令和2023年4月1日",
            "元年5月1日", "X5.4.1", "2023年4月1日生", "20230401"})
    void refusesWhatItCannotRead(String raw) {
        Parsed parsed = eraDate.parse(raw);
        assertThat(parsed.text()).isEqualTo(Normalize.text(raw));
        Expect.invalid(parsed, "DATE_FORMAT");
    }

    @Test
    void blankIsEmptyAndWhitelistCoversTheAcceptedMarks() {
        assertThat(eraDate.parse(" ")).isEqualTo(Parsed.empty());
        assertThat(eraDate.ocrWhitelist()).isEqualTo("0123456789元年月日令和平成昭和大正明治RHSTM./- ");
    }
}
