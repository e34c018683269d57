package io.scan2ledger.field;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldTypesTest {

    /** Every id FieldSpec's javadoc promises to templates. */
    private static final List<String> IDS = List.of("text", "name", "kana", "era-date", "postal-code", "phone",
            "my-number", "corporate-number", "bank-code", "branch-code", "account-number", "digits", "yen",
            "checkbox", "checkbox-group", "choice");

    private final FieldTypes types = FieldTypes.standard();

    @Test
    void registersEveryTypeUnderItsId() {
        assertThat(types.ids()).containsExactlyElementsOf(IDS);
        for (String id : IDS) {
            assertThat(types.get(id).id()).isEqualTo(id);
        }
        assertThat(types.get("my-number")).isInstanceOf(MyNumber.class);
        assertThat(types.get("era-date")).isInstanceOf(EraDate.class);
    }

    @Test
    void namesTheUnknownIdAndTheKnownOnes() {
        assertThatThrownBy(() -> types.get("wareki"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'wareki'")
                .hasMessageContaining("era-date")
                .hasMessageContaining("my-number");
        assertThatThrownBy(() -> types.get(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void idsCannotBeChanged() {
        assertThatThrownBy(() -> types.ids().remove("text")).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"山田太郎", "ヤマダ タロウ", "やまだ", "123456789017", "12345678901", "1234 5678 9017",
            "yamada@example.jp", "山田 12345678", "ﾔﾏﾀﾞ 太郎"})
    void personalTypesNeverQuoteTheValueInTheirMessages(String raw) {
        for (String id : List.of("my-number", "name", "kana")) {
            Parsed parsed = types.get(id).parse(raw);
            for (Problem problem : parsed.problems()) {
                for (String message : List.of(problem.ja(), problem.en())) {
                    assertThat(message).doesNotContain(raw).doesNotContain(Normalize.text(raw));
                    if (!parsed.text().isEmpty()) {
                        assertThat(message).doesNotContain(parsed.text());
                    }
                }
            }
        }
        // the check runs on real problems, not on none
        assertThat(types.get("kana").parse(raw).problems().size() + types.get("my-number").parse(raw).problems().size())
                .isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u3000", "\t\n", "???", "-", "--", "0", "元", "令和", "R", "¥", "〒", "()", "、、",
            "\uD842\uDFB7", "\uD842", "\u0000", "9999999999999999999999999", "R999.99.99", "令和99999年1月1日",
            "平成31年12月31日", "明治1年1月1日", "ｶﾞ\u3099", "٣٤٥", "🙂", "a,b,c"})
    void noTypeThrowsOnBadInputAndEveryProblemIsBilingual(String raw) {
        List<String> options = List.of("男", "女");
        for (String id : types.ids()) {
            Parsed parsed = types.get(id).parse(raw, options);
            assertThat(parsed).isNotNull();
            assertThat(parsed.problems()).allSatisfy(p -> {
                assertThat(p.code()).matches("[A-Z_]+");
                assertThat(p.ja()).isNotBlank();
                assertThat(p.en()).isNotBlank();
            });
            if (!parsed.isValid()) {
                assertThat(parsed.value()).isNull();
                assertThat(parsed.text()).isNotEmpty();
            }
        }
    }

    @Test
    void blankIsEmptyForEveryTypeButTheCheckbox() {
        for (String id : types.ids()) {
            Parsed parsed = types.get(id).parse(" \u3000 ", List.of("男", "女"));
            if (id.equals("checkbox")) {
                assertThat(parsed.text()).isEqualTo("false");
            } else {
                assertThat(parsed).as(id).isEqualTo(Parsed.empty());
            }
        }
        assertThat(types.get("text").parse(null, null)).isEqualTo(Parsed.empty());
        assertThat(types.get("choice").parse("男", null).isValid()).isFalse();
    }
}
