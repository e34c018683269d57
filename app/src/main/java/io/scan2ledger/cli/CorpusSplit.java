package io.scan2ledger.cli;

import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.templates.TemplateCatalog;
import io.scan2ledger.templates.samples.Sample;
import io.scan2ledger.templates.samples.SampleGenerator;
import io.scan2ledger.templates.samples.ScanOptions;
import io.scan2ledger.templates.samples.Split;
import io.scan2ledger.templates.samples.procedural.ProceduralForms;

import java.util.List;
import java.util.function.IntFunction;

/**
 * The documents of an evaluation split ({@link Split}) as the benchmark and calibration read them:
 * the bundled forms in turn, or for {@code unseen-forms} a procedural form of its own per document.
 */
final class CorpusSplit {

    private CorpusSplit() {
    }

    /** The forms of the documents, and the i-th document's sample. */
    record Documents(TemplateCatalog catalog, IntFunction<Sample> samples) {
    }

    /** {@code n} documents of {@code split} from {@code seed}, scanned with {@code options} in the split's typefaces. */
    static Documents of(Split split, long seed, int n, ScanOptions options) {
        TemplateCatalog catalog = split.proceduralForms() ? ProceduralForms.catalog(seed, n) : TemplateCatalog.bundled();
        SampleGenerator generator = new SampleGenerator(catalog);
        List<FormTemplate> forms = catalog.all();
        ScanOptions inSplit = options.withFonts(split.fonts());
        return new Documents(catalog, i -> generator.generate(forms.get(i % forms.size()), seed + i, inSplit));
    }
}
