package io.scan2ledger.cli;

import io.scan2ledger.extraction.Reading;
import io.scan2ledger.templates.samples.OutputKind;
import io.scan2ledger.templates.samples.Sample;
import io.scan2ledger.templates.samples.SampleGenerator;
import io.scan2ledger.templates.samples.ScanOptions;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./scan2ledger bench speed [--n 24] [--threads N]}: CPU time per page and pages per minute
 * of the reading pipeline (classify, register, zonal OCR with its second opinion), against the
 * {@code tesseract} command reading the same page images whole, measured in the same run.
 *
 * <p>Pipeline CPU is the reading thread's own CPU time (Tesseract runs on the calling thread with
 * {@code OMP_THREAD_LIMIT=1}). The command's CPU is user + system time of the child process, from
 * the shell's {@code times}. Both include decoding the PNG.
 */
final class SpeedBenchmark {

    private static final Pattern TIMES = Pattern.compile("(\\d+)m([\\d.]+)s\\s+(\\d+)m([\\d.]+)s");

    private SpeedBenchmark() {
    }

    static int run(String[] args, PrintStream out) throws Exception {
        int n = Integer.parseInt(Commands.option(args, "--n", "24"));
        int threads = Integer.parseInt(Commands.option(args, "--threads",
                String.valueOf(Runtime.getRuntime().availableProcessors())));
        Path work = Files.createTempDirectory("s2l-bench-speed-");
        try (Bench bench = new Bench(List.of())) {
            List<Path> pages = pages(bench, n, work);
            // One untimed pass warms up the JIT and loads each thread's Tesseract models.
            timePipeline(bench, pages.subList(0, Math.min(4, pages.size())), threads);
            Timing pipeline = timePipeline(bench, pages, threads);
            Timing jpnEng = timeCommand(pages, threads, "jpn+eng");
            Timing jpn = timeCommand(pages, threads, "jpn");
            out.printf("pages=%d threads=%d (300 dpi A4 scans, typical noise, all four forms)%n", n, threads);
            report(out, "scan2ledger pipeline", pipeline);
            report(out, "tesseract CLI jpn+eng", jpnEng);
            report(out, "tesseract CLI jpn", jpn);
            out.printf("cpu ratio pipeline/cli(jpn+eng)=%.3f pipeline/cli(jpn)=%.3f throughput ratio=%.2fx%n",
                    pipeline.cpuPerPage() / jpnEng.cpuPerPage(), pipeline.cpuPerPage() / jpn.cpuPerPage(),
                    pipeline.pagesPerMinute() / jpnEng.pagesPerMinute());
        } finally {
            Commands.deleteTree(work);
        }
        return 0;
    }

    record Timing(int pages, double cpuSeconds, double wallSeconds) {
        double cpuPerPage() {
            return cpuSeconds / pages;
        }

        double pagesPerMinute() {
            return pages / wallSeconds * 60;
        }
    }

    private static void report(PrintStream out, String what, Timing t) {
        out.printf("%-24s cpu/page=%.3f s  pages/min=%.1f%n", what, t.cpuPerPage(), t.pagesPerMinute());
    }

    private static List<Path> pages(Bench bench, int n, Path work) throws IOException {
        SampleGenerator generator = new SampleGenerator(bench.catalog);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Sample sample = generator.generate(bench.catalog.all().get(i % bench.catalog.all().size()), 500 + i,
                    ScanOptions.typical().withDpis(List.of(300)));
            files.add(sample.writeTo(work, OutputKind.PNG));
        }
        return files;
    }

    private static Timing timePipeline(Bench bench, List<Path> pages, int threads) throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<Long>> cpu = new ArrayList<>();
        for (Path page : pages) {
            cpu.add(pool.submit(() -> {
                long before = mx.getCurrentThreadCpuTime();
                Reading reading = bench.reader.read(page, Optional.empty());
                if (!(reading instanceof Reading.Classified)) {
                    throw new IllegalStateException("benchmark page not classified: " + page.getFileName());
                }
                return mx.getCurrentThreadCpuTime() - before;
            }));
        }
        long total = 0;
        for (Future<Long> f : cpu) {
            total += f.get();
        }
        double wall = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Timing(pages.size(), total / 1e9, wall);
    }

    private static Timing timeCommand(List<Path> pages, int threads, String languages) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<Double>> cpu = new ArrayList<>();
        for (Path page : pages) {
            cpu.add(pool.submit(() -> {
                Process p = new ProcessBuilder("bash", "-c",
                        "tesseract \"$1\" - -l \"$2\" >/dev/null 2>&1; times", "bench", page.toString(), languages)
                        .redirectErrorStream(true).start();
                p.getOutputStream().close();
                String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
                p.waitFor();
                // `times` prints the shell's own times, then its children's: the second line is tesseract.
                Matcher m = TIMES.matcher(output.lines().skip(1).findFirst().orElse(""));
                if (!m.find()) {
                    throw new IllegalStateException("no child CPU times from tesseract: " + output);
                }
                return Double.parseDouble(m.group(1)) * 60 + Double.parseDouble(m.group(2))
                        + Double.parseDouble(m.group(3)) * 60 + Double.parseDouble(m.group(4));
            }));
        }
        double total = 0;
        for (Future<Double> f : cpu) {
            total += f.get();
        }
        double wall = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Timing(pages.size(), total, wall);
    }
}
