package io.scan2ledger.cli;

import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.templates.TemplateCatalog;
import io.scan2ledger.templates.samples.Sample;
import io.scan2ledger.templates.samples.SampleGenerator;
import io.scan2ledger.templates.samples.ScanOptions;
import io.scan2ledger.templates.samples.procedural.ProceduralForms;

import java.util.List;
import java.util.function.IntFunction;

/**
 * The named splits of the evaluation corpus, as the benchmark and calibration use them. Only
 * {@link #SEEN} is ever fitted or tuned on; the others are held out of everything.
 */
enum CorpusSplit {
    /** The four bundled forms in the typefaces the reader was built on. */
    SEEN("seen"),
    /** Procedurally generated forms no one has tuned anything on, one form a document. */
    UNSEEN_FORMS("unseen-forms");

    private final String id;

    CorpusSplit(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    static CorpusSplit byId(String id) {
        for (CorpusSplit s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown split " + id + "; one of seen, unseen-fonts, unseen-forms");
    }

    /** The forms of {@code n} documents from {@code seed}, and the i-th document's sample. */
    record Documents(TemplateCatalog catalog, IntFunction<Sample> samples) {
    }

    Documents documents(long seed, int n, ScanOptions options) {
        TemplateCatalog catalog = this == UNSEEN_FORMS ? ProceduralForms.catalog(seed, n) : TemplateCatalog.bundled();
        SampleGenerator generator = new SampleGenerator(catalog);
        List<FormTemplate> forms = catalog.all();
        // The bundled forms in turn; a procedural form of its own for each document.
        return new Documents(catalog, i -> generator.generate(forms.get(i % forms.size()), seed + i, options));
    }
}
