package io.scan2ledger.ocr;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;

class TextJoinerTest {

    /** Four 40 px "characters" with 3 px spacing, and a 30 px gap (a half-width space) after the second. */
    private static InkBox.Line line(int... gapsAfter) {
        BufferedImage img = new BufferedImage(260, 60, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 260, 60);
        g.setColor(Color.BLACK);
        int x = 5;
        for (int gap : gapsAfter) {
            g.fillRect(x, 10, 40, 40);
            x += 40 + gap;
        }
        g.dispose();
        return InkBox.prepare(img, 128, 1, true);
    }

    @Test
    void aNameHasOneSpaceAtItsClearlyWidestGap() {
        Spaces.Found found = Spaces.NAME.find(line(3, 30, 3, 0));
        assertThat(found.gaps()).hasSize(1);
        assertThat(found.ambiguous()).isFalse();
        assertThat(line(3, 30, 3, 0).split(found.gaps())).hasSize(2);
    }

    @Test
    void twoSimilarGapsInANameAreAmbiguous() {
        assertThat(Spaces.NAME.find(line(26, 30, 3, 0)).ambiguous()).isTrue();
    }

    @Test
    void typesWithoutSpacesGetNone() {
        assertThat(Spaces.NONE.find(line(3, 30, 3, 0)).gaps()).isEmpty();
    }

    @Test
    void smallKeBetweenKanjiIsRestored() {
        assertThat(TextJoiner.fixSmallKe("東京都緑ケ丘区")).isEqualTo("東京都緑ヶ丘区");
        assertThat(TextJoiner.fixSmallKe("ケーキ")).isEqualTo("ケーキ");
    }
}
