package io.scan2ledger.app.review;

import com.fasterxml.jackson.databind.JsonNode;
import io.scan2ledger.app.ApiClient;
import io.scan2ledger.app.TestScans;
import io.scan2ledger.templates.TemplateCatalog;
import io.scan2ledger.templates.samples.OutputKind;
import io.scan2ledger.templates.samples.Sample;
import io.scan2ledger.templates.samples.SampleGenerator;
import io.scan2ledger.templates.samples.ScanOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

/** Scans dropped into an inbox folder, read by the real extraction (Tesseract). */
final class Scans {

    private static final Set<String> READ = Set.of("NEEDS_REVIEW", "VALIDATED");
    private static final Set<String> PERSONAL = Set.of("name", "kana", "my-number", "text");
    private static final Duration EXTRACTION = Duration.ofSeconds(60);
    private static Sample childAllowance;

    private Scans() {
    }

    /**
     * A generated, filled-in child-allowance claim as an office scanner makes it, dropped once per
     * run into the kodomo inbox (extraction runs while other tests go on).
     */
    static synchronized Sample childAllowance(Path home) {
        if (childAllowance == null) {
            TemplateCatalog catalog = TemplateCatalog.bundled();
            Sample sample = new SampleGenerator(catalog).generate(catalog.byId(Applications.FORM).orElseThrow(), 4242L,
                    ScanOptions.typical());
            // Its names, addresses and My Number are personal data the logs must never show.
            sample.form().allFields().stream().filter(f -> PERSONAL.contains(f.type())).forEach(f -> Residents.remember(
                    Arrays.asList(sample.expected().get(f.name()), sample.written().get(f.name()))));
            try {
                Path staging = Files.createTempDirectory("s2l-scan-");
                Path png = sample.writeTo(staging, OutputKind.PNG);
                TestScans.drop(home.resolve("inbox/kodomo"), png.getFileName().toString(), Files.readAllBytes(png));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            childAllowance = sample;
        }
        return childAllowance;
    }

    /** The scan's document once extraction has read it. */
    static JsonNode read(ApiClient api, Sample sample) {
        return await(api, sample.baseName() + ".png");
    }

    /**
     * Drops a blank page in a PDF: no known form, so once read it waits for review as unclassified
     * (with a page image). Returns its file name, for {@link #await}.
     */
    static String dropBlankPage(Path home, String channel) {
        String name = "blank-" + UUID.randomUUID().toString().substring(0, 8) + ".pdf";
        TestScans.drop(home.resolve("inbox").resolve(channel), name, TestScans.pdf(name));
        return name;
    }

    static JsonNode await(ApiClient api, String originalName) {
        long deadline = System.nanoTime() + EXTRACTION.toNanos();
        while (System.nanoTime() < deadline) {
            var found = api.awaitDocument(ApiClient.named(originalName), Duration.ofMillis(200));
            if (found.isPresent() && READ.contains(found.get().path("state").asText())) {
                return found.get();
            }
            ApiClient.sleep(200);
        }
        throw new AssertionError("the scan was not read in time");
    }
}
