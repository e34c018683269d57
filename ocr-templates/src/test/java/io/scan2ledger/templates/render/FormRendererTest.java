package io.scan2ledger.templates.render;

import io.scan2ledger.template.FieldSpec;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.template.Point;
import io.scan2ledger.template.Zone;
import io.scan2ledger.templates.PageInk;
import io.scan2ledger.templates.TemplateCatalog;
import io.scan2ledger.templates.samples.Sample;
import io.scan2ledger.templates.samples.SampleGenerator;
import io.scan2ledger.templates.samples.ScanOptions;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FormRendererTest {

    static final TemplateCatalog CATALOG = TemplateCatalog.bundled();
    static final FormRenderer RENDERER = new FormRenderer();
    static final int DPI = 150;

    @Test
    void rendersAGrayA4Page() {
        FormTemplate t = form("jumin-ido");
        BufferedImage page = RENDERER.render(t, Map.of(), 300);

        assertThat(page.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(page.getWidth()).isEqualTo(2480);
        assertThat(page.getHeight()).isEqualTo(3507); // floor(297 mm at 300 dpi), as PDFBox renders
    }

    @Test
    void registrationMarksAreSolidSquares() {
        for (FormTemplate t : CATALOG.all()) {
            BufferedImage page = RENDERER.render(t, Map.of(), DPI);
            for (Point m : t.marks()) {
                double half = t.markSize() / 2;
                Zone mark = new Zone(m.x() - half, m.y() - half, t.markSize(), t.markSize());
                assertThat(PageInk.inkFraction(page, mark, DPI, 0.3)).as(t.id()).isEqualTo(1.0);
                Zone around = new Zone(m.x() - half - 3, m.y() - half - 3, t.markSize() + 6, t.markSize() + 6);
                assertThat(PageInk.darkPixels(page, around, DPI, 0)).isLessThan(
                        (int) (Math.pow((t.markSize() + 0.6) * DPI / 25.4, 2)));
            }
        }
    }

    /** A zone must hold only what the applicant writes: no label, no ruling, no printed hint. */
    @Test
    void blankZonesHoldNoPrint() {
        for (FormTemplate t : CATALOG.all()) {
            BufferedImage page = RENDERER.render(t, Map.of(), DPI);
            for (FieldSpec f : t.allFields()) {
                for (Zone z : readZones(f)) {
                    assertThat(PageInk.darkPixels(page, z, DPI, 0.35)).as("%s %s", t.id(), f.name()).isZero();
                }
            }
            assertThat(PageInk.darkPixels(page, t.formCodeZone(), DPI, 0)).as("form code printed").isPositive();
        }
    }

    /** What is written lands inside its zone, nowhere else, for every field of realistic fillings. */
    @Test
    void valuesStayInsideTheirZones() {
        SampleGenerator generator = new SampleGenerator(CATALOG);
        for (FormTemplate t : CATALOG.all()) {
            BufferedImage blank = RENDERER.render(t, Map.of(), DPI);
            for (long seed = 1; seed <= 3; seed++) {
                Sample sample = generator.generate(t, seed, ScanOptions.clean(DPI));
                BufferedImage filled = sample.page();
                List<Zone> zones = new ArrayList<>();
                t.allFields().forEach(f -> zones.addAll(f.options().isEmpty() || f.type().equals("choice")
                        ? List.of(f.zone()) : f.options().stream().map(FieldSpec.Option::zone).toList()));
                assertNewInkOnlyIn(blank, filled, zones, t.id() + " seed " + seed);
                for (FieldSpec f : t.allFields()) {
                    if (!sample.written().get(f.name()).isEmpty() && !f.type().startsWith("checkbox")) {
                        assertThat(PageInk.darkPixels(filled, f.zone(), DPI, 0.35)).as(f.name()).isPositive();
                    }
                }
            }
        }
    }

    @Test
    void longAddressesShrinkToFit() {
        FormTemplate t = form("jidou-teate");
        String longAddress = "東京都緑ヶ丘区ひばりが丘三丁目28番19号 パークハウスさくら台ウエストタワー3509号室";
        BufferedImage blank = RENDERER.render(t, Map.of(), DPI);
        BufferedImage filled = RENDERER.render(t, Map.of("address", longAddress), DPI);

        assertNewInkOnlyIn(blank, filled, List.of(t.field("address").orElseThrow().zone()), "long address");
        assertThat(PageInk.darkPixels(filled, t.field("address").orElseThrow().zone(), DPI, 0.35)).isPositive();
    }

    /** A tick detector can rely on a ticked box being at least a quarter inked, an unticked one empty. */
    @Test
    void ticksCoverAQuarterOfTheBox() {
        FormTemplate t = form("kouza-furikae");
        FieldSpec taxes = t.field("taxes").orElseThrow();
        for (Filling.Tick tick : Filling.Tick.values()) {
            Filling filling = new Filling(Map.of("taxes", "住民税,軽自動車税", "accountType", "普通"), FillFont.IPA_GOTHIC, tick,
                    List.of());
            BufferedImage page = RENDERER.render(t, filling, 300);
            for (FieldSpec.Option option : taxes.options()) {
                double ink = PageInk.inkFraction(page, option.zone(), 300, 0.35);
                if (option.value().equals("住民税") || option.value().equals("軽自動車税")) {
                    assertThat(ink).as("%s %s", tick, option.value()).isGreaterThanOrEqualTo(0.25);
                } else {
                    assertThat(ink).as("%s %s", tick, option.value()).isZero();
                }
            }
        }
    }

    @Test
    void digitsGoOneToACellRightAligned() {
        FormTemplate t = form("jidou-teate");
        FieldSpec account = t.field("accountNumber").orElseThrow();
        BufferedImage page = RENDERER.render(t, Map.of("accountNumber", "123456"), DPI);

        assertThat(PageInk.darkPixels(page, account.zone().cell(0, 7), DPI, 0.6)).as("left cell empty").isZero();
        for (int i = 1; i < 7; i++) {
            assertThat(PageInk.darkPixels(page, account.zone().cell(i, 7), DPI, 0.6)).as("cell " + i).isPositive();
        }
    }

    @Test
    void filledPdfHasTheValuesAsText() throws IOException {
        FormTemplate t = form("jidou-teate");
        Map<String, String> written = new HashMap<>();
        written.put("name", "鈴木 一郎");
        written.put("myNumber", "123456789018");
        written.put("children[0].name", "鈴木 さくら");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        RENDERER.filledPdf(t, written, pdf);

        try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("鈴木 一郎", "鈴木 さくら");
            assertThat(text.replaceAll("\\s", "")).contains("123456789018");
        }
    }

    @Test
    void minchoAndGothicBothRender() {
        FormTemplate t = form("hoiku-moushikomi");
        FieldSpec name = t.field("name").orElseThrow();
        for (FillFont font : List.of(FillFont.IPA_GOTHIC, FillFont.IPA_MINCHO)) {
            BufferedImage page = RENDERER.render(t, new Filling(Map.of("name", "渡辺 陽葵"), font, Filling.Tick.CROSS,
                    List.of()), DPI);
            assertThat(PageInk.darkPixels(page, name.zone(), DPI, 0.35)).as(font.name()).isPositive();
        }
    }

    static FormTemplate form(String id) {
        return CATALOG.byId(id).orElseThrow();
    }

    /** The zones OCR reads: each digit cell, each tick box, or the field's zone. */
    static List<Zone> readZones(FieldSpec f) {
        if (f.type().equals("checkbox-group")) {
            return f.options().stream().map(FieldSpec.Option::zone).toList();
        }
        if (f.cells() > 0) {
            List<Zone> cells = new ArrayList<>();
            for (int i = 0; i < f.cells(); i++) {
                cells.add(f.zone().cell(i, f.cells()));
            }
            return cells;
        }
        return List.of(f.zone());
    }

    static void assertNewInkOnlyIn(BufferedImage blank, BufferedImage filled, List<Zone> zones, String what) {
        double k = DPI / 25.4;
        int outside = 0;
        for (int y = 0; y < blank.getHeight(); y++) {
            for (int x = 0; x < blank.getWidth(); x++) {
                if (blank.getRaster().getSample(x, y, 0) - filled.getRaster().getSample(x, y, 0) > 60) {
                    double mx = (x + 0.5) / k;
                    double my = (y + 0.5) / k;
                    boolean inside = zones.stream().anyMatch(z -> mx >= z.x() && mx <= z.x() + z.w()
                            && my >= z.y() && my <= z.y() + z.h());
                    if (!inside) {
                        outside++;
                    }
                }
            }
        }
        assertThat(outside).as("pixels written outside every zone: " + what).isZero();
    }
}
