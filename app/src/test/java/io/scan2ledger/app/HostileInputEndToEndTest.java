package io.scan2ledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.scan2ledger.imaging.hostile.HostileCorpus;
import io.scan2ledger.imaging.hostile.HostileInput;
import io.scan2ledger.intake.QuarantineReason.Code;
import io.scan2ledger.support.Sha256;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole hostile corpus (imaging's {@link HostileCorpus}: bombs, damaged, encrypted and active
 * PDFs, broken TIFFs, programs named .pdf...) dropped into a running app at once. Each file ends
 * processed (read, waiting for review) or QUARANTINED with its reason; the intake never stops, and
 * the server is still healthy afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class HostileInputEndToEndTest {

    static final Path HOME = IntakeH2EndToEndTest.tempHome("s2l-hostile-");
    static final Set<String> SETTLED = Set.of("NEEDS_REVIEW", "VALIDATED", "QUARANTINED");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntakeEndToEndTest.fastIntake(HOME, registry);
        // Cut-off files are quarantined soon after they stop changing, not after the usual 2 minutes.
        registry.add("scan2ledger.intake.incomplete-grace", () -> "3s");
    }

    @Test
    void everyHostileInputEndsProcessedOrQuarantinedWithItsReason() throws Exception {
        ApiClient api = new ApiClient(port);
        Path inbox = HOME.resolve("inbox/madoguchi");
        Map<String, HostileInput> bySha = new LinkedHashMap<>();
        for (HostileInput input : HostileCorpus.all()) {
            if (input.bytes().length == 0) {
                continue;   // the empty file has no content to find it by: covered below
            }
            bySha.putIfAbsent(HexFormat.of().formatHex(Sha256.newDigest().digest(input.bytes())), input);
        }
        for (HostileInput input : bySha.values()) {
            TestScans.drop(inbox, "hostile-" + input.name(), input.bytes());
        }
        TestScans.drop(inbox, "hostile-empty.pdf", new byte[0]);

        Map<String, JsonNode> settled = new LinkedHashMap<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (settled.size() < bySha.size() + 1 && System.nanoTime() < deadline) {
            for (JsonNode doc : api.get("/api/documents?limit=500", "supervisor", "supervisor-demo").body()) {
                if (SETTLED.contains(doc.path("state").asText())
                        && doc.path("originalName").asText().startsWith("hostile-")) {
                    settled.put(doc.path("originalName").asText(), doc);
                }
            }
            Thread.sleep(500);
        }
        assertThat(settled.get("hostile-empty.pdf")).isNotNull();
        assertThat(settled.get("hostile-empty.pdf").path("quarantine").path("code").asText()).isEqualTo("EMPTY_FILE");
        for (HostileInput input : bySha.values()) {
            JsonNode doc = settled.get("hostile-" + input.name());
            assertThat(doc).as(input.name() + " (" + input.what() + ") settled").isNotNull();
            String state = doc.path("state").asText();
            String code = doc.path("quarantine").path("code").asText();
            if (input.expected() instanceof HostileInput.Processed) {
                assertThat(state).as(input.name()).isIn("NEEDS_REVIEW", "VALIDATED");
            } else {
                assertThat(state).as(input.name()).isEqualTo("QUARANTINED");
                assertThat(doc.path("quarantine").path("ja").asText()).as(input.name()).isNotBlank();
                assertThat(doc.path("quarantine").path("en").asText()).as(input.name()).isNotBlank();
                if (input.expected() instanceof HostileInput.Refused refused) {
                    assertThat(code).as(input.name()).isEqualTo(refused.code().name());
                    assertThat(HOME.resolve("error/madoguchi/hostile-" + input.name() + ".reason.txt")).exists();
                } else {
                    // Only rendering shows what is wrong with these: extraction quarantines them.
                    assertThat(code).as(input.name()).isIn(Code.IMAGE_TOO_LARGE.name(), Code.CORRUPT.name());
                }
            }
        }
        try (var left = Files.list(inbox)) {
            assertThat(left.filter(p -> p.getFileName().toString().startsWith("hostile-")).toList()).isEmpty();
        }
        assertThat(api.get("/actuator/health", null, null).body().path("status").asText()).isEqualTo("UP");

        // Intake goes on: a good scan dropped after all that is taken as usual.
        String after = "after-" + System.nanoTime() + ".pdf";
        TestScans.drop(inbox, after, TestScans.pdf(after));
        assertThat(api.awaitDocument(ApiClient.named(after), Duration.ofSeconds(30))).isPresent();
    }
}
