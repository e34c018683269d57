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
        assertThat(TemplateCatalog.folderAlone(ModuleFiles.root()).all())
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

    /** A fifth form needs a folder and no Java: laid over the bundled four, it loads, renders and gets samples. */
    @Test
    void aFolderAddsAFormToTheBundledOnes(@TempDir Path dir) throws IOException {
        form(dir, "inkan-touroku", TemplateLoaderTest.VALID.replace("id: tiny", "id: inkan-touroku")
                .replace("S2L-TI-01", NEW_CODE)
                .replace("      - name: birthDate", "      - name: birthDate\n        required: true"));

        TemplateCatalog catalog = TemplateCatalog.layered(List.of(dir));
        FormTemplate fifth = catalog.byFormCode(NEW_CODE).orElseThrow();
        Sample sample = new SampleGenerator(catalog).generate(fifth, 7, ScanOptions.clean(100));

        assertThat(catalog.all()).extracting(FormTemplate::id).containsExactlyElementsOf(
                Stream.concat(FORMS.stream(), Stream.of("inkan-touroku")).toList());
        assertThat(catalog.all().subList(0, 4)).isEqualTo(TemplateCatalog.bundled().all());
        assertThat(catalog.source("inkan-touroku")).contains(dir.resolve("inkan-touroku/template.yaml").toString());
        // The bundled lists stay: the name dictionaries the fifth form's name field is repaired with.
        assertThat(catalog.referenceRows("family-names")).isNotEmpty();
        assertThat(catalog.reference("banks")).isEqualTo(TemplateCatalog.bundled().reference("banks"));
        assertThat(sample.expected().get("name")).isNotBlank();
        assertThat(sample.expected().get("kind")).isIn("転入", "転出");
        assertThat(sample.expected().get("children[0].birthDate")).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(sample.page().getWidth()).isEqualTo(new FormRenderer().render(fifth, sample.written(), 100)
                .getWidth());
    }

    @Test
    void aFolderReplacesABundledFormOfTheSameId(@TempDir Path dir) throws IOException {
        form(dir, "jumin-ido", Files.readString(ModuleFiles.root().resolve("jumin-ido/template.yaml"))
                .replaceFirst("(?m)^version: \\d+", "version: 9"));

        TemplateCatalog catalog = TemplateCatalog.layered(List.of(dir));

        assertThat(catalog.all()).extracting(FormTemplate::id).containsExactlyElementsOf(FORMS);
        assertThat(catalog.byId("jumin-ido").orElseThrow().version()).isEqualTo(9);
        assertThat(catalog.byId("jidou-teate")).isEqualTo(TemplateCatalog.bundled().byId("jidou-teate"));
        assertThat(catalog.source("jumin-ido")).contains(dir.resolve("jumin-ido/template.yaml").toString());
    }

    @Test
    void aFolderListReplacesTheBundledListOfItsNameAndANewListIsAdded(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("reference"));
        Files.writeString(dir.resolve("reference/nursery-facilities.txt"), "# two only\nみどり保育園\nそら保育園\n");
        Files.writeString(dir.resolve("reference/wards.txt"), "北区\n南区\n");
        form(dir, "inkan-touroku", TemplateLoaderTest.VALID.replace("id: tiny", "id: inkan-touroku")
                .replace("S2L-TI-01", NEW_CODE).replace("    required: true", "    required: true\n    rules: {reference: wards}"));

        TemplateCatalog catalog = TemplateCatalog.layered(List.of(dir));

        assertThat(catalog.reference("nursery-facilities")).containsExactly("みどり保育園", "そら保育園");
        assertThat(catalog.reference("wards")).containsExactly("北区", "南区");
        assertThat(catalog.reference("addresses")).isEqualTo(TemplateCatalog.bundled().reference("addresses"));
        assertThat(catalog.byId("inkan-touroku")).isPresent();
    }

    @Test
    void aListNamedInNoLayerFailsNamingTheFileAndTheKey(@TempDir Path dir) throws IOException {
        form(dir, "inkan-touroku", TemplateLoaderTest.VALID.replace("id: tiny", "id: inkan-touroku")
                .replace("S2L-TI-01", NEW_CODE).replace("    required: true", "    required: true\n    rules: {reference: wards}"));
        Path table = dir.resolve("second");
        form(dir, "second", TemplateLoaderTest.VALID.replace("id: tiny", "id: second").replace("S2L-TI-01", "S2L-QQ-88")
                .replace("        zone: {x: 53, y: 100, w: 60, h: 10}",
                        "        zone: {x: 53, y: 100, w: 60, h: 10}\n        rules: {reference: towns}"));

        assertThatThrownBy(() -> TemplateCatalog.layered(List.of(dir))).isInstanceOfSatisfying(TemplateException.class,
                e -> {
                    assertThat(e.file()).isEqualTo(dir.resolve("inkan-touroku/template.yaml").toString());
                    assertThat(e.path()).isEqualTo("fields[0].rules.reference");
                    assertThat(e).hasMessageContaining("no reference list 'wards'");
                });
        Files.delete(dir.resolve("inkan-touroku/template.yaml"));
        assertThatThrownBy(() -> TemplateCatalog.layered(List.of(dir))).isInstanceOfSatisfying(TemplateException.class,
                e -> {
                    assertThat(e.file()).isEqualTo(table.resolve("template.yaml").toString());
                    assertThat(e.path()).isEqualTo("tables[0].columns[0].rules.reference");
                    assertThat(e).hasMessageContaining("no reference list 'towns'");
                });
        form(dir, "second", TemplateLoaderTest.VALID.replace("id: tiny", "id: second").replace("S2L-TI-01", "S2L-QQ-88")
                .replace("    type: name", "    type: text\n    rules: {places: towns}"));
        assertThatThrownBy(() -> TemplateCatalog.layered(List.of(dir))).isInstanceOfSatisfying(TemplateException.class,
                e -> assertThat(e.path()).isEqualTo("fields[0].rules.places"));
    }

    @Test
    void laterFoldersLayOverEarlierOnes(@TempDir Path dir) throws IOException {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        String fifth = TemplateLoaderTest.VALID.replace("id: tiny", "id: inkan-touroku").replace("S2L-TI-01", NEW_CODE);
        form(first, "inkan-touroku", fifth.replace("title: 小さな届", "title: 最初の届"));
        form(second, "inkan-touroku", fifth.replace("title: 小さな届", "title: 後の届"));
        Files.createDirectories(first.resolve("reference"));
        Files.createDirectories(second.resolve("reference"));
        Files.writeString(first.resolve("reference/wards.txt"), "北区\n");
        Files.writeString(second.resolve("reference/wards.txt"), "南区\n");
        Files.writeString(first.resolve("reference/towns.txt"), "本町\n");

        TemplateCatalog catalog = TemplateCatalog.layered(List.of(first, second));

        assertThat(catalog.all()).hasSize(5);
        assertThat(catalog.byId("inkan-touroku").orElseThrow().title()).isEqualTo("後の届");
        assertThat(catalog.reference("wards")).containsExactly("南区");
        assertThat(catalog.reference("towns")).containsExactly("本町");
        assertThat(TemplateCatalog.layered(List.of(second, first)).byId("inkan-touroku").orElseThrow().title())
                .isEqualTo("最初の届");
    }

    @Test
    void aMissingFolderIsAnError(@TempDir Path dir) {
        assertThatThrownBy(() -> TemplateCatalog.layered(List.of(dir.resolve("nope"))))
                .isInstanceOf(TemplateException.class).hasMessageContaining("no such template folder");
    }

    @Test
    void aTemplateMustSitInTheFolderOfItsId(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("other"));
        Files.writeString(dir.resolve("other/template.yaml"), TemplateLoaderTest.VALID);

        assertThatThrownBy(() -> TemplateCatalog.layered(List.of(dir))).isInstanceOf(TemplateException.class)
                .hasMessageContaining("id: 'tiny' must equal its folder's name 'other'");
    }

    @Test
    void twoFormsCannotShareAFormCode(@TempDir Path dir) throws IOException {
        form(dir, "first", TemplateLoaderTest.VALID.replace("id: tiny", "id: first").replace("S2L-TI-01", NEW_CODE));
        form(dir, "second", TemplateLoaderTest.VALID.replace("id: tiny", "id: second").replace("S2L-TI-01", NEW_CODE));

        assertThatThrownBy(() -> TemplateCatalog.layered(List.of(dir))).isInstanceOf(TemplateException.class)
                .hasMessageContaining("'" + NEW_CODE + "' is used by both first and second");
    }

    @Test
    void formCodesMustNotBeOneMisreadApart(@TempDir Path dir) throws IOException {
        // S2L-TI-01 is one character from the bundled jumin-ido's S2L-JI-01.
        form(dir, "tiny", TemplateLoaderTest.VALID);

        assertThatThrownBy(() -> TemplateCatalog.layered(List.of(dir))).isInstanceOfSatisfying(TemplateException.class,
                e -> {
                    assertThat(e.file()).isEqualTo(dir.resolve("tiny/template.yaml").toString());
                    assertThat(e).hasMessageContaining("'S2L-TI-01' (tiny) is too close to 'S2L-JI-01' (jumin-ido)");
                });
        assertThat(io.scan2ledger.support.EditDistance.between("S2L-JI-01", "S2L-CA-02")).isEqualTo(3);
    }

    /** Far enough from every bundled form's code. */
    static final String NEW_CODE = "S2L-IK-75";

    private static void form(Path root, String id, String yaml) throws IOException {
        Files.createDirectories(root.resolve(id));
        Files.writeString(root.resolve(id).resolve(TemplateCatalog.TEMPLATE_FILE), yaml);
    }
}
