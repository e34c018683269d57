package io.scan2ledger.app;

import io.scan2ledger.digits.DigitClassifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.WebApplicationType;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A missing or damaged digit model stops the start, naming the file and the command that restores
 * it: the first handwritten form must not be the one to find out.
 */
class DigitModelStartupTest {

    @TempDir
    Path dir;

    private Throwable start(Path weights) {
        String[] properties = IntakeEndToEndTest.fastIntake(IntakeH2EndToEndTest.tempHome("s2l-digits-"));
        SpringApplicationBuilder app = new SpringApplicationBuilder(Scan2LedgerApplication.class)
                .profiles("demo").web(WebApplicationType.SERVLET).properties(properties).properties("server.port=0");
        Throwable[] thrown = new Throwable[1];
        // As a command-line argument: default properties rank below application.yaml's own (empty) key.
        assertThatThrownBy(() -> app.run("--scan2ledger.extraction.digit-weights=" + weights).close())
                .satisfies(t -> thrown[0] = t);
        Throwable root = thrown[0];
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root;
    }

    @Test
    void aCorruptWeightsFileStopsTheStartNamingItAndTheCommandThatRestoresIt() throws Exception {
        Path weights = dir.resolve("digits-cnn.bin");
        try (InputStream good = DigitClassifier.class.getClassLoader().getResourceAsStream(DigitClassifier.RESOURCE)) {
            byte[] bytes = good.readAllBytes();
            bytes[bytes.length / 2] ^= 0x55;
            Files.write(weights, bytes);
        }
        try (InputStream sidecar = DigitClassifier.class.getClassLoader()
                .getResourceAsStream(DigitClassifier.RESOURCE + ".sha256")) {
            Files.write(dir.resolve("digits-cnn.bin.sha256"), sidecar.readAllBytes());
        }

        Throwable root = start(weights);

        assertThat(root).isInstanceOf(DigitClassifier.WeightsUnavailable.class);
        assertThat(root.getMessage()).contains(weights.toString()).contains("corrupt")
                .contains("./scan2ledger train digits");
    }

    @Test
    void aMissingWeightsFileStopsTheStartToo() {
        Path weights = dir.resolve("nowhere.bin");

        Throwable root = start(weights);

        assertThat(root.getMessage()).contains(weights.toString()).contains("./scan2ledger train digits");
    }
}
