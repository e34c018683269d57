package io.scan2ledger.templates;

import io.scan2ledger.extraction.DocumentField;
import io.scan2ledger.extraction.ReadMethod;
import io.scan2ledger.field.FieldTypes;
import io.scan2ledger.field.Problem;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.templates.samples.SampleGenerator;
import io.scan2ledger.templates.samples.ScanOptions;
import io.scan2ledger.validation.Validator;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped templates' rules through the real validator: cross-field rules (dates in order,
 * exactly one tick), reference lists with the nearest entry proposed, and per-field thresholds.
 */
class TemplateRulesTest {

    static final TemplateCatalog CATALOG = TemplateCatalog.bundled();
    static final Validator VALIDATOR = new Validator(FieldTypes.standard(), CATALOG);
    static final SampleGenerator GENERATOR = new SampleGenerator(CATALOG);

    @Test
    void aCleanApplicationOfEveryFormPassesEveryRule() {
        for (FormTemplate form : CATALOG.all()) {
            Validator.Verdict verdict = validate(form, written(form, 5));
            assertThat(verdict.straightThrough()).as(form.id() + " " + problems(verdict)).isTrue();
        }
    }

    @Test
    void datesOutOfOrderBreakTheFormsCrossRules() {
        FormTemplate move = CATALOG.byId("jumin-ido").orElseThrow();
        Map<String, String> values = written(move, 6);
        values.put("filedOn", "令和5年4月1日");
        values.put("movedOn", "令和5年4月2日");   // moved after the notification was filed
        assertThat(problems(validate(move, values))).containsEntry("movedOn", List.of("RULE_NOT_AFTER"));

        FormTemplate allowance = CATALOG.byId("jidou-teate").orElseThrow();
        values = written(allowance, 7);
        values.put("birthDate", "平成10年1月1日");
        values.put("children[0].birthDate", "平成9年1月1日");   // a child born before the claimant
        assertThat(problems(validate(allowance, values)).get("children[0].birthDate")).contains("RULE_AFTER");
    }

    @Test
    void aFilingOrBirthDateInTheFutureIsRefused() {
        FormTemplate move = CATALOG.byId("jumin-ido").orElseThrow();
        Map<String, String> values = written(move, 9);
        String nextYear = "令和" + (java.time.LocalDate.now().getYear() - 2018 + 1) + "年1月1日";
        values.put("filedOn", nextYear);
        values.put("birthDate", nextYear);
        values.put("movedOn", nextYear);   // a move may be notified before it happens (転出)
        Map<String, List<String>> problems = problems(validate(move, values));
        assertThat(problems.get("filedOn")).contains("ABOVE_MAX");
        assertThat(problems.get("birthDate")).contains("ABOVE_MAX");
        assertThat(problems.getOrDefault("movedOn", List.of())).doesNotContain("ABOVE_MAX");
    }

    @Test
    void ticksThatMustBeExactlyOneAreCounted() {
        FormTemplate move = CATALOG.byId("jumin-ido").orElseThrow();
        Map<String, String> values = written(move, 8);
        values.put("moveKind", "転入,転居");
        assertThat(problems(validate(move, values)).get("moveKind")).contains("RULE_EXACTLY_ONE");
        values.put("moveKind", "");
        assertThat(problems(validate(move, values)).get("moveKind")).isNotEmpty();
    }

    @Test
    void aNameNotOnTheReferenceListProposesTheNearestEntry() {
        FormTemplate nursery = CATALOG.byId("hoiku-moushikomi").orElseThrow();
        String listed = CATALOG.reference("nursery-facilities").get(0);
        Map<String, String> values = written(nursery, 9);
        values.put("nursery1", listed.substring(0, 1) + "ー" + listed.substring(1));   // one character too many
        DocumentField field = field(validate(nursery, values), "nursery1");
        Problem notListed = field.problems().stream().filter(p -> p.code().equals("NOT_IN_REFERENCE")).findFirst()
                .orElseThrow();
        assertThat(notListed.severity()).isEqualTo(Problem.Severity.INVALID);
        assertThat(notListed.ja()).contains("「" + listed + "」");
        assertThat(notListed.en()).contains("\"" + listed + "\"");
    }

    @Test
    void aPostalCodeOfAnotherTownSendsBothItAndTheAddressToReview() {
        FormTemplate allowance = CATALOG.byId("jidou-teate").orElseThrow();
        Map<String, String> values = written(allowance, 11);
        values.put("postalCode", "179-0011");
        values.put("address", "緑ヶ丘区若葉町3丁目4番5号");
        assertThat(validate(allowance, values).straightThrough()).isTrue();

        values.put("address", "東京都緑ヶ丘区本町3丁目4番5号");   // 179-0011 is 若葉町's
        Validator.Verdict verdict = validate(allowance, values);
        assertThat(verdict.straightThrough()).isFalse();
        for (String name : List.of("postalCode", "address")) {
            assertThat(field(verdict, name).problems()).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo("POSTAL_ADDRESS_MISMATCH");
                assertThat(p.severity()).isEqualTo(Problem.Severity.REVIEW);
                assertThat(p.ja()).contains("東京都緑ヶ丘区若葉町").doesNotContain("本町3丁目");
                assertThat(p.en()).contains("東京都緑ヶ丘区若葉町");
            });
        }
        assertThat(problems(verdict)).containsOnlyKeys("postalCode", "address");

        values.put("postalCode", "179-001");   // invalid on its own: not compared
        assertThat(problems(validate(allowance, values)).get("address")).isNull();
        values.put("postalCode", "");
        assertThat(problems(validate(allowance, values))).doesNotContainKey("address");
    }

    @Test
    void aMachineReadFieldWithoutACalibrationGoesToReviewEvenWhenValid() {
        FormTemplate form = CATALOG.byId("kouza-furikae").orElseThrow();
        Map<String, String> values = written(form, 10);
        List<DocumentField> fields = fields(form, values);
        fields.set(0, new DocumentField(fields.get(0).name(), fields.get(0).type(), fields.get(0).rawText(), "",
                0.99, 1, null, ReadMethod.OCR, List.of(), null, null, null));
        Validator.Verdict verdict = VALIDATOR.validate(form, fields, List.of());
        assertThat(verdict.straightThrough()).isFalse();
        assertThat(field(verdict, fields.get(0).name()).problems()).extracting(Problem::code)
                .containsExactly("LOW_CONFIDENCE");
    }

    private static Map<String, String> written(FormTemplate form, long seed) {
        return new LinkedHashMap<>(GENERATOR.generate(form, seed, ScanOptions.clean(200)).written());
    }

    private static Validator.Verdict validate(FormTemplate form, Map<String, String> values) {
        return VALIDATOR.validate(form, fields(form, values), List.of());
    }

    /** The values as a person typed them: the rules are under test here, not the certainty of a reading. */
    private static List<DocumentField> fields(FormTemplate form, Map<String, String> values) {
        return new java.util.ArrayList<>(form.allFields().stream().map(spec -> {
            String raw = values.getOrDefault(spec.name(), "");
            return new DocumentField(spec.name(), spec.type(), raw, "", 1.0, 1, null, ReadMethod.MANUAL, List.of(),
                    null, null, null);
        }).toList());
    }

    private static DocumentField field(Validator.Verdict verdict, String name) {
        return verdict.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    private static Map<String, List<String>> problems(Validator.Verdict verdict) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        verdict.fields().stream().filter(f -> !f.problems().isEmpty())
                .forEach(f -> out.put(f.name(), f.problems().stream().map(Problem::code).toList()));
        return out;
    }
}
