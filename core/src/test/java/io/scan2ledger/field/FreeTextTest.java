package io.scan2ledger.field;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FreeTextTest {

    private final FieldType text = new FreeText();

    @Test
    void normalisesWidthAndWhitespace() {
        Expect.read(text.parse("  東京都千代田区\u3000千代田１ー１\u3000\u3000ﾋﾞﾙ  "),
                "東京都千代田区 千代田1ー1 ビル", "東京都千代田区 千代田1ー1 ビル");
    }

    @Test
    void blankIsEmpty() {
        assertThat(text.parse(" \u3000\n")).isEqualTo(Parsed.empty());
        assertThat(text.parse(null)).isEqualTo(Parsed.empty());
    }
}
