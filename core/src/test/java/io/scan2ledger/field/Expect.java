package io.scan2ledger.field;

import static org.assertj.core.api.Assertions.assertThat;

/** The three outcomes a field type can have, asserted in full. */
final class Expect {

    private Expect() {
    }

    /** Read without any problem, as {@code text} and {@code value}. */
    static void read(Parsed parsed, String text, Object value) {
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.text()).isEqualTo(text);
        assertThat(parsed.value()).isEqualTo(value);
    }

    /** Refused with the one INVALID problem {@code code}, and no value; returns that problem. */
    static Problem invalid(Parsed parsed, String code) {
        assertThat(parsed.value()).isNull();
        assertThat(parsed.isValid()).isFalse();
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(code);
            assertThat(p.severity()).isEqualTo(Problem.Severity.INVALID);
        });
        return parsed.problems().get(0);
    }

    /** Read as {@code text} and {@code value} but with the one REVIEW problem {@code code}; returns it. */
    static Problem review(Parsed parsed, String code, String text, Object value) {
        assertThat(parsed.text()).isEqualTo(text);
        assertThat(parsed.value()).isEqualTo(value);
        assertThat(parsed.isValid()).isTrue();
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(code);
            assertThat(p.severity()).isEqualTo(Problem.Severity.REVIEW);
        });
        return parsed.problems().get(0);
    }
}
