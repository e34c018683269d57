package io.scan2ledger.cli;

import io.scan2ledger.extraction.Reading;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.templates.samples.OutputKind;
import io.scan2ledger.templates.samples.Sample;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Generated scans read through the real reader, kept as readings with their ground truth (not as
 * images), so that validation can be run on them again with other thresholds at no OCR cost.
 */
final class Corpus {

    private Corpus() {
    }

    /** One generated document as read: its form, its seed, the truth, and the reading. */
    record Doc(FormTemplate form, long seed, Map<String, String> truth, Reading reading) {

        /** The reading, when the right form was recognised. */
        java.util.Optional<Reading.Classified> classified() {
            return reading instanceof Reading.Classified c && c.template().id().equals(form.id())
                    ? java.util.Optional.of(c) : java.util.Optional.empty();
        }
    }

    /** Reads {@code n} samples ({@code sample.apply(i)}) on {@code threads} threads, in order of index. */
    static List<Doc> read(Bench bench, int n, int threads, IntFunction<Sample> sample, PrintStream out)
            throws Exception {
        Path work = Files.createTempDirectory("s2l-corpus-");
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<Doc>> jobs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                jobs.add(pool.submit(() -> {
                    Sample s = sample.apply(index);
                    Path scan = s.writeTo(work, OutputKind.PNG);
                    Reading reading = bench.reader.read(scan, java.util.Optional.empty());
                    Files.deleteIfExists(scan);
                    Files.deleteIfExists(work.resolve(s.baseName() + ".truth.json"));
                    int k = done.incrementAndGet();
                    if (k % 50 == 0) {
                        out.println("  " + k + "/" + n + " documents");
                    }
                    return new Doc(s.form(), s.seed(), s.expected(), reading);
                }));
            }
            List<Doc> docs = new ArrayList<>();
            for (Future<Doc> job : jobs) {
                docs.add(job.get());
            }
            return docs;
        } finally {
            pool.shutdownNow();
            Commands.deleteTree(work);
        }
    }
}
