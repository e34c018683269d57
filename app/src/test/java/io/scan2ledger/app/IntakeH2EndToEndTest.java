package io.scan2ledger.app;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** On the embedded default: H2 in file mode under the data directory. */
class IntakeH2EndToEndTest extends IntakeEndToEndTest {

    static final Path HOME = tempHome("s2l-h2-");

    static Path tempHome(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IntakeEndToEndTest.fastIntake(HOME, registry);
    }

    @Override
    Path home() {
        return HOME;
    }
}
