package io.scan2ledger.field;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonNameTest {

    private final FieldType name = new PersonName();

    @Test
    void readsLikeTextUnderItsOwnId() {
        assertThat(name.id()).isEqualTo("name");
        Expect.read(name.parse("\u3000山田\u3000\u3000太郎 "), "山田 太郎", "山田 太郎");
        assertThat(name.parse("ｼﾞｮﾝ･ｽﾐｽ").text()).isEqualTo("ジョン・スミス");
        assertThat(name.parse("  ")).isEqualTo(Parsed.empty());
    }

    @Test
    void marksOfNoNameAreKeptForAPersonToConfirm() {
        Parsed blot = name.parse("福田 健-・");
        assertThat(blot.text()).isEqualTo("福田 健-・");
        assertThat(blot.isValid()).isTrue();
        assertThat(blot.problems()).extracting(Problem::code).containsExactly("NAME_CHARACTERS");
        assertThat(name.parse("佐々木 ジョン・スミス").problems()).isEmpty();
        assertThat(name.parse("山田 太郎2").problems()).extracting(Problem::code).containsExactly("NAME_CHARACTERS");
    }

    @Test
    void markupAndControlCharactersAreNoName() {
        for (String written : new String[]{"<script>alert(1)</script>", "山田 \"太郎\"", "山田 & 太郎", "山田\u0000太郎",
                "山田\u202E太郎", "＜b＞山田"}) {
            Parsed parsed = name.parse(written);
            assertThat(parsed.isValid()).as(written).isFalse();
            assertThat(parsed.problems()).as(written).extracting(Problem::code).containsExactly("NAME_MARKUP");
        }
        assertThat(name.parse("山田 太郎").isValid()).isTrue();
    }
}
