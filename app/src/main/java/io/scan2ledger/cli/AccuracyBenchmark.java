package io.scan2ledger.cli;

import io.scan2ledger.calibration.Reliability;
import io.scan2ledger.calibration.RiskCoverage;
import io.scan2ledger.certainty.Calibration;
import io.scan2ledger.certainty.Doubts;
import io.scan2ledger.extraction.DocumentField;
import io.scan2ledger.extraction.Reading;
import io.scan2ledger.field.Problem;
import io.scan2ledger.templates.samples.Noise;
import io.scan2ledger.templates.samples.FillStyles;
import io.scan2ledger.templates.samples.ScanOptions;
import io.scan2ledger.templates.samples.Split;
import io.scan2ledger.validation.Validator;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code ./scan2ledger bench accuracy [--split seen|unseen-fonts|unseen-forms] [--n 200] [--seed S]
 * [--threads 2] [--noise none|light|heavy] [--dpi 200,300] [--styles typical|none] [--budget B] [--charts DIR]
 * [--verbose]}: reads generated
 * scans of a split through the real pipeline (reader, certainty model, validator) and compares every
 * field with its ground truth. The last line:
 * <pre>accuracy=A stp=S silent=X flagPrecision=P ece=E n=N</pre>
 * <ul>
 *   <li><b>accuracy</b>: fields whose value equals the truth (every field of an unrecognised document is wrong);</li>
 *   <li><b>stp</b>: documents with no flag and no failed rule (they skip review) / documents;</li>
 *   <li><b>silent</b>: fields that are wrong in documents that went straight through / all fields: what a
 *       ledger would receive unseen;</li>
 *   <li><b>flagPrecision</b>: flagged fields that are wrong / flagged fields;</li>
 *   <li><b>ece</b>: expected calibration error of the probabilities shown for machine-read fields.</li>
 * </ul>
 * Beside it, the old definition ({@code silentAnywhere}: wrong and above its threshold, in any
 * document); and two PNGs: the reliability diagram, and straight-through against silent rate for
 * each budget of the calibration's curve (the thresholds another budget would have chosen).
 */
final class AccuracyBenchmark {

    private AccuracyBenchmark() {
    }

    /** Counts over one run at one set of thresholds. */
    private static final class Tally {
        final Map<String, int[]> byType = new TreeMap<>(); // fields, right, flagged, flaggedWrong, silent, silentAnywhere
        final List<Reliability.Point> shown = new ArrayList<>();
        int docs;
        int straightThrough;
        int unclassified;

        void add(String type, int i) {
            byType.computeIfAbsent(type, k -> new int[6])[i]++;
        }

        int sum(int i) {
            return byType.values().stream().mapToInt(t -> t[i]).sum();
        }

        double silent() {
            return (double) sum(4) / Math.max(1, sum(0));
        }

        double stp() {
            return (double) straightThrough / Math.max(1, docs);
        }
    }

    static int run(String[] args, PrintStream out) throws Exception {
        int n = Integer.parseInt(Commands.option(args, "--n", "200"));
        Split split = Split.byId(Commands.option(args, "--split", "seen"));
        long seed = Long.parseLong(Commands.option(args, "--seed", String.valueOf(split.seedBase())));
        int threads = Integer.parseInt(Commands.option(args, "--threads",
                String.valueOf(Runtime.getRuntime().availableProcessors())));
        boolean verbose = List.of(args).contains("--verbose");
        Path charts = Path.of(Commands.option(args, "--charts", "bench-results"));
        if (seed < Split.FITTING_SEED_END && seed + n > Split.FITTING_SEED_BASE) {
            out.println("bench: seeds " + Split.FITTING_SEED_BASE + ".." + (Split.FITTING_SEED_END - 1)
                    + " are calibration's; measuring on them would grade the model on what it was fitted on");
            return 2;
        }
        ScanOptions options = ScanOptions.typical()
                .withStyles(Commands.option(args, "--styles", "typical").equals("none") ? FillStyles.NONE
                        : FillStyles.TYPICAL)
                .withNoise(Noise.byId(Commands.option(args, "--noise", "light")))
                .withDpis(Arrays.stream(Commands.option(args, "--dpi", "200,300").split(","))
                        .map(Integer::valueOf).toList());
        CorpusSplit.Documents documents = CorpusSplit.of(split, seed, n, options);
        Calibration fitted = io.scan2ledger.calibration.CalibrationFile.bundled();
        String budget = Commands.option(args, "--budget", null);
        try (Bench bench = new Bench(documents.catalog(),
                Optional.of(budget == null ? fitted : fitted.atBudget(Double.parseDouble(budget))))) {
            List<Corpus.Doc> docs = Corpus.read(bench, n, threads, documents.samples(), out);
            Tally tally = score(bench.validator, docs, verbose ? out : null);
            report(tally, split, n, seed, out);
            Calibration calibration = bench.calibration.orElseThrow();
            List<RiskCoverage.Point> curve = new ArrayList<>();
            for (double b : new java.util.TreeSet<>(calibration.curve().keySet())) {
                Tally at = score(bench.validator(Optional.of(calibration.atBudget(b))), docs, null);
                curve.add(new RiskCoverage.Point(b, at.stp(), at.silent()));
                out.printf("  budget=%.4f stp=%.4f silent=%.4f flagPrecision=%.4f%n", b, at.stp(), at.silent(),
                        (double) at.sum(3) / Math.max(1, at.sum(2)));
            }
            Files.createDirectories(charts);
            String title = "split " + split.id() + ", seeds " + seed + "-" + (seed + n - 1) + ", calibration v"
                    + calibration.version();
            Reliability.writeDiagram(tally.shown, title, charts.resolve(split.id() + "-reliability.png"));
            RiskCoverage.write(curve, title, charts.resolve(split.id() + "-risk-coverage.png"));
            out.println("charts: " + charts.resolve(split.id() + "-reliability.png") + ", "
                    + charts.resolve(split.id() + "-risk-coverage.png"));
            out.printf("accuracy=%.4f stp=%.4f silent=%.4f flagPrecision=%.4f ece=%.4f n=%d%n",
                    (double) tally.sum(1) / Math.max(1, tally.sum(0)), tally.stp(), tally.silent(),
                    (double) tally.sum(3) / Math.max(1, tally.sum(2)), Reliability.ece(tally.shown), n);
        }
        return 0;
    }

