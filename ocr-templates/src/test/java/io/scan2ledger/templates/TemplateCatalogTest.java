package io.scan2ledger.templates;

import io.scan2ledger.template.FieldSpec;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.templates.render.FormRenderer;
import io.scan2ledger.templates.samples.Sample;
import io.scan2ledger.templates.samples.SampleGenerator;
import io.scan2ledger.templates.samples.ScanOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateCatalogTest {

    static final List<String> FORMS = List.of("hoiku-moushikomi", "jidou-teate", "jumin-ido", "kouza-furikae");

    @Test
    void bundledCatalogHoldsTheFourForms() {
        TemplateCatalog catalog = TemplateCatalog.bundled();

        assertThat(catalog.all()).extracting(FormTemplate::id).containsExactlyElementsOf(FORMS);
        assertThat(catalog.byId("jidou-teate").orElseThrow().formCode()).isEqualTo("S2L-CA-02");
        assertThat(catalog.byFormCode("S2L-JI-01").orElseThrow().id()).isEqualTo("jumin-ido");
        assertThat(catalog.byId("nope")).isEmpty();
        assertThat(catalog.byFormCode("S2L-XX-99")).isEmpty();
    }

    @Test
    void bundledAndDirectoryCatalogsAreTheSame() {
        assertThat(TemplateCatalog.fromDirectory(ModuleFiles.root()).all())
                .isEqualTo(TemplateCatalog.bundled().all());
    }

    @Test
    void formsHaveWhatTheBriefAsksFor() {
        for (FormTemplate t : TemplateCatalog.bundled().all()) {
            assertThat(t.pageWidth()).isEqualTo(210);
            assertThat(t.pageHeight()).isEqualTo(297);
            assertThat(t.marks()).hasSize(4).allSatisfy(m -> {
                assertThat(Math.min(m.x(), t.pageWidth() - m.x()) - t.markSize() / 2).isGreaterThanOrEqualTo(8);
                assertThat(Math.min(m.y(), t.pageHeight() - m.y()) - t.markSize() / 2).isGreaterThanOrEqualTo(8);
            });
            for (FieldSpec f : t.allFields()) {
                if (f.cells() > 0) {
                    assertThat(f.zone().cell(0, f.cells()).w()).as(f.name()).isGreaterThanOrEqualTo(7);
                    assertThat(f.zone().h()).as(f.name()).isGreaterThanOrEqualTo(9);
                    // Boxed digits are read by the reader's own method: the template sets no OCR settings.
                    assertThat(f.ocr()).as(f.name()).isNull();
                } else if (!f.type().startsWith("checkbox")) {
                    assertThat(f.zone().h()).as(f.name()).isGreaterThanOrEqualTo(8);
                    assertThat(f.ocr().psm()).as(f.name()).isEqualTo(7);
                }
            }
        }
    }

    @Test
    void cellCountsMatchTheNumbersWritten() {
        FormTemplate claim = TemplateCatalog.bundled().byId("jidou-teate").orElseThrow();
        assertThat(claim.field("myNumber").orElseThrow().cells()).isEqualTo(12);
        assertThat(claim.field("bankCode").orElseThrow().cells()).isEqualTo(4);
        assertThat(claim.field("branchCode").orElseThrow().cells()).isEqualTo(3);
        assertThat(claim.field("accountNumber").orElseThrow().cells()).isEqualTo(7);
        assertThat(claim.tables()).singleElement().satisfies(t -> assertThat(t.rows()).isEqualTo(3));
    }

    @Test
    void referenceListsAreLoaded() {
        TemplateCatalog catalog = TemplateCatalog.bundled();

        assertThat(catalog.reference("nursery-facilities")).hasSizeGreaterThanOrEqualTo(20).doesNotHaveDuplicates();
        assertThat(catalog.referenceList("banks").orElseThrow().rows()).hasSizeGreaterThanOrEqualTo(15)
                .allSatisfy(row -> assertThat(row.get(1)).matches("\\d{4}"));
        List<List<String>> branches = catalog.referenceList("bank-branches").orElseThrow().rows();
        assertThat(branches).allSatisfy(row -> assertThat(row.get(2)).matches("\\d{3}"));
        assertThat(branches.stream().map(row -> row.get(1) + row.get(2))).doesNotHaveDuplicates();
        assertThat(catalog.reference("banks")).allSatisfy(bank -> assertThat(branches.stream()
                .filter(b -> catalog.referenceList("banks").orElseThrow().rows().stream()
                        .anyMatch(r -> r.get(0).equals(bank) && r.get(1).equals(b.get(1))))).isNotEmpty());
        assertThat(catalog.reference("no-such-list")).isEmpty();
    }

    @Test
    void indexListsExactlyTheFilesOfTheFolder() throws IOException {
        Path root = ModuleFiles.root();
        List<String> index = Files.readAllLines(root.resolve("index.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();

        assertThat(index).isEqualTo(TemplateCatalog.indexOf(root));
    }

    /** A fifth form needs a folder and no Java: it loads, renders and gets synthetic samples. */
    @Test
    void aFifthFormLoadsFromADirectory(@TempDir Path dir) throws IOException {
        copy(ModuleFiles.root().resolve("reference"), dir.resolve("reference"));
        Files.createDirectories(dir.resolve("inkan-touroku"));
        Files.writeString(dir.resolve("inkan-touroku/template.yaml"), TemplateLoaderTest.VALID
                .replace("id: tiny", "id: inkan-touroku").replace("S2L-TI-01", "S2L-IT-01")
                .replace("      - name: birthDate", "      - name: birthDate\n        required: true"));

        TemplateCatalog catalog = TemplateCatalog.fromDirectory(dir);
        FormTemplate fifth = catalog.byFormCode("S2L-IT-01").orElseThrow();
        Sample sample = new SampleGenerator(catalog).generate(fifth, 7, ScanOptions.clean(100));

        assertThat(catalog.all()).extracting(FormTemplate::id).containsExactly("inkan-touroku");
        assertThat(sample.expected().get("name")).isNotBlank();
        assertThat(sample.expected().get("kind")).isIn("転入", "転出");
        assertThat(sample.expected().get("children[0].birthDate")).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(sample.page().getWidth()).isEqualTo(new FormRenderer().render(fifth, sample.written(), 100)
                .getWidth());
    }

    @Test
    void aTemplateMustSitInTheFolderOfItsId(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("other"));
        Files.writeString(dir.resolve("other/template.yaml"), TemplateLoaderTest.VALID);

        assertThatThrownBy(() -> TemplateCatalog.fromDirectory(dir)).isInstanceOf(TemplateException.class)
                .hasMessageContaining("id: 'tiny' must equal its folder's name 'other'");
    }

    @Test
    void aMissingReferenceListIsAnError(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("tiny"));
        Files.writeString(dir.resolve("tiny/template.yaml"), TemplateLoaderTest.VALID
                .replace("    required: true", "    required: true\n    rules: {reference: wards}"));

        assertThatThrownBy(() -> TemplateCatalog.fromDirectory(dir)).isInstanceOf(TemplateException.class)
                .hasMessageContaining("no reference list 'wards'");
    }

    @Test
    void twoFormsCannotShareAFormCode(@TempDir Path dir) throws IOException {
        for (String id : List.of("first", "second")) {
            Files.createDirectories(dir.resolve(id));
            Files.writeString(dir.resolve(id + "/template.yaml"), TemplateLoaderTest.VALID.replace("id: tiny",
                    "id: " + id));
        }
        assertThatThrownBy(() -> TemplateCatalog.fromDirectory(dir)).isInstanceOf(TemplateException.class)
                .hasMessageContaining("'S2L-TI-01' is used by both first and second");
    }

    @Test
    void formCodesMustNotBeOneMisreadApart(@TempDir Path dir) throws IOException {
        for (String id : List.of("first", "second")) {
            Files.createDirectories(dir.resolve(id));
            Files.writeString(dir.resolve(id + "/template.yaml"), TemplateLoaderTest.VALID.replace("id: tiny",
                    "id: " + id).replace("S2L-TI-01", id.equals("first") ? "S2L-TI-01" : "S2L-TJ-02"));
        }
        assertThatThrownBy(() -> TemplateCatalog.fromDirectory(dir)).isInstanceOf(TemplateException.class)
                .hasMessageContaining("'S2L-TJ-02' (second) is too close to 'S2L-TI-01' (first)");
        assertThat(io.scan2ledger.support.EditDistance.between("S2L-JI-01", "S2L-CA-02")).isEqualTo(3);
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }
}
