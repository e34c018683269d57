package io.scan2ledger.bots.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scan2ledger.bots.support.RecordRefused;
import io.scan2ledger.ledger.LedgerRecord;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The text filters a third-party screen needs: trim, width, digits, last, replace, urlencode, date. */
class FilterTest {

    private final Scope scope = Scope.of(new LedgerRecord("S2L-000001", 1, "test", new LinkedHashMap<>(Map.of(
                    "padded", "  山田 花子　", "wide", "ＡＢＣ１２３ ﾀﾞｲｽｹ", "phone", "０３-1234-5678",
                    "account", "0012345", "address", "東京都緑ヶ丘区若葉町1-2-3", "birthDate", "2019-05-01",
                    "empty", "", "surrogate", "𠮷野家𠮷"))),
            new LedgerTarget("http://ledger", "bot", "secret", Map.of("server", "db01.ward.local", "database", "台帳")),
            Map.of());

    @Test
    void trimRemovesBlanksAtBothEndsFullWidthOnesToo() throws RecordRefused {
        assertThat(eval("[${padded|trim}]")).isEqualTo("[山田 花子]");
    }

    @Test
    void widthFoldsFullAndHalfWidthTheNfkcWay() throws RecordRefused {
        assertThat(eval("${wide|width}")).isEqualTo("ABC123 ダイスケ");
    }

    @Test
    void digitsKeepsTheDigitsFullWidthOnesFolded() throws RecordRefused {
        assertThat(eval("${phone|digits}")).isEqualTo("0312345678");
    }

    @Test
    void lastKeepsTheLastCharactersCountingCodePoints() throws RecordRefused {
        assertThat(eval("${account|last:4}")).isEqualTo("2345");
        assertThat(eval("${account|last:9}")).isEqualTo("0012345");
        assertThat(eval("${surrogate|last:2}")).isEqualTo("家𠮷");
        assertThatThrownBy(() -> Expression.parse("${account|last}")).hasMessageContaining("|last:4");
    }

    @Test
    void replaceTakesARegularExpressionWithBracesAndEscapedBars() throws RecordRefused {
        assertThat(eval("${phone|digits|replace:^(\\d{2})(\\d{4})(\\d{4})$=>$1-$2-$3}")).isEqualTo("03-1234-5678");
        assertThat(eval("${address|replace:緑ヶ丘区\\|若葉町=>}")).isEqualTo("東京都1-2-3");
        assertThat(eval("${address|replace:-=>−}")).isEqualTo("東京都緑ヶ丘区若葉町1−2−3");
        assertThatThrownBy(() -> Expression.parse("${a|replace:x}")).hasMessageContaining("REGEX=>TO");
        assertThatThrownBy(() -> Expression.parse("${a|replace:([=>x}")).hasMessageContaining("not a regular expression");
    }

    @Test
    void urlencodeInUtf8OrAnotherCharset() throws RecordRefused {
        assertThat(eval("/search?q=${padded|trim|urlencode}")).isEqualTo("/search?q=%E5%B1%B1%E7%94%B0+%E8%8A%B1%E5%AD%90");
        assertThat(eval("${padded|trim|urlencode:Shift_JIS}")).isEqualTo("%8E%52%93%63+%89%D4%8E%71");
        assertThatThrownBy(() -> Expression.parse("${a|urlencode:klingon}")).hasMessageContaining("klingon");
    }

    @Test
    void dateFormatsInAnyPatternCheckedWhenRead() throws RecordRefused {
        assertThat(eval("${birthDate|date:yyyy/MM/dd}")).isEqualTo("2019/05/01");
        assertThat(eval("${birthDate|date:yyyyMMdd}")).isEqualTo("20190501");
        assertThat(eval("${birthDate|date:yyyy年M月d日}")).isEqualTo("2019年5月1日");
        assertThatThrownBy(() -> Expression.parse("${birthDate|date:HH:mm}")).hasMessageContaining("not a date pattern");
    }

    @Test
    void emptyStaysEmptyAndTargetVariablesAreNamed() throws RecordRefused {
        assertThat(eval("${empty|trim|width|digits|last:2|replace:^$=>x|urlencode|date:yyyy}")).isEmpty();
        assertThat(eval("${target.server}/${target.database|urlencode}")).isEqualTo("db01.ward.local/%E5%8F%B0%E5%B8%B3");
        assertThat(eval("${target.baseUrl}")).isEqualTo("http://ledger");
    }

    private String eval(String expression) throws RecordRefused {
        return Expression.parse(expression).evaluate(scope);
    }
}
