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

    @Test
    void aSpaceBetweenHiraganaIsOcrsNotTheWriters() {
        Expect.read(text.parse("東京都緑ヶ丘区さく ら台1丁目2番3号"), "東京都緑ヶ丘区さくら台1丁目2番3号",
                "東京都緑ヶ丘区さくら台1丁目2番3号");
        // Before a building name the space is the writer's, and stays.
        Expect.read(text.parse("緑ヶ丘区本町1丁目2番3号 ひばり荘101"), "緑ヶ丘区本町1丁目2番3号 ひばり荘101",
                "緑ヶ丘区本町1丁目2番3号 ひばり荘101");
    }

    @Test
    void misread丁目And号AfterNumbersAreRepaired() {
        for (String read : new String[] {"旭町2丁日18番8号", "旭町2」目18番8号", "旭町2十目18番8号", "旭町2目18番8号",
                "旭町2丁目18番8全"}) {
            assertThat(text.parse(read).text()).as(read).isEqualTo("旭町2丁目18番8号");
        }
        assertThat(text.parse("旭町二目18番8号").text()).isEqualTo("旭町二丁目18番8号");
        assertThat(text.parse("全国大会").text()).as("全 elsewhere is a word").isEqualTo("全国大会");
    }

    @Test
    void namesAreNotRepairedAsAddresses() {
        assertThat(new PersonName().parse("さとう はなこ").text()).isEqualTo("さとう はなこ");
    }

    @Test
    void markupInAnAddressIsKeptButFlagged() {
        Parsed parsed = text.parse("緑ヶ丘区本町1丁目2番3号 <img src=x>");
        assertThat(parsed.text()).isEqualTo("緑ヶ丘区本町1丁目2番3号 <img src=x>");
        assertThat(parsed.isValid()).isTrue();
        assertThat(parsed.problems()).extracting(Problem::code).containsExactly("TEXT_MARKUP");
        assertThat(text.parse("緑ヶ丘区本町1丁目2番3号\u0007").problems()).extracting(Problem::code)
                .containsExactly("TEXT_MARKUP");
        assertThat(text.parse("緑ヶ丘区本町1丁目2番3号 ひばり荘101").problems()).isEmpty();
    }
}
