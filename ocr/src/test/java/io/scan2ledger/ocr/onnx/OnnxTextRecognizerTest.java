package io.scan2ledger.ocr.onnx;

import io.scan2ledger.extraction.TextRecognizer;
import io.scan2ledger.support.JapaneseFont;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The real PP-OCRv4 model from the class path, on lines rendered with Java2D. */
class OnnxTextRecognizerTest {

    private static OnnxTextRecognizer recognizer;

    @BeforeAll
    static void load() {
        recognizer = new OnnxTextRecognizer();
    }

    @AfterAll
    static void close() {
        recognizer.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0312345678", "2026-12-07", "ABC123"})
    void readsDigitsAndLatinText(String text) {
        TextRecognizer.Line line = recognizer.recognize(rendered(text, latinFont()), null);

        assertThat(line.text()).isEqualTo(text);
        assertProbabilities(line);
    }

    @Test
    void readsKanji() throws IOException, FontFormatException {
        Font font = gothic();

        TextRecognizer.Line line = recognizer.recognize(rendered("東京都千代田区", font), null);

        assertThat(line.text()).isEqualTo("東京都千代田区");
        assertProbabilities(line);
    }

    /**
     * A Chinese model: where Japanese and Chinese write a character differently, it may give the
     * Chinese form although its dictionary holds both (黒 U+9ED2 comes back as 黑 U+9ED1).
     */
    @Test
    void givesTheChineseFormOfSomeJapaneseKanji() throws IOException, FontFormatException {
        Font font = gothic();

        assertThat(recognizer.recognize(rendered("東京都目黒区", font), null).text()).isEqualTo("東京都目黑区");
    }

    @Test
    void heldToDigitsNeverReturnsAnythingElse() {
        for (String text : new String[] {"ABC123", "2026-12-07", "TEL 03-1234"}) {
            TextRecognizer.Line line = recognizer.recognize(rendered(text, latinFont()), "0123456789");

            assertThat(line.text()).as(text).matches("[0-9]*");
            assertProbabilities(line);
        }
        assertThat(recognizer.recognize(rendered("2026-12-07", latinFont()), "0123456789").text())
                .isEqualTo("20261207");
    }

    @Test
    void refusesAnAllowedCharacterTheModelDoesNotKnow() {
        assertThatThrownBy(() -> recognizer.recognize(rendered("1", latinFont()), "1\t"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCorruptModelNamesTheFileTheChecksumAndTheArtifact(@TempDir Path dir) throws IOException {
        byte[] model;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(OnnxTextRecognizer.MODEL)) {
            model = in.readAllBytes();
        }
        model[model.length / 2] ^= 1;
        Path corrupt = Files.write(dir.resolve("rec.onnx"), model);

        assertThatThrownBy(() -> new OnnxTextRecognizer(corrupt))
                .hasMessageContaining(OnnxTextRecognizer.MODEL)
                .hasMessageContaining(corrupt.toString())
                .hasMessageContaining("corrupt")
                .hasMessageContaining(OnnxTextRecognizer.MODEL_SHA256)
                .hasMessageContaining(OnnxTextRecognizer.ARTIFACT);
    }

    @Test
    void aMissingModelSaysSo(@TempDir Path dir) {
        Path missing = dir.resolve("rec.onnx");

        assertThatThrownBy(() -> new OnnxTextRecognizer(missing))
                .hasMessageContaining("missing")
                .hasMessageContaining(missing.toString())
                .hasMessageContaining(OnnxTextRecognizer.MODEL_SHA256)
                .hasMessageContaining(OnnxTextRecognizer.ARTIFACT);
    }

    /** IPA Gothic (fonts-ipafont-gothic); the test is skipped where it is not installed. */
    private static Font gothic() throws IOException, FontFormatException {
        Path file;
        try {
            file = JapaneseFont.GOTHIC.file();
        } catch (IllegalStateException noFont) {
            assumeTrue(false, noFont.getMessage());
            throw noFont;
        }
        return Font.createFont(Font.TRUETYPE_FONT, file.toFile()).deriveFont(Font.PLAIN, 36f);
    }

    private static void assertProbabilities(TextRecognizer.Line line) {
        assertThat(line.chars()).allSatisfy(c -> assertThat(c.probability()).isGreaterThan(0).isLessThanOrEqualTo(1));
    }

    /** DejaVu Sans where installed, else Java's logical sans-serif font. */
    private static Font latinFont() {
        boolean dejaVu = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                .contains("DejaVu Sans");
        return new Font(dejaVu ? "DejaVu Sans" : Font.SANS_SERIF, Font.PLAIN, 36);
    }

    /** Black text on white, a few pixels of margin, as a field zone cut to its ink looks. */
    static BufferedImage rendered(String text, Font font) {
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D p = probe.createGraphics();
        var metrics = p.getFontMetrics(font);
        p.dispose();
        int margin = 8;
        BufferedImage image = new BufferedImage(metrics.stringWidth(text) + 2 * margin,
                metrics.getAscent() + metrics.getDescent() + 2 * margin, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.BLACK);
            g.setFont(font);
            g.drawString(text, margin, margin + metrics.getAscent());
        } finally {
            g.dispose();
        }
        return image;
    }
}
