package io.scan2ledger.templates.samples.procedural;

import io.scan2ledger.template.FieldSpec;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.templates.TemplateCatalog;
import io.scan2ledger.templates.TemplateLoader;
import io.scan2ledger.templates.samples.Sample;
import io.scan2ledger.templates.samples.SampleGenerator;
import io.scan2ledger.templates.samples.ScanOptions;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProceduralFormsTest {

    static final int SEEDS = 200;
    static final List<FormTemplate> FORMS = ProceduralForms.forms(0, SEEDS);

    @Test
    void theSameSeedGivesTheSameYamlAndTemplate() {
        for (long seed : new long[]{0, 7, 123, 1_000_003}) {
            assertThat(ProceduralForms.yaml(seed)).isEqualTo(ProceduralForms.yaml(seed));
            assertThat(ProceduralForms.form(seed)).isEqualTo(ProceduralForms.form(seed));
        }
        assertThat(ProceduralForms.yaml(1)).isNotEqualTo(ProceduralForms.yaml(2));
    }

    /** form(seed) goes through the strict loader: its YAML, loaded again, is the same template. */
    @Test
    void everyFormPassesTheLoadersChecks() {
        for (int seed = 0; seed < SEEDS; seed++) {
            FormTemplate form = FORMS.get(seed);
            assertThat(TemplateLoader.parse("pg-" + seed, ProceduralForms.yaml(seed))).isEqualTo(form);
            assertThat(form.id()).isEqualTo("pg-" + seed);
            assertThat(form.fields()).as(form.id()).hasSizeBetween(8, 16);
            assertThat(form.keywords()).allSatisfy(k -> assertThat(form.title()).contains(k));
        }
    }

    /** Form codes stay 3 edits apart, from each other and from the bundled forms': one catalog holds them all. */
    @Test
    void allFormsFitOneCatalogWithTheBundledOnes() {
        List<FormTemplate> all = Stream.concat(TemplateCatalog.bundled().all().stream(), FORMS.stream()).toList();
        TemplateCatalog catalog = TemplateCatalog.withForms(all);

        assertThat(catalog.all()).hasSize(SEEDS + 4);
        assertThat(catalog.reference("addresses")).isNotEmpty();
        assertThat(ProceduralForms.catalog(10, 3).all()).extracting(FormTemplate::formCode)
                .containsExactly("S2L-PG-10-10-10", "S2L-PG-11-11-11", "S2L-PG-12-12-12");
        assertThatThrownBy(() -> ProceduralForms.formCode(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The split exercises every type the brief names, boxed and written, with tables and readings. */
    @Test
    void theFormsCoverTheFieldTypes() {
        Set<String> kinds = new TreeSet<>();
        for (FormTemplate form : FORMS) {
            for (FieldSpec f : form.allFields()) {
                kinds.add(f.type() + (f.cells() > 0 ? "[" + f.cells() + "]" : ""));
            }
        }
        assertThat(kinds).contains("text", "name", "kana", "era-date", "postal-code", "postal-code[7]", "phone",
                "my-number[12]", "bank-code[4]", "branch-code[3]", "account-number[7]", "digits", "digits[8]", "yen",
                "checkbox", "checkbox-group", "choice");
        assertThat(FORMS).anySatisfy(f -> assertThat(f.tables()).isNotEmpty());
        assertThat(FORMS.stream().flatMap(f -> f.fields().stream()).filter(f -> f.rules() != null)
                .map(f -> f.rules().reading() != null ? "reading" : f.rules().places() != null ? "places" : "other")
                .collect(Collectors.toSet())).contains("reading", "places");
    }

    @Test
    void aSampleHasGroundTruthForEveryField() {
        TemplateCatalog catalog = ProceduralForms.catalog(0, 12);
        SampleGenerator generator = new SampleGenerator(catalog);
        for (FormTemplate form : catalog.all()) {
            Sample sample = generator.generate(form, 42, ScanOptions.clean(50));
            Map<String, String> expected = sample.expected();
            assertThat(expected.keySet()).as(form.id())
                    .containsExactlyElementsOf(form.allFields().stream().map(FieldSpec::name).toList());
            for (FieldSpec f : form.fields()) {
                assertThat(expected.get(f.name())).as("%s %s", form.id(), f.name()).isNotEmpty();
                if (f.cells() > 0) {
                    assertThat(sample.written().get(f.name())).as("%s %s", form.id(), f.name())
                            .matches("\\d{1," + f.cells() + "}");
                }
            }
        }
    }
}
