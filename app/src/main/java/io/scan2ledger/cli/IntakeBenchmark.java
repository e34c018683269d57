package io.scan2ledger.cli;

import io.scan2ledger.app.Scan2LedgerApplication;
import io.scan2ledger.document.Document;
import io.scan2ledger.document.DocumentRepository;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code ./scan2ledger bench intake [--n 30] [--min-age 3s,1s]}: drop → recorded latency of the
 * watched-folder intake, on the real app with a throw-away data directory.
 *
 * <p>The floor is the configured {@code min-age} (a deliberate wait so a scanner's half-written
 * file is never taken); the figure that shows intake's own cost is the overhead above that floor.
 */
final class IntakeBenchmark {

    private IntakeBenchmark() {
    }

    static int run(String[] args, PrintStream out) throws Exception {
        int n = Integer.parseInt(Commands.option(args, "--n", "30"));
        String[] minAges = Commands.option(args, "--min-age", "3s,1s").split(",");
        out.println("intake latency: drop (rename into the inbox) -> document recorded; n=" + n + " per setting");
        for (String minAge : minAges) {
            measure(n, minAge.trim(), out);
        }
        return 0;
    }

    private static void measure(int n, String minAge, PrintStream out) throws Exception {
        Path home = Files.createTempDirectory("s2l-bench-intake-");
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(Scan2LedgerApplication.class)
                .run("--server.port=0", "--scan2ledger.home=" + home, "--scan2ledger.intake.min-age=" + minAge,
                        "--spring.profiles.active=demo", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                        "--logging.file.name=" + home.resolve("bench.log"))) {
            DocumentRepository documents = ctx.getBean(DocumentRepository.class);
            Path inbox = home.resolve("inbox/madoguchi");
            List<Long> latencies = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                byte[] pdf = pdf(i);
                Path tmp = inbox.resolve(".bench-" + i + ".tmp");
                Files.write(tmp, pdf);
                Files.move(tmp, inbox.resolve("bench-" + i + ".pdf"), StandardCopyOption.ATOMIC_MOVE);
                Instant dropped = Instant.now();
                Document doc = awaitRecorded(documents, i + 1L, Duration.ofSeconds(60));
                latencies.add(Duration.between(dropped, doc.receivedAt()).toMillis());
            }
            Collections.sort(latencies);
            long floor = Duration.parse("PT" + minAge.toUpperCase()).toMillis();
            long p50 = latencies.get(latencies.size() / 2);
            long p95 = latencies.get((int) Math.ceil(latencies.size() * 0.95) - 1);
            out.printf("min-age=%s  p50=%d ms  p95=%d ms  max=%d ms  floor(min-age)=%d ms  "
                            + "overhead p50=%d ms  ratio p50/floor=%.2f%n",
                    minAge, p50, p95, latencies.get(latencies.size() - 1), floor, p50 - floor, (double) p50 / floor);
        } finally {
            Commands.deleteTree(home);
        }
    }

    private static Document awaitRecorded(DocumentRepository documents, long id, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            var doc = documents.find(id);
            if (doc.isPresent()) {
                return doc.get();
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("document " + id + " not recorded within " + timeout);
    }

    private static byte[] pdf(int i) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage(PDRectangle.A4));
            doc.getDocumentInformation().setTitle("bench " + i + " " + System.nanoTime());
            doc.save(out);
            return out.toByteArray();
        }
    }
}
