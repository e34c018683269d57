package io.scan2ledger.cli;

import io.scan2ledger.extraction.DocumentField;
import io.scan2ledger.extraction.Reading;
import io.scan2ledger.field.Problem;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.templates.samples.OutputKind;
import io.scan2ledger.templates.samples.Sample;
import io.scan2ledger.templates.samples.SampleGenerator;
import io.scan2ledger.templates.samples.ScanOptions;
import io.scan2ledger.templates.samples.procedural.ProceduralForms;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code ./scan2ledger bench procedural [--n 20] [--seed 0] [--verbose]}: are procedural forms
 * readable at all? One typical scan of each of the forms of seeds S..S+n-1, read by the real
 * reader against a catalog of just those forms, one thread. Prints the share classified and the
 * field accuracy by type. A check of the generator, not a benchmark to tune on: the reader must
 * never be adjusted to these forms (they are the held-out {@code unseen-forms} split).
 */
final class ProceduralFormsCheck {

    private ProceduralFormsCheck() {
    }

    static int run(String[] args, PrintStream out) throws Exception {
        int n = Integer.parseInt(Commands.option(args, "--n", "20"));
        long first = Long.parseLong(Commands.option(args, "--seed", "0"));
        boolean verbose = List.of(args).contains("--verbose");
        Map<String, int[]> byType = new TreeMap<>();   // fields, right
        int classified = 0;
        Path work = Files.createTempDirectory("s2l-procedural-");
        try (Bench bench = new Bench(ProceduralForms.catalog(first, n))) {
            SampleGenerator generator = new SampleGenerator(bench.catalog);
            for (int i = 0; i < n; i++) {
                FormTemplate form = bench.catalog.all().get(i);
                // A household of its own for each form: the sample seed is the form's.
                Sample sample = generator.generate(form, first + i, ScanOptions.typical());
                Path scan = sample.writeTo(work, OutputKind.PNG);
                Reading reading = bench.reader.read(scan, java.util.Optional.empty());
                Map<String, String> truth = sample.expected();
                Map<String, DocumentField> read = new TreeMap<>();
                if (reading instanceof Reading.Classified c && c.template().id().equals(form.id())) {
                    classified++;
                    for (DocumentField f : bench.verdict(c).fields()) {
                        read.put(f.name(), f);
                    }
                }
                form.allFields().forEach(f -> {
                    DocumentField got = read.get(f.name());
                    boolean right = got != null && truth.get(f.name()).equals(got.value());
                    int[] t = byType.computeIfAbsent(f.type() + (f.cells() > 0 ? "[boxed]" : ""), k -> new int[2]);
                    t[0]++;
                    t[1] += right ? 1 : 0;
                    if (verbose && !right) {
                        // Synthetic residents only: this output never sees real personal data.
                        out.printf("   %s %-18s truth=[%s] read=[%s] conf=%.2f %s%n", form.id(), f.name(),
                                truth.get(f.name()), got == null ? "" : got.value(), got == null ? 0 : got.confidence(),
                                got == null ? "" : got.problems().stream().map(Problem::code).toList());
                    }
                });
            }
        } finally {
            Commands.deleteTree(work);
        }
        out.printf("%-22s %6s %8s%n", "type", "fields", "accuracy");
        byType.forEach((type, t) -> out.printf("%-22s %6d %8.4f%n", type, t[0], (double) t[1] / t[0]));
        int fields = byType.values().stream().mapToInt(t -> t[0]).sum();
        int right = byType.values().stream().mapToInt(t -> t[1]).sum();
        out.printf("forms=%d (seeds %d..%d) classified=%.3f fields=%d accuracy=%.4f%n", n, first, first + n - 1,
                (double) classified / n, fields, (double) right / fields);
        return 0;
    }
}
