package io.scan2ledger.field;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CheckboxTest {

    private final FieldType checkbox = new Checkbox();

    @ParameterizedTest
    @ValueSource(strings = {"1", "true", "TRUE", "yes", "Yes", "✓", "✔", "レ", "ﾚ", "☑", "○", "〇", "x", "X", "Ｘ", "×",
            "checked", " ✓ "})
    void readsTicks(String raw) {
        Expect.read(checkbox.parse(raw), "true", Boolean.TRUE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "false", "no", "unchecked", "UNCHECKED", "□"})
    void readsNoTick(String raw) {
        Expect.read(checkbox.parse(raw), "false", Boolean.FALSE);
    }

    @Test
    void blankIsAnUntickedBoxNotEmpty() {
        for (String blank : new String[] {"", " ", "\u3000", null}) {
            Parsed parsed = checkbox.parse(blank);
            assertThat(parsed.isEmpty()).isFalse();
            assertThat(parsed.text()).isEqualTo("false");
            assertThat(parsed.value()).isEqualTo(Boolean.FALSE);
        }
    }

    @Test
    void refusesAnUnreadableMark() {
        Expect.invalid(checkbox.parse("済"), "CHECKBOX");
    }
}
