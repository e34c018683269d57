package io.scan2ledger.cli;

import io.scan2ledger.persistence.EmbeddedDatabase;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.templates.TemplateCatalog;
import io.scan2ledger.templates.samples.OutputKind;
import io.scan2ledger.templates.samples.SampleGenerator;
import io.scan2ledger.templates.samples.ScanOptions;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code ./scan2ledger bench load [--rate 60] [--minutes 10]}: a sustained drop of {@code rate}
 * scans a minute into a running server (this jar, started as its own process on a throw-away data
 * directory), for {@code minutes}. Reports the throughput, the drop → review-ready latency (the
 * document settled in NEEDS_REVIEW or VALIDATED, from the audit trail) and the server's resident
 * memory over time, to show whether it plateaus.
 */
final class LoadBenchmark {

    private LoadBenchmark() {
    }

    static int run(String[] args, PrintStream out) throws Exception {
        int rate = Integer.parseInt(Commands.option(args, "--rate", "60"));
        int minutes = Integer.parseInt(Commands.option(args, "--minutes", "10"));
        int total = rate * minutes;
        Path work = Files.createTempDirectory("s2l-bench-load-");
        Path home = work.resolve("home");
        out.printf("generating %d distinct scans (all four forms, typical noise)...%n", total);
        List<Path> scans = generate(total, Files.createDirectories(work.resolve("scans")));
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process server = startServer(home, port, work.resolve("server.log"));
        try {
            awaitHealthy(port, server);
            Map<String, Instant> dropped = new ConcurrentHashMap<>();
            List<long[]> rss = Collections.synchronizedList(new ArrayList<>());
            Instant start = Instant.now();
            long intervalNanos = Duration.ofMinutes(1).toNanos() / rate;
            Path inbox = home.resolve("inbox/madoguchi");
            Thread sampler = new Thread(() -> sampleRss(server.pid(), start, rss), "rss-sampler");
            sampler.setDaemon(true);
            sampler.start();
            for (int i = 0; i < total; i++) {
                long due = start.toEpochMilli() * 1_000_000L + i * intervalNanos;
                long wait = due - Instant.now().toEpochMilli() * 1_000_000L;
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000L);
                }
                Path scan = scans.get(i);
                Path tmp = inbox.resolve("." + scan.getFileName() + ".tmp");
                Files.copy(scan, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, inbox.resolve(scan.getFileName()), StandardCopyOption.ATOMIC_MOVE);
                dropped.put(scan.getFileName().toString(), Instant.now());
            }
            Instant lastDrop = Instant.now();
            Map<String, Instant> settled = awaitSettled(home, total, Duration.ofMinutes(15));
            Instant end = Instant.now();
            sampler.interrupt();
            report(out, rate, minutes, start, lastDrop, end, dropped, settled, rss);
        } finally {
            server.destroy();
            server.waitFor();
            Commands.deleteTree(work);
        }
        return 0;
    }

    private static List<Path> generate(int n, Path dir) throws Exception {
        TemplateCatalog catalog = TemplateCatalog.bundled();
        SampleGenerator generator = new SampleGenerator(catalog);
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        List<Future<Path>> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            files.add(pool.submit(() -> {
                FormTemplate form = catalog.all().get(index % catalog.all().size());
                return generator.generate(form, 40_000 + index, ScanOptions.typical()).writeTo(dir, OutputKind.JPEG);
            }));
        }
        List<Path> out = new ArrayList<>();
        for (Future<Path> f : files) {
            out.add(f.get());
        }
        pool.shutdown();
        return out;
    }

    private static Process startServer(Path home, int port, Path log) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        // Started with "java -jar scan2ledger.jar": the class path is that jar.
        Path jar = Path.of(System.getProperty("java.class.path"));
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx1g", "-jar", jar.toString(), "--spring.profiles.active=demo",
                "--server.port=" + port, "--scan2ledger.home=" + home, "--scan2ledger.schedule.enabled=false",
                "--logging.level.root=WARN")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        return pb.start();
    }

    private static void awaitHealthy(int port, Process server) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("server exited while starting");
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("server not healthy within 2 minutes");
    }

    /** Resident memory of the server every 15 s: [seconds since start, kB]. */
    private static void sampleRss(long pid, Instant start, List<long[]> rss) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        long kb = Long.parseLong(line.replaceAll("\\D", ""));
                        rss.add(new long[]{Duration.between(start, Instant.now()).toSeconds(), kb});
                    }
                }
                Thread.sleep(15_000);
            }
        } catch (InterruptedException | IOException stop) {
            // done
        }
    }

    /** When each document settled (NEEDS_REVIEW or VALIDATED), by original file name. */
    private static Map<String, Instant> awaitSettled(Path home, int total, Duration timeout) throws Exception {
        String url = "jdbc:h2:file:" + home.resolve("db/scan2ledger") + ";AUTO_SERVER=TRUE";
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Instant> settled = Map.of();
        while (System.nanoTime() < deadline) {
            try (Connection c = DriverManager.getConnection(url, "sa",
                    EmbeddedDatabase.password(home.resolve("db/scan2ledger"))); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("""
                         SELECT d.original_name, MIN(a.occurred_at) FROM document d JOIN audit_event a
                           ON a.document_id = d.id AND a.action = 'STATE' AND a.after_value IN ('NEEDS_REVIEW', 'VALIDATED')
                         GROUP BY d.original_name""")) {
                Map<String, Instant> now = new ConcurrentHashMap<>();
                while (rs.next()) {
                    now.put(rs.getString(1), rs.getObject(2, java.time.OffsetDateTime.class).toInstant());
                }
                settled = now;
            }
            if (settled.size() >= total) {
                return settled;
            }
            Thread.sleep(2000);
        }
        return settled;
    }

    private static void report(PrintStream out, int rate, int minutes, Instant start, Instant lastDrop, Instant end,
                               Map<String, Instant> dropped, Map<String, Instant> settled, List<long[]> rss) {
        List<Long> latencies = new ArrayList<>();
        dropped.forEach((name, at) -> {
            Instant done = settled.get(name);
            if (done != null) {
                latencies.add(Duration.between(at, done).toMillis());
            }
        });
        Collections.sort(latencies);
        double windowMinutes = Duration.between(start, end).toMillis() / 60_000.0;
        long p50 = latencies.isEmpty() ? -1 : latencies.get(latencies.size() / 2);
        long p95 = latencies.isEmpty() ? -1 : latencies.get((int) Math.ceil(latencies.size() * 0.95) - 1);
        out.printf("dropped=%d settled=%d in %.1f min (drops over %.1f min) -> throughput %.1f docs/min%n",
                dropped.size(), latencies.size(), windowMinutes, Duration.between(start, lastDrop).toMillis() / 60_000.0,
                latencies.size() / windowMinutes);
        out.printf("drop -> review-ready latency: p50=%.1f s p95=%.1f s max=%.1f s%n", p50 / 1000.0, p95 / 1000.0,
                latencies.isEmpty() ? -1 : latencies.get(latencies.size() - 1) / 1000.0);
        out.println("server RSS over time (s: MB):");
        long firstHalfMax = 0;
        long secondHalfMax = 0;
        long mid = Duration.between(start, lastDrop).toSeconds() / 2;
        for (long[] sample : rss) {
            out.printf("  %5d: %d%n", sample[0], sample[1] / 1024);
            if (sample[0] <= mid) {
                firstHalfMax = Math.max(firstHalfMax, sample[1]);
            } else {
                secondHalfMax = Math.max(secondHalfMax, sample[1]);
            }
        }
        out.printf("load rate=%d/min minutes=%d throughput=%.1f/min p95=%.1fs rssMaxFirstHalf=%dMB rssMaxSecondHalf=%dMB%n",
                rate, minutes, latencies.size() / windowMinutes, p95 / 1000.0, firstHalfMax / 1024, secondHalfMax / 1024);
    }
}
