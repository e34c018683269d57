package io.scan2ledger.templates;

import io.scan2ledger.template.FormTemplate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed blank.pdf files are exactly what the renderer makes now, so a template change
 * cannot leave a stale form behind. After changing a template, regenerate them with
 * {@code mvn -pl ocr-templates test -Dtest=BlankFormsTest -Dregenerate=true}.
 */
class BlankFormsTest {

    @BeforeAll
    static void regenerateWhenAsked() throws IOException {
        if (Boolean.getBoolean("regenerate")) {
            List<Path> changed = BlankForms.regenerate(ModuleFiles.root());
            System.out.println("regenerated: " + changed);
        }
    }

    @Test
    void committedBlankPdfsMatchTheTemplates() throws IOException {
        for (FormTemplate t : TemplateCatalog.folderAlone(ModuleFiles.root()).all()) {
            Path committed = ModuleFiles.root().resolve(t.id()).resolve(BlankForms.BLANK_PDF);
            assertThat(committed).as("%s (run with -Dregenerate=true)", committed).exists();
            assertThat(Files.readAllBytes(committed)).as("%s is stale: run with -Dregenerate=true", committed)
                    .isEqualTo(BlankForms.blankPdf(t));
        }
    }

    @Test
    void blankPdfsAreReproducible() {
        FormTemplate t = TemplateCatalog.bundled().byId("jumin-ido").orElseThrow();
        assertThat(BlankForms.blankPdf(t)).isEqualTo(BlankForms.blankPdf(t));
    }

    /** Classification by keywords only works if the keywords are really printed on the form. */
    @Test
    void blankFormsPrintTitleFormCodeAndKeywords() throws IOException {
        for (FormTemplate t : TemplateCatalog.bundled().all()) {
            try (PDDocument doc = Loader.loadPDF(BlankForms.blankPdf(t))) {
                String text = new PDFTextStripper().getText(doc).replaceAll("[\\s\u3000]", "");
                assertThat(doc.getNumberOfPages()).isEqualTo(1);
                assertThat(text).contains(t.formCode()).contains(t.title().replaceAll("[\\s\u3000]", ""));
                assertThat(t.keywords()).isNotEmpty().allSatisfy(k -> assertThat(text).as(t.id()).contains(k));
            }
        }
    }
}
