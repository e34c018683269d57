package io.scan2ledger.templates;

import io.scan2ledger.template.CrossRule;
import io.scan2ledger.template.Engine;
import io.scan2ledger.template.FieldSpec;
import io.scan2ledger.template.FormTemplate;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every way a template can be wrong fails loudly, naming the file and the YAML path. */
class TemplateLoaderTest {

    static final String FILE = "tiny/template.yaml";

    /** A small valid template; each test breaks one thing in it. */
    static final String VALID = """
            id: tiny
            version: 1
            title: 小さな届
            formCode: S2L-TI-01
            formCodeZone: {x: 140, y: 18, w: 40, h: 8}
            keywords: [小さな届]
            page: {width: 210, height: 297}
            markSize: 5
            marks:
              - {x: 15, y: 15}
              - {x: 195, y: 15}
              - {x: 15, y: 282}
              - {x: 195, y: 282}
            reviewThreshold: 0.8
            fields:
              - name: name
                label: 氏名
                type: name
                zone: {x: 53, y: 51, w: 100, h: 10}
                required: true
              - name: kind
                label: 種類
                type: checkbox-group
                options:
                  - {value: 転入, zone: {x: 57, y: 70, w: 5, h: 5}}
                  - {value: 転出, zone: {x: 87, y: 70, w: 5, h: 5}}
            tables:
              - name: children
                label: 児童
                rows: 2
                rowPitch: 12
                columns:
                  - name: birthDate
                    label: 生年月日
                    type: era-date
                    zone: {x: 53, y: 100, w: 60, h: 10}
            rules:
              - kind: exactly-one
                fields: [kind]
                ja: 一つだけ
                en: exactly one
            layout:
              - {kind: title, x: 20, y: 27, w: 170, h: 12, text: 小さな届}
            """;

    @Test
    void readsAValidTemplate() {
        FormTemplate t = TemplateLoader.parse(FILE, VALID);

        assertThat(t.id()).isEqualTo("tiny");
        assertThat(t.marks()).hasSize(4);
        assertThat(t.allFields()).extracting(FieldSpec::name)
                .containsExactly("name", "kind", "children[0].birthDate", "children[1].birthDate");
        FieldSpec group = t.field("kind").orElseThrow();
        assertThat(group.optionValues()).containsExactly("転入", "転出");
        assertThat(group.zone().x()).isEqualTo(57);
        assertThat(group.zone().w()).isEqualTo(35);
        assertThat(t.field("children[1].birthDate").orElseThrow().zone().y()).isEqualTo(112);
    }

    @Test
    void unknownKey() {
        assertFails(VALID.replace("    required: true", "    requried: true"),
                "fields[0].requried", "unknown key");
    }

    @Test
    void unknownTopLevelKey() {
        assertFails(VALID.replace("version: 1", "version: 1\nverison: 2"), "verison", "unknown key");
    }

    @Test
    void missingRequiredKey() {
        assertFails(VALID.replace("formCode: S2L-TI-01\n", ""), "formCode", "missing (required)");
    }

    @Test
    void missingZone() {
        assertFails(VALID.replace("    zone: {x: 53, y: 51, w: 100, h: 10}\n", ""), "fields[0].zone", "missing");
    }

    @Test
    void wrongValueKind() {
        assertFails(VALID.replace("w: 100", "w: wide"), "fields[0].zone.w", "must be a number");
    }

    @Test
    void zoneOffThePage() {
        assertFails(VALID.replace("{x: 53, y: 51, w: 100, h: 10}", "{x: 150, y: 51, w: 100, h: 10}"),
                "fields[0].zone", "lies off the 210 x 297 mm page");
    }

    @Test
    void tableRowOffThePage() {
        assertFails(VALID.replace("rows: 2", "rows: 20"), "tables[0].columns[0] (row 17).zone", "lies off");
    }

    @Test
    void overlappingZones() {
        assertFails(VALID.replace("{x: 57, y: 70, w: 5, h: 5}", "{x: 60, y: 55, w: 5, h: 5}"),
                "fields[1].options[0].zone", "overlaps fields[0].zone");
    }

    @Test
    void zoneOverARegistrationMark() {
        assertFails(VALID.replace("{x: 53, y: 51, w: 100, h: 10}", "{x: 10, y: 10, w: 100, h: 10}"),
                "fields[0].zone", "comes within 3 mm of the registration mark marks[0]");
    }

    @Test
    void printTooCloseToARegistrationMark() {
        assertFails(VALID.replace("{kind: title, x: 20, y: 27,", "{kind: title, x: 20, y: 19,"), "layout[0]",
                "comes within 3 mm of the registration mark marks[0]");
    }

    @Test
    void labelPrintedInsideAZone() {
        assertFails(VALID.replace("{kind: title, x: 20, y: 27, w: 170, h: 12, text: 小さな届}",
                "{kind: title, x: 20, y: 27, w: 170, h: 12, text: 小さな届}\n  - {kind: label, x: 40, y: 50, w: 20, h: 12, text: 氏名}"),
                "layout[1]", "prints inside fields[0].zone");
    }

    @Test
    void duplicateFieldNames() {
        assertFails(VALID.replace("  - name: kind", "  - name: name"), "fields[1]", "duplicate name 'name'");
    }

