package io.scan2ledger.bots.fixedwidth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WidthsTest {

    @Test
    void fullWidthKatakanaAndHiraganaBecomeHalfWidthWithDakutenSplit() {
        assertThat(Widths.halfWidthKana("ガ")).isEqualTo("ｶﾞ");
        assertThat(Widths.halfWidthKana("パピプペポ ヴ")).isEqualTo("ﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟ ｳﾞ");
        assertThat(Widths.halfWidthKana("きゃっと　ー")).isEqualTo("ｷｬｯﾄ ｰ");
        assertThat(Widths.halfWidthKana("ヰヱヲン")).isEqualTo("ｲｴｦﾝ");
        assertThat(Widths.halfWidthKana("ＡＢ１２")).isEqualTo("AB12");
        assertThat(Widths.halfWidthKana("ヶ")).isEqualTo("ヶ"); // no half-width form: left for the byte check to refuse
    }

    @Test
    void halfWidthTextBecomesFullWidthWithDakutenJoined() {
        assertThat(Widths.fullWidth("ｶﾞｯｺｳ ﾊﾟﾝ")).isEqualTo("ガッコウ　パン");
        assertThat(Widths.fullWidth("A-1")).isEqualTo("Ａ－１");
        assertThat(Widths.fullWidth("ｱﾞ")).isEqualTo("ア゛");
    }

    @Test
    void jisFormsBecomeTheFormsWindows31JHas() {
        assertThat(Widths.msForms("1〜3−4")).isEqualTo("1～3－4");
    }
}
