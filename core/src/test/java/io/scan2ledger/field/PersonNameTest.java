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
}
