package io.scan2ledger.templates.render;

import io.scan2ledger.template.FieldSpec;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.template.Zone;
import io.scan2ledger.templates.PageInk;
import io.scan2ledger.templates.TemplateCatalog;
import io.scan2ledger.templates.samples.Sample;
import io.scan2ledger.templates.samples.SampleGenerator;
import io.scan2ledger.templates.samples.ScanOptions;
import io.scan2ledger.templates.samples.procedural.ProceduralForms;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import static io.scan2ledger.templates.render.FormRendererTest.DPI;
import static io.scan2ledger.templates.render.FormRendererTest.RENDERER;
import static org.assertj.core.api.Assertions.assertThat;

/** Generated forms print like the bundled ones: nothing in a zone but the value, their words on the page. */
class ProceduralFormsRenderTest {

    static final TemplateCatalog CATALOG = ProceduralForms.catalog(0, 8);

    @Test
    void blankPdfsRenderWithTitleCodeAndKeywords() throws IOException {
        for (FormTemplate t : CATALOG.all()) {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            RENDERER.blankPdf(t, pdf);
            try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
                String text = new PDFTextStripper().getText(doc).replaceAll("[\\s\u3000]", "");
                assertThat(doc.getNumberOfPages()).isEqualTo(1);
                assertThat(text).as(t.id()).contains(t.formCode()).contains(t.title().replaceAll("[\\s\u3000]", ""));
                assertThat(t.keywords()).allSatisfy(k -> assertThat(text).as(t.id()).contains(k));
            }
        }
    }

    @Test
    void blankZonesHoldNoPrint() {
        for (FormTemplate t : CATALOG.all()) {
            BufferedImage page = RENDERER.render(t, Map.of(), DPI);
            for (FieldSpec f : t.allFields()) {
                for (Zone z : FormRendererTest.readZones(f)) {
                    assertThat(PageInk.darkPixels(page, z, DPI, 0.35)).as("%s %s", t.id(), f.name()).isZero();
                }
            }
        }
    }

    /** Values fit their zones at a readable size: nothing written spills out, every value leaves ink. */
    @Test
    void valuesStayInsideTheirZones() {
        SampleGenerator generator = new SampleGenerator(CATALOG);
        for (FormTemplate t : CATALOG.all()) {
            BufferedImage blank = RENDERER.render(t, Map.of(), DPI);
            Sample sample = generator.generate(t, 3, ScanOptions.clean(DPI));
            List<Zone> zones = t.allFields().stream().flatMap(f -> FormRendererTest.readZones(f).stream()).toList();
            FormRendererTest.assertNewInkOnlyIn(blank, sample.page(), zones, t.id());
            for (FieldSpec f : t.fields()) {
                if (!f.type().startsWith("checkbox")) {
                    assertThat(PageInk.darkPixels(sample.page(), f.zone(), DPI, 0.35)).as("%s %s", t.id(), f.name())
                            .isPositive();
                }
            }
        }
    }
}