    private static Tally score(Validator validator, List<Corpus.Doc> docs, PrintStream verbose) {
        Tally t = new Tally();
        for (Corpus.Doc doc : docs) {
            t.docs++;
            Optional<Reading.Classified> classified = doc.classified();
            if (classified.isEmpty()) {
                // Every field of an unrecognised document is wrong, but the document goes to review.
                t.unclassified++;
                doc.form().allFields().forEach(f -> t.add(f.type(), 0));
                continue;
            }
            Validator.Verdict verdict = Bench.verdict(validator, classified.get());
            boolean through = verdict.straightThrough();
            t.straightThrough += through ? 1 : 0;
            if (verbose != null && through) {
                verbose.printf("   straight through: %s-s%d%n", doc.form().id(), doc.seed());
            }
            for (DocumentField f : verdict.fields()) {
                String truth = doc.truth().getOrDefault(f.name(), "");
                boolean right = f.value().equals(truth);
                boolean flagged = f.needsAttention();
                boolean belowThreshold = f.problems().stream().anyMatch(p -> p.code().equals(Doubts.LOW_CERTAINTY));
                t.add(f.type(), 0);
                if (right) {
                    t.add(f.type(), 1);
                }
                if (flagged) {
                    t.add(f.type(), 2);
                    if (!right) {
                        t.add(f.type(), 3);
                    }
                }
                if (!right && through) {
                    t.add(f.type(), 4);
                }
                if (!right && !belowThreshold) {
                    t.add(f.type(), 5);
                }
                if (verdict.facts().containsKey(f.name())) {
                    t.shown.add(new Reliability.Point(f.confidence(), right));
                }
                if (verbose != null && !right) {
                    // Synthetic residents only: this output never sees real personal data.
                    verbose.printf("   %s-s%d %-22s truth=[%s] read=[%s] p=%.3f %s%s%n", doc.form().id(), doc.seed(),
                            f.name(), truth, f.value(), f.confidence(), f.problems().stream().map(Problem::code).toList(),
                            through ? " SILENT" : flagged ? "" : " UNFLAGGED");
                }
            }
        }
        return t;
    }

    private static void report(Tally t, Split split, int n, long seed, PrintStream out) {
        out.printf("%-16s %6s %8s %7s %9s %7s%n", "type", "fields", "accuracy", "flagged", "flagPrec", "silent");
        t.byType.forEach((type, v) -> out.printf("%-16s %6d %8.4f %7d %9.3f %7d%n", type, v[0],
                (double) v[1] / v[0], v[2], v[2] == 0 ? 0 : (double) v[3] / v[2], v[4]));
        int fields = t.sum(0);
        out.printf("split=%s documents=%d unclassified=%d straightThrough=%d fields=%d seed=%d%n", split.id(), t.docs,
                t.unclassified, t.straightThrough, fields, seed);
        out.printf("old definition: silentAnywhere=%.4f (wrong and above its threshold, in any document)%n",
                (double) t.sum(5) / Math.max(1, fields));
    }
}
