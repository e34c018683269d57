package io.scan2ledger.ocr;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shapes compared with real fonts: the ink is printed here in a font PrintedLook does not use
 * (VL Gothic when installed, else the proportional IPA Gothic), the candidates in IPA Gothic and
 * Mincho.
 */
class PrintedLookTest {

    private static BufferedImage ink(String text) {
        String family = java.util.Arrays.asList(java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getAvailableFontFamilyNames()).contains("VL Gothic") ? "VL Gothic" : "IPAPGothic";
        BufferedImage image = new BufferedImage(60 * (text.length() + 1), 90, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(new Font(family, Font.PLAIN, 46));
        g.drawString(text, 20, 62);
        g.dispose();
        return image;
    }

    @Test
    void aLoneKanjiIsTheOptionItLooksLike() {
        List<String> options = List.of("世帯主", "妻", "夫", "子", "父", "母", "その他");
        assertThat(PrintedLook.best(ink("妻"), "赤", options)).contains("妻");
        assertThat(PrintedLook.best(ink("夫"), "大", options)).contains("夫");
        assertThat(PrintedLook.best(ink("世帯主"), "帯主", options)).contains("世帯主");
    }

    @Test
    void aNameKanjiTheModelsDoNotKnowIsFoundAmongTheListedNames() {
        List<String> given = List.of("颯太", "翔太", "陽太", "悠太", "健太", "紬", "細", "葵", "蓮");
        assertThat(PrintedLook.best(ink("颯太"), "敵太", given)).contains("颯太");
        assertThat(PrintedLook.best(ink("紬"), "細", given)).contains("紬");
    }

    @Test
    void whatWasReadWinsWhenItLooksAsMuchLikeTheInk() {
        assertThat(PrintedLook.best(ink("尊"), "尊", List.of("葵", "蓮", "翼"))).isEmpty();
        assertThat(PrintedLook.best(new BufferedImage(20, 20, BufferedImage.TYPE_BYTE_GRAY), "", List.of("夫")))
                .as("a blank patch: all black pixels, no white").isEmpty();
    }
}
