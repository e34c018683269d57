package io.scan2ledger.templates.render;

import io.scan2ledger.template.FieldSpec;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.template.OcrSettings;
import io.scan2ledger.template.Zone;
import io.scan2ledger.templates.TemplateCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real Tesseract CLI reads values cut out of a clean 300 dpi render by the template's zones and
 * OCR settings: zones, fonts and sizes work together. Skipped where tesseract is not installed.
 */
class TesseractSpotCheckTest {

    static final Path TESSERACT = Path.of("/usr/bin/tesseract");
    static final int DPI = 300;

    @Test
    void zonesCutOutReadableValues(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(TESSERACT), "tesseract CLI not installed");
        FormTemplate t = TemplateCatalog.bundled().byId("jidou-teate").orElseThrow();
        Map<String, String> written = Map.of("name", "山田 太郎", "phone", "03-5821-4476", "postalCode", "179-0014",
                "claimedOn", "令和6年5月21日", "bankCode", "7634");
        BufferedImage page = new FormRenderer().render(t, written, DPI);

        assertThat(ocr(dir, page, t.formCodeZone(), new OcrSettings("eng", 7, "ABCDEFGHIJKLMNPQRSTUVWXYZ0123456789-")))
                .isEqualTo(t.formCode());
        for (String name : List.of("name", "phone", "postalCode", "claimedOn")) {
            FieldSpec f = t.field(name).orElseThrow();
            assertThat(ocr(dir, page, f.zone(), f.ocr()).replace(" ", "")).as(name)
                    .isEqualTo(written.get(name).replace(" ", ""));
        }
        FieldSpec bank = t.field("bankCode").orElseThrow();
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < bank.cells(); i++) {
            Zone cell = bank.zone().cell(i, bank.cells());
            cells.add(ocr(dir, page, new Zone(cell.x() + 0.8, cell.y() + 0.8, cell.w() - 1.6, cell.h() - 1.6),
                    new OcrSettings("eng", 13, "0123456789")));
        }
        assertThat(String.join("", cells)).isEqualTo("7634");
    }

    private static String ocr(Path dir, BufferedImage page, Zone z, OcrSettings settings) throws IOException,
            InterruptedException {
        double k = DPI / 25.4;
        BufferedImage crop = page.getSubimage((int) Math.round(z.x() * k), (int) Math.round(z.y() * k),
                (int) Math.round(z.w() * k), (int) Math.round(z.h() * k));
        Path png = Files.createTempFile(dir, "zone", ".png");
        ImageIO.write(crop, "png", png.toFile());
        List<String> command = new ArrayList<>(List.of(TESSERACT.toString(), png.toString(), "-", "-l",
                settings.language(), "--psm", String.valueOf(settings.psm()), "--dpi", String.valueOf(DPI)));
        if (settings.whitelist() != null) {
            command.addAll(List.of("-c", "tessedit_char_whitelist=" + settings.whitelist()));
        }
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor()).isZero();
        return text;
    }
}
