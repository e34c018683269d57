package io.scan2ledger.cli;

import io.scan2ledger.extraction.DocumentField;
import io.scan2ledger.extraction.Reading;
import io.scan2ledger.field.Problem;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.templates.samples.Noise;
import io.scan2ledger.templates.samples.OutputKind;
import io.scan2ledger.templates.samples.Sample;
import io.scan2ledger.templates.samples.SampleGenerator;
import io.scan2ledger.templates.samples.ScanOptions;
import io.scan2ledger.validation.Validator;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code ./scan2ledger bench accuracy [--n 200] [--seed 42] [--threads 2] [--noise none|light|heavy]
 * [--dpi 200,300]}: reads generated scans of all four forms (fixed seed: the same scans every run)
 * through the real pipeline and compares every field with its ground truth. The defaults are the
 * generator's typical scans: light wear, 200 or 300 dpi, skew up to ±3°.
 *
 * <ul>
 *   <li><b>accuracy</b>: fields whose value equals the truth;</li>
 *   <li><b>stp</b> (straight-through): documents with no problem at all, which skip review;</li>
 *   <li><b>silent</b>: fields whose value is wrong and whose confidence is above the review
 *       threshold (the rules may still catch some of them);</li>
 *   <li><b>unreviewed</b>: the part of those that carry no problem at all (type and rules satisfied
 *       too): nothing on the field itself asks a person to look.</li>
 * </ul>
 */
final class AccuracyBenchmark {

    private AccuracyBenchmark() {
    }

    private static final class Tally {
        final Map<String, int[]> byType = new TreeMap<>();   // fields, right, unreviewed, silent
        int docs;
        int straightThrough;
        int unclassified;

        synchronized void add(String type, boolean right, boolean unreviewed, boolean aboveThreshold) {
            int[] t = byType.computeIfAbsent(type, k -> new int[4]);
            t[0]++;
            t[1] += right ? 1 : 0;
            t[2] += unreviewed ? 1 : 0;
            t[3] += !right && aboveThreshold ? 1 : 0;
        }

        int sum(int i) {
            return byType.values().stream().mapToInt(t -> t[i]).sum();
        }
    }

    static int run(String[] args, PrintStream out) throws Exception {
        int n = Integer.parseInt(Commands.option(args, "--n", "200"));
        long seed = Long.parseLong(Commands.option(args, "--seed", "42"));
        int threads = Integer.parseInt(Commands.option(args, "--threads",
                String.valueOf(Runtime.getRuntime().availableProcessors())));
        boolean verbose = List.of(args).contains("--verbose");
        Path work = Files.createTempDirectory("s2l-bench-accuracy-");
        Tally tally = new Tally();
        AtomicInteger done = new AtomicInteger();
        try (Bench bench = new Bench(Optional.empty())) {
            SampleGenerator generator = new SampleGenerator(bench.catalog);
            List<FormTemplate> forms = bench.catalog.all();
            ScanOptions options = ScanOptions.typical()
                    .withNoise(Noise.byId(Commands.option(args, "--noise", "light")))
                    .withDpis(Arrays.stream(Commands.option(args, "--dpi", "200,300").split(","))
                            .map(Integer::valueOf).toList());
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> jobs = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                jobs.add(pool.submit(() -> {
                    FormTemplate form = forms.get(index % forms.size());
                    Sample sample = generator.generate(form, seed + index, options);
                    Path scan = sample.writeTo(work, OutputKind.PNG);
                    Reading reading = bench.reader.read(scan, Optional.empty());
                    Files.deleteIfExists(scan);
                    score(bench, form, sample, reading, tally, verbose, out);
                    int k = done.incrementAndGet();
                    if (k % 50 == 0) {
                        out.println("  " + k + "/" + n + " documents");
                    }
                    return null;
                }));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
            pool.shutdown();
        } finally {
            Commands.deleteTree(work);
        }
        report(tally, n, seed, out);
        return 0;
    }

    private static void score(Bench bench, FormTemplate form, Sample sample, Reading reading, Tally tally,
                              boolean verbose, PrintStream out) {
        Map<String, String> expected = sample.expected();
        synchronized (tally) {
            tally.docs++;
        }
        if (!(reading instanceof Reading.Classified classified) || !classified.template().id().equals(form.id())) {
            synchronized (tally) {
                tally.unclassified++;
            }
            // Every field of an unrecognised document is wrong, but it goes to review: none is silent.
            form.allFields().forEach(f -> tally.add(f.type(), false, false, false));
            return;
        }
        Validator.Verdict verdict = bench.verdict(classified);
        if (verdict.straightThrough()) {
            synchronized (tally) {
                tally.straightThrough++;
            }
        }
        for (DocumentField f : verdict.fields()) {
            String truth = expected.getOrDefault(f.name(), "");
            boolean right = f.value().equals(truth);
            boolean unreviewed = !right && f.problems().isEmpty();
            boolean aboveThreshold = f.problems().stream().noneMatch(p -> p.code().equals("LOW_CONFIDENCE"));
            tally.add(f.type(), right, unreviewed, aboveThreshold);
            if (verbose && !right) {
                // Synthetic residents only: this output never sees real personal data.
                out.printf("   %s %-22s truth=[%s] read=[%s] conf=%.2f %s%s%n", form.id(), f.name(), truth, f.value(),
                        f.confidence(), f.problems().stream().map(Problem::code).toList(),
                        unreviewed ? " UNREVIEWED" : aboveThreshold ? " SILENT" : "");
            }
        }
    }

    private static void report(Tally t, int n, long seed, PrintStream out) {
        out.printf("%-16s %6s %8s %7s %10s%n", "type", "fields", "accuracy", "silent", "unreviewed");
        t.byType.forEach((type, v) -> out.printf("%-16s %6d %8.4f %7d %10d%n", type, v[0], (double) v[1] / v[0], v[3],
                v[2]));
        int fields = t.sum(0);
        out.printf("documents=%d unclassified=%d straightThrough=%d fields=%d unreviewed=%.4f seed=%d%n",
                t.docs, t.unclassified, t.straightThrough, fields, (double) t.sum(2) / fields, seed);
        out.printf("accuracy=%.4f stp=%.4f silent=%.4f n=%d%n", (double) t.sum(1) / fields,
                (double) t.straightThrough / t.docs, (double) t.sum(3) / fields, n);
    }
}
