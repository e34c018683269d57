package io.scan2ledger.field;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChoiceTest {

    private static final List<String> ACCOUNT_KINDS = List.of("普通", "当座", "貯蓄");

    private final FieldType choice = new Choice();

    @Test
    void acceptsAnOptionAfterNormalising() {
        Expect.read(choice.parse("\u3000普通 ", ACCOUNT_KINDS), "普通", "普通");
        assertThat(choice.parse("ｿﾉ他", List.of("本人", "ソノ他")).text()).isEqualTo("ソノ他");
    }

    @Test
    void proposesTheClosestOptionForANearMiss() {
        Parsed parsed = choice.parse("普適", ACCOUNT_KINDS);
        assertThat(parsed.text()).isEqualTo("普適");
        Problem problem = Expect.invalid(parsed, "NOT_AN_OPTION");
        assertThat(problem.ja()).isEqualTo("「普適」は選択肢にありません。「普通」ではありませんか？");
        assertThat(problem.en()).isEqualTo("\"普適\" is not one of the options. Did you mean \"普通\"?");
    }

    @Test
    void proposesTheFirstOfEquallyCloseOptions() {
        assertThat(choice.parse("X", List.of("男", "女")).problems().get(0).ja()).endsWith("「男」ではありませんか？");
    }

    @Test
    void doesNotQuoteALongValue() {
        Parsed parsed = choice.parse("東京都千代田区千代田一丁目", List.of("男", "女"));
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.ja()).doesNotContain("千代田");
            assertThat(p.en()).doesNotContain("千代田");
        });
    }

    @Test
    void stillExplainsWithoutOptions() {
        assertThat(choice.parse("男", List.of()).problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("NOT_AN_OPTION");
            assertThat(p.ja()).isEqualTo("「男」は選択肢にありません。");
        });
    }

    @Test
    void countsEditDistanceInCodePoints() {
        assertThat(io.scan2ledger.support.EditDistance.between("普通", "普適")).isEqualTo(1);
        assertThat(io.scan2ledger.support.EditDistance.between("𠮷田", "吉田")).isEqualTo(1);
        assertThat(io.scan2ledger.support.EditDistance.between("", "当座")).isEqualTo(2);
        assertThat(io.scan2ledger.support.EditDistance.between("kitten", "sitting")).isEqualTo(3);
    }
}
