package io.scan2ledger.cli;

import io.scan2ledger.templates.samples.Sample;
import io.scan2ledger.templates.samples.Split;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * Hand-mode samples with MNIST's real digits, from {@code .cache/mnist/} at the repository root
 * (surefire points {@code SCAN2LEDGER_MNIST_DIR} there); without it the tests fail on CI (env
 * {@code CI} set) and are skipped elsewhere.
 */
class HandSamplesCommandTest {

    @Test
    void samplesHandWritesImagesAndTheirTruth(@TempDir Path dir) throws IOException {
        mnistOrSkip();
        CommandRun run = CommandRun.of("samples", "--out", dir.toString(), "--hand", "--n", "2", "--dpi", "100",
                "--kinds", "png");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("seeds 4000000..4000001", "split hand (6 typefaces)");
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(names).filteredOn(n -> n.endsWith(".png")).hasSize(2);
            assertThat(names).filteredOn(n -> n.endsWith(".truth.json")).hasSize(2);
        }
        String truth = Files.readString(dir.resolve("hoiku-moushikomi-s4000000.truth.json"));
        assertThat(truth).contains("\"handInk\"");
        assertThat(Split.HAND.fonts()).anyMatch(f -> truth.contains("\"font\" : \"" + f.name() + "\""));
    }

    @Test
    void fittingAndEvaluationTakeTheirOwnHalvesOfTheTestSplit() {
        Path mnist = mnistOrSkip();
        MnistHandDigits fitting = MnistHandDigits.read(mnist, 0, MnistHandDigits.FITTING_END);
        MnistHandDigits evaluation = MnistHandDigits.read(mnist, MnistHandDigits.FITTING_END, MnistHandDigits.TEST_SIZE);
        int fittingImages = 0;
        int evaluationImages = 0;
        for (int d = 0; d < 10; d++) {
            fittingImages += fitting.count(d);
            evaluationImages += evaluation.count(d);
        }
        assertThat(fittingImages).isEqualTo(5_000);
        assertThat(evaluationImages).isEqualTo(5_000);
        int[] seven = evaluation.image(7, new SplittableRandom(1));
        assertThat(seven).hasSize(28 * 28);
        assertThat(seven).contains(255);
        assertThat(evaluation.image(7, new SplittableRandom(1))).isEqualTo(seven);
    }

    @Test
    void calibrationsHandDocumentsAreWrittenInTheSeenTypefacesOnFittingSeeds() {
        mnistOrSkip();
        CorpusSplit.Documents documents = CorpusSplit.handForFitting(Split.FITTING_SEED_BASE, 1,
                io.scan2ledger.templates.samples.ScanOptions.clean(100));
        Sample s = documents.samples().apply(0);
        assertThat(s.filling().pen()).isNotNull();
        assertThat(Split.SEEN.fonts()).contains(s.filling().font());
        assertThatThrownBy(() -> CorpusSplit.handForFitting(Split.HAND.seedBase(), 1,
                io.scan2ledger.templates.samples.ScanOptions.clean(100))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissingMnistFolderIsNamedWithTheCommandThatFetchesIt(@TempDir Path empty) {
        assertThatThrownBy(() -> MnistHandDigits.read(empty, 0, 5_000))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(empty.toAbsolutePath().toString())
                .hasMessageContaining("./scan2ledger test")
                .hasMessageContaining(MnistHandDigits.DIR_ENV);
    }

    private static Path mnistOrSkip() {
        Path mnist = MnistHandDigits.dir();
        if (!Files.isRegularFile(mnist.resolve("t10k-images-idx3-ubyte"))) {
            String message = "MNIST's test split is not in " + mnist.toAbsolutePath()
                    + "; './scan2ledger test' fetches it";
            if (System.getenv("CI") != null) {
                fail(message);
            }
            abort(message);
        }
        return mnist;
    }
}
