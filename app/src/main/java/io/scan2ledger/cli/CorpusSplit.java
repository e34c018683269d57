package io.scan2ledger.cli;

import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.templates.TemplateCatalog;
import io.scan2ledger.templates.samples.Sample;
import io.scan2ledger.templates.samples.SampleGenerator;
import io.scan2ledger.templates.samples.ScanOptions;

import java.util.List;
import java.util.function.IntFunction;

/**
 * The named splits of the evaluation corpus, as the benchmark and calibration use them. Only
 * {@link #SEEN} is ever fitted or tuned on; the others are held out of everything.
 */
enum CorpusSplit {
    /** The four bundled forms in the typefaces the reader was built on. */
    SEEN("seen");

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

    TemplateCatalog catalog() {
        return TemplateCatalog.bundled();
    }

    /** The split's i-th sample from {@code seed}: the forms in turn, typical scans. */
    IntFunction<Sample> samples(TemplateCatalog catalog, long seed) {
        return samples(catalog, seed, ScanOptions.typical());
    }

    IntFunction<Sample> samples(TemplateCatalog catalog, long seed, ScanOptions options) {
        SampleGenerator generator = new SampleGenerator(catalog);
        List<FormTemplate> forms = catalog.all();
        return i -> generator.generate(forms.get(i % forms.size()), seed + i, options);
    }
}
