package io.scan2ledger.cli;

import io.scan2ledger.calibration.CalibrationFile;
import io.scan2ledger.calibration.CertaintyFit;
import io.scan2ledger.calibration.Example;
import io.scan2ledger.calibration.ExamplesFile;
import io.scan2ledger.calibration.Reliability;
import io.scan2ledger.certainty.Calibration;
import io.scan2ledger.certainty.Facts;
import io.scan2ledger.certainty.Features;
import io.scan2ledger.extraction.DocumentField;
import io.scan2ledger.extraction.Reading;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.templates.TemplateCatalog;
import io.scan2ledger.templates.samples.ScanOptions;
import io.scan2ledger.templates.samples.Split;
import io.scan2ledger.validation.Validator;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code ./scan2ledger calibrate [--n 1500] [--hand 500] [--seed 1000000] [--budget 0.001] [--threads N]
 * [--out ocr-templates/certainty.yaml] [--charts DIR] [--examples TSV]}: fits the certainty model on the {@code seen}
 * split only (the forms and typefaces the reader was built on, at seeds the benchmark never uses),
 * and on {@code --hand} documents written by hand the same way ({@link CorpusSplit#handForFitting}:
 * the seen typefaces with a hand's jitter, boxed digits from MNIST's fitting half, seeds from
 * {@value #HAND_SEED_OFFSET} above the first; never split {@code hand}'s typefaces, seeds or digits),
 * and writes the calibration file, with the examples it was fitted on beside the charts
 * ({@code --examples} refits from such a file without reading the scans again). The same
 * arguments give the same file.
 */
final class CalibrateCommand {


    /** Where the handwritten fitting documents' seeds start, above the first seed. */
    static final long HAND_SEED_OFFSET = 500_000;

    private CalibrateCommand() {
    }

    static int run(String[] args, PrintStream out) throws Exception {
        int n = Integer.parseInt(Commands.option(args, "--n", "1500"));
        int hand = Integer.parseInt(Commands.option(args, "--hand", "500"));
        long seed = Long.parseLong(Commands.option(args, "--seed", String.valueOf(Split.FITTING_SEED_BASE)));
        double budget = Double.parseDouble(Commands.option(args, "--budget", "0.001"));
        int threads = Integer.parseInt(Commands.option(args, "--threads",
                String.valueOf(Runtime.getRuntime().availableProcessors())));
        Path file = Path.of(Commands.option(args, "--out", "ocr-templates/" + CalibrationFile.NAME));
        Path charts = Path.of(Commands.option(args, "--charts", "bench-results"));
        if (seed < Split.FITTING_SEED_BASE || seed + n > seed + HAND_SEED_OFFSET
                || seed + HAND_SEED_OFFSET + hand > Split.FITTING_SEED_END) {
            out.println("calibrate: fitting seeds are " + Split.FITTING_SEED_BASE + ".." + (Split.FITTING_SEED_END - 1)
                    + "; the splits' own seeds are what the benchmark measures");
            return 2;
        }
        Split split = Split.SEEN;
        CorpusSplit.Documents documents = CorpusSplit.of(split, seed, n, ScanOptions.typical());
        CorpusSplit.Documents handwritten = CorpusSplit.handForFitting(seed + HAND_SEED_OFFSET, hand,
                ScanOptions.typical());
        TemplateCatalog catalog = documents.catalog();
        Files.createDirectories(charts);
        Path examplesFile = charts.resolve("calibration-examples.tsv");
        List<Example> examples = new ArrayList<>();
        String from = Commands.option(args, "--examples", null);
        if (from != null) {
            // Refit from the examples of an earlier run (same scans, same reading): no OCR.
            examples.addAll(ExamplesFile.read(Path.of(from)));
            n = (int) examples.stream().mapToLong(Example::document).distinct().count();
            out.printf("calibrate: %d examples of %d documents from %s%n", examples.size(), n, from);
        } else {
            try (Bench bench = new Bench(catalog, Optional.empty())) {
                out.printf("calibrate: reading %d documents of split %s (seeds %d..%d)%n", n, split.id(), seed,
                        seed + n - 1);
                for (Corpus.Doc doc : Corpus.read(bench, n, threads, documents.samples(), out)) {
                    doc.classified().ifPresent(c -> examples.addAll(examples(bench.verdict(c), doc)));
                }
                out.printf("calibrate: reading %d handwritten documents (seeds %d..%d)%n", hand,
                        seed + HAND_SEED_OFFSET, seed + HAND_SEED_OFFSET + hand - 1);
                for (Corpus.Doc doc : Corpus.read(bench, hand, threads, handwritten.samples(), out)) {
                    doc.classified().ifPresent(c -> examples.addAll(examples(bench.verdict(c), doc)));
                }
            }
            ExamplesFile.write(examples, examplesFile);
        }
        Map<String, Integer> versions = new TreeMap<>();
        for (FormTemplate form : catalog.all()) {
            versions.put(form.id(), form.version());
        }
        int version = Files.isRegularFile(file) ? previousVersion(file) + 1 : 1;
        String fittedOn = String.format("split %s, seeds %d-%d, %d documents, and %d handwritten (seen typefaces,"
                        + " MNIST 0-4999), seeds %d-, %d fields, typical scans", split.id(), seed, seed + n - 1, n, hand,
                seed + HAND_SEED_OFFSET, examples.size());
        CertaintyFit.Result result = CertaintyFit.fit(examples, budget, versions, version, fittedOn);
        Files.createDirectories(file.toAbsolutePath().getParent());
        CalibrationFile.write(result.calibration(), file);
        report(result, examples.size(), out);
        Path png = charts.resolve("calibration-reliability.png");
        Reliability.writeDiagram(points(result), "calibration half of the seen split (fitted on the other)", png);
        out.println("wrote " + file + " (version " + version + "), " + png + " and " + examplesFile);
        return 0;
    }

    /** Each machine-read field of a read document as an example: its features and whether it is right. */
    static List<Example> examples(Validator.Verdict verdict, Corpus.Doc doc) {
        List<Example> out = new ArrayList<>();
        for (DocumentField f : verdict.fields()) {
            Facts facts = verdict.facts().get(f.name());
            if (facts != null) {
                boolean right = f.value().equals(doc.truth().getOrDefault(f.name(), ""));
                out.add(new Example(doc.seed(), f.type(), Features.of(f.evidence(), facts), right));
            }
        }
        return out;
    }

    private static List<Reliability.Point> points(CertaintyFit.Result result) {
        return result.calibrationHalf().stream()
                .map(e -> new Reliability.Point(CertaintyFit.probability(result.calibration(), e), e.right()))
                .toList();
    }

    private static void report(CertaintyFit.Result result, int fields, PrintStream out) {
        Calibration c = result.calibration();
        out.printf("fields=%d wrong=%d calibrationHalf=%d ece(calibration half)=%.4f%n", fields,
                result.calibrationHalf().stream().filter(e -> !e.right()).count(), result.calibrationHalf().size(),
                Reliability.ece(points(result)));
        out.println("thresholds at budget " + c.budget() + ": " + c.thresholds());
    }

    private static int previousVersion(Path file) {
        try {
            return CalibrationFile.read(file).version();
        } catch (RuntimeException unreadable) {
            return 0;
        }
    }
}
