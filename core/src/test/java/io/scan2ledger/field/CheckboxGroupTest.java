package io.scan2ledger.field;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CheckboxGroupTest {

    private static final List<String> REASONS = List.of("転入", "転居", "転出", "世帯変更");

    private final FieldType group = new CheckboxGroup();

    @ParameterizedTest
    @ValueSource(strings = {"転出,転入", "転出、転入", "転出/転入", "転出 転入", "転出\u3000転入", "転出，転入", " 転出 ,, 転入 "})
    void keepsTheOrderOfTheOptions(String raw) {
        Expect.read(group.parse(raw, REASONS), "転入,転出", List.of("転入", "転出"));
    }

    @Test
    void dropsDuplicates() {
        assertThat(group.parse("世帯変更,転居,世帯変更", REASONS).text()).isEqualTo("転居,世帯変更");
    }

    @Test
    void refusesAValueNotAmongTheOptionsAndListsThem() {
        Problem problem = Expect.invalid(group.parse("転入,転勤", REASONS), "UNKNOWN_OPTION");
        assertThat(problem.ja()).contains("「転入」「転居」「転出」「世帯変更」").doesNotContain("転勤");
        assertThat(problem.en()).contains("転入, 転居, 転出, 世帯変更").doesNotContain("転勤");
        Expect.invalid(group.parse("転入", List.of()), "UNKNOWN_OPTION");
    }

    @Test
    void matchesOptionsWrittenInFullWidthAndKeepsTheTemplatesSpelling() {
        Expect.read(group.parse("B, A", List.of("Ａ", "Ｂ", "C")), "Ａ,Ｂ", List.of("Ａ", "Ｂ"));
    }

    @Test
    void blankIsEmpty() {
        assertThat(group.parse(" ", REASONS)).isEqualTo(Parsed.empty());
    }
}
