package io.scan2ledger.templates.samples;

import io.scan2ledger.template.FieldSpec;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.template.Zone;
import io.scan2ledger.templates.ModuleFiles;
import io.scan2ledger.templates.PageInk;
import io.scan2ledger.templates.TemplateCatalog;
import io.scan2ledger.templates.render.FormRenderer;
import io.scan2ledger.templates.render.HandDigits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class HandModeTest {

    private static final TemplateCatalog CATALOG = TemplateCatalog.bundled();
    private static final SampleGenerator GENERATOR = new SampleGenerator(CATALOG);
    private static final int DPI = 150;

    /** Every digit a filled square, 16 of 28 pixels wide, as an MNIST digit's ink is about 20. */
    static final HandDigits SQUARES = (digit, r) -> {
        int[] image = new int[28 * 28];
        for (int y = 6; y < 22; y++) {
            for (int x = 6; x < 22; x++) {
                image[y * 28 + x] = 255;
            }
        }
        return image;
    };

    /** A clean, tidy scan (no strokes or seals) written by hand in split hand's typefaces. */
    private static final ScanOptions HAND = ScanOptions.clean(DPI).withFonts(Split.HAND.fonts()).withHand(SQUARES);

    private static FormTemplate form(String id) {
        return CATALOG.byId(id).orElseThrow();
    }

    @Test
    void everyBoxedCellOfADigitFieldGetsInkAndTheCellsLeftEmptyNone() {
        for (long seed = 1; seed <= 3; seed++) {
            Sample s = GENERATOR.generate(form("kouza-furikae"), seed, HAND);
            for (FieldSpec field : s.form().allFields().stream().filter(f -> f.cells() > 0).toList()) {
                String digits = s.written().get(field.name()).replaceAll("\\s", "");
                assertThat(digits).as(field.name()).isNotEmpty();
                int first = Math.max(0, field.cells() - digits.length());
                for (int i = 0; i < field.cells(); i++) {
                    int ink = PageInk.darkPixels(s.page(), field.zone().cell(i, field.cells()), DPI, 0.6);
                    if (i < first) {
                        assertThat(ink).as(field.name() + " cell " + i + " (empty)").isZero();
                    } else {
                        assertThat(ink).as(field.name() + " cell " + i + " of " + digits).isGreaterThan(40);
                    }
                }
            }
        }
    }

    @Test
    void blueInkMakesAColourPageWithBlueValuesAndBlackInkAGreyOne() {
        List<Sample> blue = new ArrayList<>();
        List<Sample> black = new ArrayList<>();
        LongStream.range(1, 9).mapToObj(seed -> GENERATOR.generate(form("jidou-teate"), seed, HAND))
                .forEach(s -> (s.filling().pen().coloured() ? blue : black).add(s));
        assertThat(blue).isNotEmpty();
        assertThat(black).isNotEmpty();
        assertThat(black.get(0).page().getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);

        Sample s = blue.get(0);
        assertThat(s.page().getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        for (String name : List.of("name", "address")) {
            Zone z = s.form().field(name).orElseThrow().zone();
            assertThat(bluePixels(s.page(), z)).as(name).isGreaterThan(30);
        }
        // The printed form stays black: a zone's frame, outside the value, has no blue.
        FieldSpec name = s.form().field("name").orElseThrow();
        Zone label = new Zone(name.zone().x() - 20, name.zone().y(), 18, name.zone().h());
        assertThat(bluePixels(s.page(), label)).isZero();
    }

    @Test
    void theSameSeedWritesTheSamePageAndAnotherSeedAnotherHand() {
        FormTemplate form = form("jidou-teate");
        String first = PrintedSamplesUnchangedTest.pixelHash(GENERATOR.generate(form, 5, HAND).page());
        assertThat(PrintedSamplesUnchangedTest.pixelHash(GENERATOR.generate(form, 5, HAND).page())).isEqualTo(first);
        assertThat(PrintedSamplesUnchangedTest.pixelHash(GENERATOR.generate(form, 6, HAND).page())).isNotEqualTo(first);
        // Hand mode changes how values look, not what they are.
        assertThat(GENERATOR.generate(form, 5, HAND).expected())
                .isEqualTo(GENERATOR.generate(form, 5, HAND.withHand(null)).expected());
    }

    @Test
    void handwrittenValuesStayInsideTheirZonesSaveDigitsRunningOverTheirBox() {
        FormRenderer renderer = new FormRenderer();
        for (FormTemplate form : CATALOG.all()) {
            Sample s = GENERATOR.generate(form, 11, HAND);
            BufferedImage blank = renderer.render(form, Map.of(), DPI);
            List<Zone> allowed = new ArrayList<>();
            for (FieldSpec f : form.allFields()) {
                // Boxed digits may run up to 1.2 mm over their box; anything else keeps to its zone.
                double over = f.cells() > 0 ? 1.3 : 0;
                allowed.add(new Zone(f.zone().x() - over, f.zone().y() - over, f.zone().w() + 2 * over,
                        f.zone().h() + 2 * over));
                f.options().stream().map(FieldSpec.Option::zone).filter(java.util.Objects::nonNull)
                        .forEach(allowed::add);
            }
            double pxPerMm = DPI / 25.4;
            int strays = 0;
            for (int y = 0; y < blank.getHeight(); y++) {
                for (int x = 0; x < blank.getWidth(); x++) {
                    if (luminance(s.page(), x, y) < blank.getRaster().getSample(x, y, 0) - 80) {
                        double mx = (x + 0.5) / pxPerMm;
                        double my = (y + 0.5) / pxPerMm;
                        if (allowed.stream().noneMatch(z -> mx >= z.x() && mx <= z.x() + z.w() && my >= z.y()
                                && my <= z.y() + z.h())) {
                            strays++;
                        }
                    }
                }
            }
            assertThat(strays).as(form.id()).isZero();
        }
    }

    @Test
    void nowAndThenABoxedDigitRunsOverItsBox() {
        FormTemplate form = form("jidou-teate");
        int dpi = 100;
        ScanOptions options = ScanOptions.clean(dpi).withFonts(Split.HAND.fonts()).withHand(SQUARES);
        BufferedImage blank = new FormRenderer().render(form, Map.of(), dpi);
        List<FieldSpec> boxed = form.allFields().stream().filter(f -> f.cells() > 0).toList();
        int cells = 0;
        int over = 0;
        for (long seed = 1; seed <= 20; seed++) {
            Sample s = GENERATOR.generate(form, seed, options);
            for (FieldSpec f : boxed) {
                cells += s.written().get(f.name()).replaceAll("\\s", "").length();
                // Ink above or below the row of boxes, where only a digit running over can put it.
                Zone above = new Zone(f.zone().x(), f.zone().y() - 1.3, f.zone().w(), 1.0);
                Zone below = new Zone(f.zone().x(), f.zone().y() + f.zone().h() + 0.3, f.zone().w(), 1.0);
                for (Zone ring : List.of(above, below)) {
                    if (PageInk.darkPixels(s.page(), ring, dpi, 0) > PageInk.darkPixels(blank, ring, dpi, 0)) {
                        over++;
                    }
                }
            }
        }
        // One in 25 runs over, and half of those above or below: about one cell in 50.
        assertThat(cells).isGreaterThan(500);
        assertThat(over).isBetween(cells / 200, cells / 20);
    }

    @Test
    void theSamplesCommandWritesHandOnlyWithDigitImagesAndOnlyAsSplitHand(@TempDir Path dir) throws IOException {
        SamplesCommandTest.Result without = SamplesCommandTest.run("--out", dir.toString(), "--hand", "--n", "1");
        assertThat(without.code()).isEqualTo(2);
        assertThat(without.err()).contains("--hand needs handwritten digit images");
        assertThat(SamplesCommandTest.run("--out", dir.toString(), "--hand", "--split", "seen").err())
                .contains("does not go with --split seen");
        assertThat(SamplesCommandTest.run("--help").out()).contains("--hand", "MNIST test images 5000-9999");
    }

    @Test
    void theLauncherFetchesMnistWhereHandSamplesAreWritten() throws IOException {
        String launcher = Files.readString(ModuleFiles.root().getParent().resolve("scan2ledger"));
        for (String command : List.of("  demo)", "  bench)", "  samples)")) {
            String branch = launcher.substring(launcher.indexOf(command), launcher.indexOf(";;", launcher.indexOf(command)));
            assertThat(branch).as(command).contains("ensure_mnist_data");
        }
        assertThat(launcher).contains("export SCAN2LEDGER_MNIST_DIR=");
        assertThat(Files.readString(ModuleFiles.root().getParent().resolve("scripts/demo.sh"))).contains("--hand --n 2");
    }

    private static int bluePixels(BufferedImage page, Zone z) {
        double k = DPI / 25.4;
        int count = 0;
        for (int y = (int) (z.y() * k); y < (int) ((z.y() + z.h()) * k); y++) {
            for (int x = (int) (z.x() * k); x < (int) ((z.x() + z.w()) * k); x++) {
                int rgb = page.getRGB(x, y);
                int r = rgb >> 16 & 0xff;
                int b = rgb & 0xff;
                if (b - r > 40 && luminance(page, x, y) < 160) {
                    count++;
                }
            }
        }
        return count;
    }

    private static int luminance(BufferedImage page, int x, int y) {
        if (page.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return page.getRaster().getSample(x, y, 0);
        }
        int rgb = page.getRGB(x, y);
        return (int) Math.round(0.299 * (rgb >> 16 & 0xff) + 0.587 * (rgb >> 8 & 0xff) + 0.114 * (rgb & 0xff));
    }
}