    @Test
    void unknownFieldType() {
        assertFails(VALID.replace("type: name", "type: naem"), "fields[0].type", "unknown field type 'naem'");
    }

    @Test
    void checkboxGroupWithoutOptionZones() {
        assertFails(VALID.replace("  - {value: 転出, zone: {x: 87, y: 70, w: 5, h: 5}}", "  - 転出"),
                "fields[1].options[1]", "option '転出' has no zone");
    }

    @Test
    void checkboxGroupWithoutOptions() {
        String noOptions = VALID.replace("""
                    options:
                      - {value: 転入, zone: {x: 57, y: 70, w: 5, h: 5}}
                      - {value: 転出, zone: {x: 87, y: 70, w: 5, h: 5}}
                """, "");
        assertFails(noOptions, "fields[1].options", "a checkbox-group needs options");
    }

    @Test
    void ruleNamingAnUnknownField() {
        assertFails(VALID.replace("fields: [kind]", "fields: [knid]"), "rules[0].fields[0]", "no field named 'knid'");
    }

    @Test
    void ruleOfUnknownKind() {
        assertFails(VALID.replace("kind: exactly-one", "kind: exactly-two"), "rules[0].kind", "unknown rule kind");
    }

    @Test
    void postalAddressTakesAPostalCodeThenAnAddress() {
        String withPostal = VALID.replace("  - name: kind\n", """
                  - name: postalCode
                    label: 郵便番号
                    type: postal-code
                    zone: {x: 53, y: 80, w: 40, h: 8}
                  - name: address
                    label: 住所
                    type: text
                    zone: {x: 100, y: 80, w: 80, h: 8}
                  - name: kind
                """);
        String rule = "rules:\n  - kind: postal-address\n    fields: [%s]\n    ja: 一致しません\n    en: disagree\n";
        assertThat(TemplateLoader.parse(FILE, withPostal.replace("rules:\n", rule.formatted("postalCode, address")))
                .rules()).extracting(CrossRule::kind).containsExactly("postal-address", "exactly-one");
        assertFails(withPostal.replace("rules:\n", rule.formatted("address, postalCode")), "rules[0].fields",
                "postal-address takes a postal-code field, then the text field of its address");
        assertFails(withPostal.replace("rules:\n", rule.formatted("postalCode")), "rules[0].fields", "postal-address");
    }

    @Test
    void nonAsciiFieldName() {
        assertFails(VALID.replace("  - name: name", "  - name: 氏名"), "fields[0].name", "ASCII camelCase");
    }

    @Test
    void duplicateYamlKey() {
        assertFails(VALID.replace("version: 1", "version: 1\nversion: 2"), "", "Duplicate field 'version'");
    }

    @Test
    void brokenYaml() {
        assertFails(VALID.replace("  - {x: 15, y: 15}", "  - {x: 15, y: 15"), "", "not valid YAML");
    }

    @Test
    void unknownLayoutKind() {
        assertFails(VALID.replace("{kind: title,", "{kind: banner,"), "layout[0].kind", "unknown layout kind");
    }

    @Test
    void loadNamesTheFileItRead(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("template.yaml");
        Files.writeString(file, VALID.replace("type: name", "type: naem"));

        assertThatThrownBy(() -> TemplateLoader.load(file))
                .isInstanceOf(TemplateException.class)
                .hasMessageStartingWith(file + ": fields[0].type: unknown field type 'naem'");
    }

    @Test
    void engineIsAutoUnlessNamed() {
        FormTemplate t = TemplateLoader.parse(FILE, VALID.replace("    required: true", "    required: true\n    engine: onnx"));

        assertThat(t.field("name").orElseThrow().engine()).isEqualTo(Engine.ONNX);
        assertThat(t.field("children[1].birthDate").orElseThrow().engine()).isEqualTo(Engine.AUTO);
    }

    @Test
    void unknownEngine() {
        assertFails(VALID.replace("    required: true", "    required: true\n    engine: paddle"), "fields[0].engine",
                "unknown engine 'paddle'");
    }

    @Test
    void digitsEngineNeedsCells() {
        assertFails(VALID.replace("    required: true", "    required: true\n    engine: digits"), "fields[0].engine",
                "give the field cells");
    }

    @Test
    void tickBoxesHaveNoEngine() {
        assertFails(VALID.replace("    type: checkbox-group", "    type: checkbox-group\n    engine: tesseract"),
                "fields[1].engine", "read by their ink");
    }

    @Test
    void kanaIsNotForTheOnnxModel() {
        assertFails(VALID.replace("    type: name", "    type: kana").replace("    required: true",
                "    required: true\n    engine: onnx"), "fields[0].engine", "no kana");
    }

    static void assertFails(String yaml, String path, String problem) {
        assertThatThrownBy(() -> TemplateLoader.parse(FILE, yaml))
                .isInstanceOf(TemplateException.class)
                .satisfies(e -> {
                    TemplateException te = (TemplateException) e;
                    assertThat(te.file()).isEqualTo(FILE);
                    assertThat(te.path()).isEqualTo(path);
                    assertThat(te.getMessage()).startsWith(FILE + ": ").contains(problem);
                });
    }
}
