package io.scan2ledger.digits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigitClassifierWeightsTest {

    @TempDir
    Path dir;

    @Test
    void theCommittedWeightsLoadAndMatchTheirPinnedChecksum() throws IOException {
        byte[] weights = resource(DigitClassifier.RESOURCE);
        String pinned = new String(resource(DigitClassifier.RESOURCE + ".sha256"), StandardCharsets.US_ASCII);

        assertThat(pinned).startsWith(DigitClassifier.sha256(weights) + "  digits-cnn.bin");
        assertThat(weights.length).isLessThan(1_000_000);
        DigitClassifier.Reading reading = DigitClassifier.load().classify(new float[784]);
        assertThat(reading.probabilities()).hasSize(10);
        float sum = 0;
        for (float p : reading.probabilities()) {
            sum += p;
        }
        assertThat(sum).isBetween(0.999f, 1.001f);
    }

    @Test
    void aCorruptCopyIsRefusedNamingTheFileAndTheCommandThatRestoresIt() throws IOException {
        Path weights = copyOfTheWeights();
        byte[] bytes = Files.readAllBytes(weights);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(weights, bytes);

        assertThatThrownBy(() -> DigitClassifier.load(weights))
                .isInstanceOf(DigitClassifier.WeightsUnavailable.class)
                .hasMessageContaining(weights.toString())
                .hasMessageContaining("corrupt")
                .hasMessageContaining("./scan2ledger train digits");
    }

    @Test
    void aMissingFileIsRefusedNamingTheFileAndTheCommandThatRestoresIt() throws IOException {
        Path weights = copyOfTheWeights();
        Files.delete(weights);

        assertThatThrownBy(() -> DigitClassifier.load(weights))
                .isInstanceOf(DigitClassifier.WeightsUnavailable.class)
                .hasMessageContaining(weights.toString())
                .hasMessageContaining("./scan2ledger train digits");
    }

    @Test
    void anUntouchedCopyLoads() throws IOException {
        assertThat(DigitClassifier.load(copyOfTheWeights())).isNotNull();
    }

    private Path copyOfTheWeights() throws IOException {
        Path weights = dir.resolve("digits-cnn.bin");
        Files.write(weights, resource(DigitClassifier.RESOURCE));
        Files.write(dir.resolve("digits-cnn.bin.sha256"), resource(DigitClassifier.RESOURCE + ".sha256"));
        return weights;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = DigitClassifier.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
