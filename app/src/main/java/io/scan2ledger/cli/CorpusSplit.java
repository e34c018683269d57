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

    /**
     * {@code n} documents of {@code split} from {@code seed}, scanned with {@code options} in the
     * split's typefaces; split hand's written by hand, boxed digits from MNIST's evaluation half.
     */
    static Documents of(Split split, long seed, int n, ScanOptions options) {
        TemplateCatalog catalog = split.proceduralForms() ? ProceduralForms.catalog(seed, n) : TemplateCatalog.bundled();
        ScanOptions inSplit = options.withFonts(split.fonts());
        return documents(catalog, seed, split.handwritten() ? inSplit.withHand(MnistHandDigits.evaluation()) : inSplit);
    }

    /**
     * {@code n} hand-mode documents of the bundled forms for calibration to fit on: the seen split's
     * typefaces written with hand jitter, boxed digits from MNIST's fitting half (images 0-4999),
     * seeds within calibration's ({@link Split#FITTING_SEED_BASE} up to {@link Split#FITTING_SEED_END}).
     */
    static Documents handForFitting(long seed, int n, ScanOptions options) {
        if (seed < Split.FITTING_SEED_BASE || seed + n > Split.FITTING_SEED_END) {
            throw new IllegalArgumentException("fitting seeds are " + Split.FITTING_SEED_BASE + ".."
                    + (Split.FITTING_SEED_END - 1) + ", not " + seed + ".." + (seed + n - 1));
        }
        return documents(TemplateCatalog.bundled(), seed,
                options.withFonts(Split.SEEN.fonts()).withHand(MnistHandDigits.fitting()));
    }

    /** The catalog's forms in turn, the i-th document from seed + i. */
    private static Documents documents(TemplateCatalog catalog, long seed, ScanOptions options) {
        SampleGenerator generator = new SampleGenerator(catalog);
        List<FormTemplate> forms = catalog.all();
        return new Documents(catalog, i -> generator.generate(forms.get(i % forms.size()), seed + i, options));
    }
}
