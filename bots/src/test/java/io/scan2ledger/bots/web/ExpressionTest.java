package io.scan2ledger.bots.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scan2ledger.bots.support.RecordRefused;
import io.scan2ledger.ledger.LedgerRecord;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionTest {

    private static final Map<String, Map<String, String>> CODES = Map.of(
            "era", Map.of("令和", "5", "平成", "4", "昭和", "3"),
            "sex", Map.of("男", "1", "女", "2"));

    @ParameterizedTest
    @CsvSource({
            "2019-05-01, 5, 令和, 1, 2019/05/01",   // 令和元年
            "2019-04-30, 4, 平成, 31, 2019/04/30",
            "1989-01-08, 4, 平成, 1, 1989/01/08",   // 平成元年
            "1989-01-07, 3, 昭和, 64, 1989/01/07",  // the last day of 昭和
            "1964-02-29, 3, 昭和, 39, 1964/02/29"})
    void datesBecomeEraCodesEraYearsAndSlashes(String date, String code, String era, String year, String slash)
            throws RecordRefused {
        Scope scope = scope(Map.of("d", date));
        assertThat(eval("${d|era}", scope)).isEqualTo(code);
        assertThat(eval("${d|eraName}${d|eraYear}年${d|month}月${d|day}日", scope))
                .isEqualTo(era + year + "年" + Integer.parseInt(date.substring(5, 7)) + "月"
                        + Integer.parseInt(date.substring(8)) + "日");
        assertThat(eval("${d|slash}", scope)).isEqualTo(slash);
        assertThat(eval("${d|month|pad:2}", scope)).isEqualTo(date.substring(5, 7));
    }

    @Test
    void choicesBecomeCodesAndEmptyValuesStayEmptyUnlessDefaulted() throws RecordRefused {
        Scope scope = scope(Map.of("accountType", "当座", "sex", "女", "phone", "", "children[0].name", "一郎",
                "children[1].name", "二郎", "children[2].name", " "));
        assertThat(eval("${accountType|map:普通=1,当座=2}", scope)).isEqualTo("2");
        assertThat(eval("${sex|code:sex}", scope)).isEqualTo("2");
        assertThat(eval("${phone|map:a=1}${phone|era}${phone|slash}", scope)).isEmpty();
        assertThat(eval("${phone|default:-}", scope)).isEqualTo("-");
        assertThat(eval("${missing|default:本人}", scope)).isEqualTo("本人");
        assertThat(eval("${children[*].name|count}", scope)).isEqualTo("2");
        assertThat(eval("${children[*].birthDate|count|default:0}", scope)).isEqualTo("0");
        assertThat(eval("受付 ${key} / ${documentId}", scope)).isEqualTo("受付 S2L-000001 / 1");
    }

    @Test
    void aValueThatCannotBeConvertedIsRefusedNamingTheFieldNotTheValue() {
        Scope scope = scope(Map.of("birthDate", "平成2年5月14日", "accountType", "貯蓄", "old", "1868-01-01"));
        assertThatThrownBy(() -> eval("${birthDate|era}", scope)).isInstanceOf(RecordRefused.class)
                .hasMessage("birthDate: not a date in yyyy-MM-dd");
        assertThatThrownBy(() -> eval("${accountType|map:普通=1,当座=2}", scope)).isInstanceOf(RecordRefused.class)
                .hasMessage("accountType: the value has no entry in |map");
        assertThatThrownBy(() -> eval("${old|era}", scope)).isInstanceOf(RecordRefused.class)
                .hasMessageContaining("old: ").hasMessageNotContaining("1868");
    }

    @Test
    void aMistakeInAnExpressionIsFoundWhenItIsRead() {
        assertThatThrownBy(() -> Expression.parse("${birthDate|eraa}")).hasMessageContaining("unknown filter 'eraa'");
        assertThatThrownBy(() -> Expression.parse("${name")).hasMessageContaining("without '}'");
        assertThatThrownBy(() -> Expression.parse("${children[*].name}")).hasMessageContaining("needs |count");
        assertThatThrownBy(() -> Expression.parse("${name|count}")).hasMessageContaining("needs a [*] reference");
        assertThatThrownBy(() -> Expression.parse("${x|map:普通}")).hasMessageContaining("value=code");
        assertThatThrownBy(() -> Expression.parse("${x|code}")).hasMessageContaining("table name");
        assertThatThrownBy(() -> Expression.parse("${x|pad:two}")).hasMessageContaining("width");
        assertThat(Expression.parse("${children[0].birthDate|slash} ${key}").references())
                .containsExactly("children[0].birthDate", "key");
        assertThat(Expression.parse("${a|era}${b|code:sex}${c|era:gengo}").codeTables()).containsExactly("era", "sex", "gengo");
    }

    private static String eval(String expression, Scope scope) throws RecordRefused {
        return Expression.parse(expression).evaluate(scope);
    }

    private static Scope scope(Map<String, String> values) {
        return Scope.of(new LedgerRecord("S2L-000001", 1, "test", new LinkedHashMap<>(values)),
                new LedgerTarget("http://ledger", "bot", "secret"), CODES);
    }
}
