package io.scan2ledger.templates.samples;

import io.scan2ledger.template.FieldSpec;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.template.Point;
import io.scan2ledger.templates.PageInk;
import io.scan2ledger.templates.TemplateCatalog;
import io.scan2ledger.templates.render.FormRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SampleGeneratorTest {

    static final TemplateCatalog CATALOG = TemplateCatalog.bundled();
    static final SampleGenerator GENERATOR = new SampleGenerator(CATALOG);

    @Test
    void sameSeedGivesTheSamePngBytes(@TempDir Path dir) throws IOException {
        FormTemplate form = form("jidou-teate");
        Path first = GENERATOR.generate(form, 42, ScanOptions.typical()).writeTo(dir.resolve("a"), OutputKind.PNG);
        Path again = GENERATOR.generate(form, 42, ScanOptions.typical()).writeTo(dir.resolve("b"), OutputKind.PNG);
        Path other = GENERATOR.generate(form, 43, ScanOptions.typical()).writeTo(dir.resolve("c"), OutputKind.PNG);

        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(first));
        assertThat(Files.readString(SampleFiles.truthFile(again))).isEqualTo(Files.readString(SampleFiles.truthFile(first)));
        assertThat(Files.readAllBytes(other)).isNotEqualTo(Files.readAllBytes(first));
    }

    @Test
    void degradationsStayWithinTheirBoundsAndUseThem() {
        SplittableRandom r = new SplittableRandom(3);
        double maxSkew = 0;
        double maxOffset = 0;
        for (int i = 0; i < 5000; i++) {
            Degradation d = Degradation.draw(ScanOptions.typical().withNoise(Noise.HEAVY), r);
            Transform t = d.transform();
            assertThat(Math.abs(t.skewDeg())).isLessThanOrEqualTo(3);
            assertThat(Math.abs(t.offsetXmm())).isLessThanOrEqualTo(4);
            assertThat(Math.abs(t.offsetYmm())).isLessThanOrEqualTo(4);
            assertThat(t.scale()).isBetween(0.98, 1.02);
            assertThat(d.jpegQuality()).isBetween(40, 60);
            assertThat(d.binarizeThreshold() == 0 || d.binarizeThreshold() >= 140 && d.binarizeThreshold() <= 180)
                    .isTrue();
            maxSkew = Math.max(maxSkew, Math.abs(t.skewDeg()));
            maxOffset = Math.max(maxOffset, Math.abs(t.offsetXmm()));
        }
        assertThat(maxSkew).isGreaterThan(2.9);
        assertThat(maxOffset).isGreaterThan(3.9);
        assertThat(Degradation.draw(ScanOptions.clean(300), r)).isEqualTo(new Degradation(Transform.IDENTITY, 0, false,
                90, false, 0));
    }

    /** Even the worst skew, offset and scale keep every registration mark whole on the page. */
    @Test
    void marksStayOnThePageAtTheExtremes() {
        for (FormTemplate form : CATALOG.all()) {
            for (double skew : new double[] {-3, 3}) {
                for (double dx : new double[] {-4, 4}) {
                    for (double dy : new double[] {-4, 4}) {
                        for (double scale : new double[] {0.98, 1.02}) {
                            Transform t = new Transform(skew, dx, dy, scale);
                            for (Point m : form.marks()) {
                                double half = form.markSize() / 2;
                                for (double[] corner : new double[][] {{-half, -half}, {half, -half}, {-half, half},
                                        {half, half}}) {
                                    Point p = t.map(new Point(m.x() + corner[0], m.y() + corner[1]), 210, 297);
                                    assertThat(p.x()).isBetween(1.0, 209.0);
                                    assertThat(p.y()).isBetween(1.0, 296.0);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /** The recorded transform is the one applied: each mark is found on the scan where the truth says. */
    @Test
    void marksAreWhereTheTruthSays() {
        for (long seed = 1; seed <= 6; seed++) {
            FormTemplate form = CATALOG.all().get((int) (seed % 4));
            Sample s = GENERATOR.generate(form, seed, ScanOptions.typical().withNoise(Noise.NONE).withDpis(List.of(200)));
            assertThat(s.transform()).isNotEqualTo(Transform.IDENTITY);
            List<Point> expected = s.marksOnScan();
            for (Point p : expected) {
                Point found = darkCentroid(s.page(), p, (int) (6 * s.dpi() / 25.4));
                assertThat(found.x()).as("seed %d mark x", seed).isCloseTo(p.x(), within(1.0));
                assertThat(found.y()).as("seed %d mark y", seed).isCloseTo(p.y(), within(1.0));
            }
        }
    }

    @Test
    void wrongCheckDigitIsPlantedInTheMyNumber() {
        Sample s = defective(Defect.WRONG_CHECK_DIGIT, "jidou-teate");
        String written = s.written().get("myNumber");

        assertThat(s.defects()).containsExactly(new Defect.Planted("wrong-check-digit", "myNumber",
                s.defects().get(0).note()));
        assertThat(written).matches("\\d{12}");
        assertThat(CheckDigits.isValidMyNumber(written)).isFalse();
        assertThat(s.expected().get("myNumber")).isEqualTo(written);
        assertThat(Defect.WRONG_CHECK_DIGIT.appliesTo(form("jumin-ido"))).isFalse();
    }

    @Test
    void impossibleDateIsWrittenAndExpectsNothing() {
        for (FormTemplate form : CATALOG.all()) {
            Sample s = defective(Defect.IMPOSSIBLE_DATE, form.id());
            String field = s.defects().get(0).field();
            String written = java.text.Normalizer.normalize(s.written().get(field), java.text.Normalizer.Form.NFKC);

            assertThat(form.field(field).orElseThrow().type()).isEqualTo("era-date");
            assertThat(written).matches(".*(2月3[01]|[469]月31|11月31|\\.0?2\\.3[01]|\\.0?[469]\\.31|\\.11\\.31).*");
            assertThat(s.expected().get(field)).isEmpty();
        }
    }

    @Test
    void emptyRequiredLeavesARequiredFieldBlank() {
        for (FormTemplate form : CATALOG.all()) {
            Sample s = defective(Defect.EMPTY_REQUIRED, form.id());
            String field = s.defects().get(0).field();

            assertThat(form.field(field).orElseThrow().required()).isTrue();
            assertThat(s.written().get(field)).isEmpty();
            assertThat(s.expected().get(field)).isEmpty();
        }
    }

    @Test
    void smudgeBlotsOneValueButKeepsItsTruth() {
        FormTemplate form = form("kouza-furikae");
        Sample s = GENERATOR.generate(form, 11, ScanOptions.clean(150).withDefect(Defect.SMUDGE));
        Sample clean = GENERATOR.generate(form, 11, ScanOptions.clean(150));
        FieldSpec field = form.field(s.defects().get(0).field()).orElseThrow();

        assertThat(s.expected()).isEqualTo(clean.expected());
        assertThat(PageInk.inkFraction(s.page(), field.zone(), 150, 0)).isGreaterThan(0.3);
        assertThat(PageInk.inkFraction(clean.page(), field.zone(), 150, 0)).isLessThan(0.15);
    }

    @Test
    void cleanOptionsGiveTheRenderedPage() {
        FormTemplate form = form("hoiku-moushikomi");
        Sample s = GENERATOR.generate(form, 5, ScanOptions.clean(100));
        BufferedImage rendered = new FormRenderer().render(form, s.filling(), 100);

        assertThat(s.transform()).isEqualTo(Transform.IDENTITY);
        assertThat(samePixels(s.page(), rendered)).isTrue();
    }

    /** A 300 dpi page, rendered and degraded, in well under a second (the benchmark makes hundreds). */
    @Test
    void generationIsFast() {
        ScanOptions options = ScanOptions.typical().withDpis(List.of(300)).withNoise(Noise.HEAVY);
        GENERATOR.generate(form("jumin-ido"), 0, options);
        int n = 8;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            GENERATOR.generate(CATALOG.all().get(i % 4), 100 + i, options);
        }
        long perPage = (System.nanoTime() - start) / n / 1_000_000;
        System.out.println("sample generation: " + perPage + " ms per 300 dpi page (heavy noise)");
        assertThat(perPage).isLessThan(1000);
    }

    private static Sample defective(Defect defect, String formId) {
        Sample s = GENERATOR.generate(form(formId), 21, ScanOptions.clean(100).withDefect(defect));
        assertThat(s.defects()).hasSize(1);
        assertThat(s.defects().get(0).kind()).isEqualTo(defect.id());
        return s;
    }

    private static Point darkCentroid(BufferedImage page, Point around, int radius) {
        double sx = 0;
        double sy = 0;
        int n = 0;
        for (int y = (int) around.y() - radius; y <= around.y() + radius; y++) {
            for (int x = (int) around.x() - radius; x <= around.x() + radius; x++) {
                if (x >= 0 && y >= 0 && x < page.getWidth() && y < page.getHeight()
                        && PageInk.gray(page, x, y) < 128) {
                    sx += x + 0.5;
                    sy += y + 0.5;
                    n++;
                }
            }
        }
        return new Point(sx / n, sy / n);
    }

    private static boolean samePixels(BufferedImage a, BufferedImage b) {
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRaster().getSample(x, y, 0) != b.getRaster().getSample(x, y, 0)) {
                    return false;
                }
            }
        }
        return a.getWidth() == b.getWidth() && a.getHeight() == b.getHeight();
    }

    static FormTemplate form(String id) {
        return CATALOG.byId(id).orElseThrow();
    }
}
