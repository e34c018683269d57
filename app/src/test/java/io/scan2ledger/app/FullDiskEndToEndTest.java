package io.scan2ledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.scan2ledger.intake.Mounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A full disk, for real: the document store lives on a 1 MB tmpfs (mounted by the test, as root;
 * skipped otherwise). A scan too big for what is left stays in its inbox, nothing is recorded and
 * nothing is quarantined; once there is room again it is taken like any other, and nothing dropped
 * in the meantime is lost.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class FullDiskEndToEndTest {

    static final Path HOME = IntakeH2EndToEndTest.tempHome("s2l-full-");
    static final Optional<Mounts.Undo> DISK = Mounts.tinyDisk(HOME.resolve("store"), 1);

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntakeEndToEndTest.fastIntake(HOME, registry);
    }

    @AfterAll
    static void unmount() {
        DISK.ifPresent(Mounts.Undo::close);
    }

    @Test
    void aScanThatDoesNotFitWaitsInItsInboxUntilThereIsRoom() throws Exception {
        assumeTrue(DISK.isPresent(), "a tmpfs can only be mounted as root");
        ApiClient api = new ApiClient(port);
        Path inbox = HOME.resolve("inbox/madoguchi");
        byte[] big = noise(900, 900);   // ~2.4 MB of PNG that does not compress
        assertThat(big.length).isGreaterThan(2 << 20);
        Path dropped = TestScans.drop(inbox, "big-scan.png", big);

        // Several polls go by: it is neither recorded nor quarantined, and it is still there.
        Thread.sleep(4_000);
        assertThat(api.awaitDocument(ApiClient.named("big-scan.png"), Duration.ofMillis(200))).isEmpty();
        assertThat(dropped).exists();
        assertThat(errorFiles()).as("files quarantined").isZero();

        Mounts.resize(HOME.resolve("store"), 64);
        JsonNode doc = api.awaitDocument(ApiClient.named("big-scan.png"), Duration.ofSeconds(20)).orElseThrow();
        assertThat(doc.path("state").asText()).isNotEqualTo("QUARANTINED");
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (Files.exists(dropped) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(dropped).doesNotExist();
        assertThat(errorFiles()).as("files quarantined").isZero();
    }

    private static long errorFiles() throws IOException {
        Path error = HOME.resolve("error");
        if (!Files.exists(error)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(error)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static byte[] noise(int w, int h) throws IOException {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
