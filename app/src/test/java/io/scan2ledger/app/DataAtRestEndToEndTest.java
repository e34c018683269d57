package io.scan2ledger.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.scan2ledger.persistence.store.SealedCopies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static io.scan2ledger.app.ApiClient.named;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, part 8: nothing readable lying about. The running app (embedded H2, demo profile, the
 * build's umask) is given a scan named after a resident and a file it refuses; then its folders and
 * files are inspected as another account on the server would find them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class DataAtRestEndToEndTest {

    static final Path HOME = IntakeH2EndToEndTest.tempHome("s2l-at-rest-");
    static final Duration WAIT = Duration.ofSeconds(20);

    @LocalServerPort
    int port;
    @Autowired
    SealedCopies sealed;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntakeEndToEndTest.fastIntake(HOME, registry);
    }

    @Test
    void folderAndFilesAreTheOwnersOnlyAndArchiveCopiesAreSealedUnderNoResidentsName() throws Exception {
        String name = "山田太郎_転入届.pdf";
        byte[] pdf = TestScans.pdf("yamada");
        TestScans.drop(HOME.resolve("inbox/madoguchi"), name, pdf);
        JsonNode doc = new ApiClient(port).awaitDocument(named(name), WAIT).orElseThrow();
        TestScans.drop(HOME.resolve("inbox/zeimu"), "佐藤花子_メモ.pdf", "テキスト\n".getBytes(StandardCharsets.UTF_8));
        new ApiClient(port).awaitDocument(named("佐藤花子_メモ.pdf"), WAIT).orElseThrow();

        assertThat(mode(HOME)).isEqualTo("rwx------");
        for (String folder : List.of("db", "store", "archive", "error", "logs")) {
            assertThat(mode(HOME.resolve(folder))).as(folder).isEqualTo("rwx------");
        }
        assertThat(mode(HOME.resolve("db/scan2ledger.mv.db"))).isEqualTo("rw-------");
        assertThat(mode(HOME.resolve("db/scan2ledger.password"))).isEqualTo("rw-------");
        assertThat(files("store")).isNotEmpty().allSatisfy(f -> assertThat(mode(f)).as(f.toString()).isEqualTo("rw-------"));
        assertThat(files("error")).hasSize(2).allSatisfy(f -> assertThat(mode(f)).as(f.toString()).isEqualTo("rw-------"));
        for (Path dir : dirs("store", "archive", "error")) {
            assertThat(mode(dir)).as(dir.toString()).isEqualTo("rwx------");
        }

        List<Path> archived = files("archive");
        assertThat(archived).singleElement().satisfies(copy -> {
            assertThat(mode(copy)).isEqualTo("rw-------");
            assertThat(copy.getFileName().toString()).isEqualTo(String.format("%06d_%s.pdf.sealed",
                    doc.path("id").asLong(), doc.path("sha256").asText().substring(0, 12)));
            byte[] bytes = Files.readAllBytes(copy);
            assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("S2LE");
            assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("%PDF");
            try (InputStream in = sealed.open(copy)) {
                assertThat(in.readAllBytes()).isEqualTo(pdf);
            }
        });
    }

    @Test
    void theDatabaseServerListensOnLoopbackOnly() throws IOException {
        // AUTO_SERVER writes where its TCP server listens into the lock file.
        Properties lock = new Properties();
        try (InputStream in = Files.newInputStream(HOME.resolve("db/scan2ledger.lock.db"))) {
            lock.load(in);
        }
        String server = lock.getProperty("server");
        // H2 writes a loopback address as "localhost"; the kernel's table below is what counts.
        assertThat(server).isNotNull().matches("(localhost|127\\.0\\.0\\.1):\\d+");
        int port = Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
        List<String> listening = listeners(port);
        // 127.0.0.1, ::1 or ::ffff:127.0.0.1; never 0.0.0.0 or ::.
        assertThat(listening).isNotEmpty().allMatch(address -> List.of("0100007F", "00000000000000000000000001000000",
                "0000000000000000FFFF00000100007F").contains(address));
    }

    /** Local addresses (hex, as the kernel shows them) of sockets listening on a port. */
    private static List<String> listeners(int port) throws IOException {
        List<String> addresses = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.exists(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
                String[] f = line.trim().split("\\s+");
                String[] local = f[1].split(":");
                if (f[3].equals("0A") && Integer.parseInt(local[1], 16) == port) {
                    addresses.add(local[0]);
                }
            }
        }
        return addresses;
    }

    private static String mode(Path path) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> files(String folder) throws IOException {
        try (Stream<Path> all = Files.walk(HOME.resolve(folder))) {
            return all.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).toList();
        }
    }

    private static List<Path> dirs(String... folders) throws IOException {
        List<Path> out = new ArrayList<>();
        for (String folder : folders) {
            try (Stream<Path> all = Files.walk(HOME.resolve(folder))) {
                all.filter(Files::isDirectory).forEach(out::add);
            }
        }
        return out;
    }
}
