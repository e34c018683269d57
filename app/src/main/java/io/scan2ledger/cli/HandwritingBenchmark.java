package io.scan2ledger.cli;

import io.scan2ledger.app.Recognition;
import io.scan2ledger.calibration.CalibrationFile;
import io.scan2ledger.certainty.Calibration;
import io.scan2ledger.extraction.DigitRecognizer;
import io.scan2ledger.extraction.DocumentField;
import io.scan2ledger.extraction.Reading;
import io.scan2ledger.ocr.Recognizers;
import io.scan2ledger.template.FieldSpec;
import io.scan2ledger.templates.samples.FillStyles;
import io.scan2ledger.templates.samples.Noise;
import io.scan2ledger.templates.samples.ScanOptions;
import io.scan2ledger.templates.samples.Split;
import io.scan2ledger.validation.Validator;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ./scan2ledger bench handwriting [--n 200] [--seed S] [--threads N] [--dev] [--verbose]}:
 * reads the handwritten samples of all four forms (split {@code hand}: values in handwriting-style
 * typefaces with per-glyph jitter, boxed digits taken from MNIST's test split) twice, with the
 * reader as configured (boxed digits by the digit classifier, checked by Tesseract) and with
 * Tesseract alone, and ends with one line:
 * <pre>digitFields=A digitAccepted=C digitSilent=X kanjiFields=K tesseractDigitFields=T n=N</pre>
 * <ul>
 *   <li><b>digitFields</b>: boxed digit fields read right / boxed digit fields;</li>
 *   <li><b>digitAccepted</b>: boxed digit fields that clear their threshold with no problem of any kind
 *       (they need no one's look) / boxed digit fields;</li>
 *   <li><b>digitSilent</b>: of those, the wrong ones / boxed digit fields;</li>
 *   <li><b>kanjiFields</b>: handwritten names and addresses read right / all of them;</li>
 *   <li><b>tesseractDigitFields</b>: digitFields of the same documents read by Tesseract alone.</li>
 * </ul>
 * Before it, the CPU the digit classifier spent per boxed field, the process CPU per document of
 * each pass (sample drawing included, the same in both), and digitAccepted and digitSilent at each
 * budget of the calibration's curve (the line itself is at the calibration's own budget, 0.1 %).
 *
 * <p>{@code --dev} measures development documents instead: written the way calibration's are (the
 * seen typefaces, MNIST's fitting half) at seeds from {@value #DEV_SEED}, which calibration leaves
 * alone. Whoever improves the reader looks at those, never at split {@code hand}.
 */
final class HandwritingBenchmark {

    /** Development seeds: in the fitting range, above what calibration reads. */
    static final long DEV_SEED = 1_900_000;

    private HandwritingBenchmark() {
    }

    /** Counts over one pass. */
    private static final class Tally {
        int digitFields;
        int digitRight;
        int digitAccepted;
        int digitSilent;
        int kanjiFields;
        int kanjiRight;

        double share(int count, int of) {
            return (double) count / Math.max(1, of);
        }
    }

    static int run(String[] args, PrintStream out) throws Exception {
        int n = Integer.parseInt(Commands.option(args, "--n", "200"));
        boolean dev = List.of(args).contains("--dev");
        Split split = Split.HAND;
        long seed = Long.parseLong(Commands.option(args, "--seed", String.valueOf(dev ? DEV_SEED : split.seedBase())));
        int threads = Integer.parseInt(Commands.option(args, "--threads",
                String.valueOf(Runtime.getRuntime().availableProcessors())));
        boolean verbose = List.of(args).contains("--verbose");
        if (!dev && seed < Split.FITTING_SEED_END && seed + n > Split.FITTING_SEED_BASE) {
            out.println("bench: seeds " + Split.FITTING_SEED_BASE + ".." + (Split.FITTING_SEED_END - 1)
                    + " are calibration's; measuring on them would grade the model on what it was fitted on");
            return 2;
        }
        ScanOptions options = ScanOptions.typical().withStyles(FillStyles.NONE).withNoise(Noise.LIGHT);
        CorpusSplit.Documents documents = dev ? CorpusSplit.handForFitting(seed, n, options)
                : CorpusSplit.of(split, seed, n, options);
        Optional<Calibration> calibration = Optional.of(CalibrationFile.bundled());

        TimedDigits digits = new TimedDigits(Recognition.forTemplates(documents.catalog().all(), true).digits());
        Tally withDigits;
        long cpuWith;
        List<String> budgets = new java.util.ArrayList<>();
        try (Bench bench = new Bench(documents.catalog(), calibration, new Recognizers(digits, null))) {
            long cpu0 = processCpuNanos();
            List<Corpus.Doc> docs = Corpus.read(bench, n, threads, documents.samples(), out);
            cpuWith = processCpuNanos() - cpu0;
            withDigits = score(bench.validator, docs, verbose ? out : null);
            // The same readings at the other budgets of the calibration's curve (a ward's choice of risk).
            Calibration fitted = calibration.orElseThrow();
            for (double b : new java.util.TreeSet<>(fitted.curve().keySet())) {
                Tally at = score(bench.validator(Optional.of(fitted.atBudget(b))), docs, null);
                budgets.add(String.format("  budget=%.4f digitAccepted=%.4f digitSilent=%.4f", b,
                        at.share(at.digitAccepted, at.digitFields), at.share(at.digitSilent, at.digitFields)));
            }
        }
        Tally alone;
        long cpuAlone;
        try (Bench bench = new Bench(documents.catalog(), calibration, Recognizers.TESSERACT_ONLY)) {
            long cpu0 = processCpuNanos();
            List<Corpus.Doc> docs = Corpus.read(bench, n, threads, documents.samples(), out);
            cpuAlone = processCpuNanos() - cpu0;
            alone = score(bench.validator, docs, null);
        }
        out.printf("split=%s documents=%d seed=%d digitFieldsCount=%d kanjiFieldsCount=%d%n", dev ? "dev" : split.id(), n, seed,
                withDigits.digitFields, withDigits.kanjiFields);
        out.printf("cpu: digit classifier %.2f ms per boxed field (%d boxes read); process %.0f ms per document"
                        + " with it, %.0f ms with Tesseract alone%n",
                digits.nanos.get() / 1e6 / Math.max(1, withDigits.digitFields), digits.cells.get(),
                cpuWith / 1e6 / n, cpuAlone / 1e6 / n);
        budgets.forEach(out::println);
        out.printf("tesseract alone: digitAccepted=%.4f digitSilent=%.4f kanjiFields=%.4f%n",
                alone.share(alone.digitAccepted, alone.digitFields), alone.share(alone.digitSilent, alone.digitFields),
                alone.share(alone.kanjiRight, alone.kanjiFields));
        out.printf("digitFields=%.4f digitAccepted=%.4f digitSilent=%.4f kanjiFields=%.4f tesseractDigitFields=%.4f n=%d%n",
                withDigits.share(withDigits.digitRight, withDigits.digitFields),
                withDigits.share(withDigits.digitAccepted, withDigits.digitFields),
                withDigits.share(withDigits.digitSilent, withDigits.digitFields),
                withDigits.share(withDigits.kanjiRight, withDigits.kanjiFields),
                alone.share(alone.digitRight, alone.digitFields), n);
        return 0;
    }

    private static Tally score(Validator validator, List<Corpus.Doc> docs, PrintStream verbose) {
        Tally t = new Tally();
        for (Corpus.Doc doc : docs) {
            Optional<Reading.Classified> classified = doc.classified();
            List<DocumentField> fields = classified.map(c -> Bench.verdict(validator, c).fields()).orElse(List.of());
            for (FieldSpec spec : doc.form().allFields()) {
                boolean boxed = spec.cells() > 0;
                boolean kanji = spec.type().equals("name") || spec.rules() != null && spec.rules().places() != null;
                if (!boxed && !kanji) {
                    continue;
                }
                String truth = doc.truth().getOrDefault(spec.name(), "");
                // An unrecognised document: every field wrong, none accepted.
                Optional<DocumentField> read = fields.stream().filter(f -> f.name().equals(spec.name())).findFirst();
                boolean right = read.map(f -> f.value().equals(truth)).orElse(false);
                boolean accepted = read.map(f -> !f.needsAttention()).orElse(false);
                if (boxed) {
                    t.digitFields++;
                    t.digitRight += right ? 1 : 0;
                    t.digitAccepted += accepted ? 1 : 0;
                    t.digitSilent += accepted && !right ? 1 : 0;
                } else {
                    t.kanjiFields++;
                    t.kanjiRight += right ? 1 : 0;
                }
                if (verbose != null && boxed && !right) {
                    // Synthetic residents and MNIST digits only: this output never sees real personal data.
                    verbose.printf("   %s-s%d %-16s truth=[%s] read=[%s] p=%.3f%s%n", doc.form().id(), doc.seed(),
                            spec.name(), truth, read.map(DocumentField::value).orElse("-"),
                            read.map(DocumentField::confidence).orElse(Double.NaN), accepted ? " SILENT" : "");
                }
            }
        }
        return t;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The digit classifier, with the CPU time of its calls added up (each on its own thread's clock). */
    private static final class TimedDigits implements DigitRecognizer {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private final DigitRecognizer inner;
        final AtomicLong nanos = new AtomicLong();
        final AtomicLong cells = new AtomicLong();

        TimedDigits(DigitRecognizer inner) {
            this.inner = inner;
        }

        @Override
        public Cell read(java.awt.image.BufferedImage cell) {
            long t0 = THREADS.getCurrentThreadCpuTime();
            Cell read = inner.read(cell);
            nanos.addAndGet(THREADS.getCurrentThreadCpuTime() - t0);
            cells.incrementAndGet();
            return read;
        }
    }
}
