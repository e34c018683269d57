package io.scan2ledger.digits;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Blocks;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.djl.util.Pair;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Trains {@link DigitClassifier}'s CNN on MNIST's 60 000 training images and on digits printed in the
 * seen split's typefaces ({@link PrintedDigits}, 400 variants of each digit in each by default) (fixed
 * seed, each epoch on a fresh random distortion of each image ({@link Augment}: the slants, sizes,
 * stroke weights and bilevel scans of forms written by hand), Adam with a decaying rate), writes the weights and their SHA-256 sidecar, then measures the written weights
 * through {@link DigitClassifier} on the 10 000 test images it never trained on and prints
 * {@code mnistTest=0.99xx n=10000 epochs=N seconds=S} (S: wall time of training and measuring).
 *
 * <p>{@code ./scan2ledger train digits [--epochs N]} runs it; by hand:
 * {@code DigitTrainer --mnist DIR --out FILE [--epochs N]}. Needs DJL's PyTorch engine (optional
 * dependencies of this module); run it with {@code -Dai.djl.offline=true} so nothing is downloaded.
 */
public final class DigitTrainer {

    static final long SEED = 20261207L;
    static final int BATCH = 128;
    static final int PRINTED_PER_DIGIT = 400;

    private DigitTrainer() {
    }

    public static void main(String[] args) throws IOException {
        Path mnist = null;
        Path out = null;
        int epochs = 6;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--mnist" -> mnist = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--epochs" -> epochs = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: DigitTrainer --mnist DIR --out FILE [--epochs N]");
                    System.exit(2);
                }
            }
        }
        if (mnist == null || out == null || epochs < 1) {
            System.err.println("usage: DigitTrainer --mnist DIR --out FILE [--epochs N]");
            System.exit(2);
        }
        long start = System.nanoTime();
        MnistFile train = MnistFile.training(mnist);
        MnistFile test = MnistFile.test(mnist);
        PrintedDigits.Labelled printed = PrintedDigits.render(PRINTED_PER_DIGIT, SEED);
        write(out, train(train, printed, epochs));
        double accuracy = DigitClassifier.load(out).accuracy(test);
        System.out.printf(Locale.ROOT, "mnistTest=%.4f n=%d printedTrained=%d epochs=%d seconds=%d%n", accuracy,
                test.size(), printed.size(), epochs, Math.round((System.nanoTime() - start) / 1e9));
    }

    static SequentialBlock network() {
        return new SequentialBlock()
                .add(Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1)).setFilters(16).build())
                .add(BatchNorm.builder().optEpsilon(DigitClassifier.BN_EPSILON).build())
                .add(Activation::relu)
                .add(Pool.maxPool2dBlock(new Shape(2, 2)))
                .add(Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1)).setFilters(32).build())
                .add(BatchNorm.builder().optEpsilon(DigitClassifier.BN_EPSILON).build())
                .add(Activation::relu)
                .add(Pool.maxPool2dBlock(new Shape(2, 2)))
                .add(Blocks.batchFlattenBlock())
                .add(Linear.builder().setUnits(64).build())
                .add(Activation::relu)
                .add(Linear.builder().setUnits(10).build());
    }

    /** Trains and returns the weights file's bytes. */
    static byte[] train(MnistFile train, PrintedDigits.Labelled printed, int epochs) throws IOException {
        Engine.getInstance().setRandomSeed((int) SEED);
        Random random = new Random(SEED);
        int total = train.size() + printed.size();
        int steps = (total + BATCH - 1) / BATCH;
        SequentialBlock net = network();
        try (Model model = Model.newInstance("digits")) {
            model.setBlock(net);
            // The rate falls to about 5 % of its start over the run.
            float factor = (float) Math.pow(0.05, 1.0 / (steps * (double) epochs));
            DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
                    .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.factor().setBaseValue(0.002f)
                            .setFactor(factor).optMinValue(1e-5f).build()).build());
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(new Shape(1, 1, 28, 28));
                NDManager manager = trainer.getManager();
                int[] order = IntStream.range(0, total).toArray();
                for (int epoch = 1; epoch <= epochs; epoch++) {
                    long t0 = System.nanoTime();
                    shuffle(order, random);
                    double lossSum = 0;
                    for (int s = 0; s < steps; s++) {
                        int from = s * BATCH;
                        int n = Math.min(BATCH, order.length - from);
                        float[] x = new float[n * MnistFile.PIXELS];
                        float[] y = new float[n];
                        for (int i = 0; i < n; i++) {
                            int index = order[from + i];
                            float[] image = index < train.size() ? train.image(index)
                                    : printed.images().get(index - train.size());
                            System.arraycopy(Augment.apply(image, random), 0, x, i * MnistFile.PIXELS,
                                    MnistFile.PIXELS);
                            y[i] = index < train.size() ? train.label(index) : printed.labels().get(index - train.size());
                        }
                        try (NDManager batch = manager.newSubManager()) {
                            NDArray data = batch.create(x, new Shape(n, 1, 28, 28));
                            NDArray labels = batch.create(y);
                            try (GradientCollector collector = trainer.newGradientCollector()) {
                                NDList predictions = trainer.forward(new NDList(data));
                                NDArray loss = trainer.getLoss().evaluate(new NDList(labels), predictions);
                                collector.backward(loss);
                                lossSum += loss.getFloat();
                            }
                            trainer.step();
                        }
                        if ((s + 1) % 100 == 0) {
                            System.err.printf(Locale.ROOT, "[digits] epoch %d step %d/%d %.0fs%n", epoch, s + 1, steps,
                                    (System.nanoTime() - t0) / 1e9);
                        }
                    }
                    System.err.printf(Locale.ROOT, "[digits] epoch %d/%d loss %.4f %.0fs%n", epoch, epochs,
                            lossSum / steps, (System.nanoTime() - t0) / 1e9);
                }
            }
            return export(net);
        }
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    /** The parameters in the block's order, as {@link DigitClassifier} reads them. */
    static byte[] export(SequentialBlock net) throws IOException {
        List<Pair<String, Parameter>> parameters = new ArrayList<>();
        net.getParameters().forEach(parameters::add);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(DigitClassifier.MAGIC);
        out.writeInt(DigitClassifier.VERSION);
        out.writeInt(parameters.size());
        for (Pair<String, Parameter> p : parameters) {
            NDArray array = p.getValue().getArray();
            out.writeUTF(p.getKey());
            long[] shape = array.getShape().getShape();
            out.writeInt(shape.length);
            for (long d : shape) {
                out.writeInt((int) d);
            }
            for (float f : array.toFloatArray()) {
                out.writeFloat(f);
            }
        }
        out.flush();
        return bytes.toByteArray();
    }

    /** The weights and {@code FILE.sha256} beside them ({@code sha256sum -c} reads it), each moved into place. */
    static void write(Path out, byte[] weights) throws IOException {
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        String sidecar = DigitClassifier.sha256(weights) + "  " + out.getFileName() + "\n";
        replace(out, weights);
        replace(out.resolveSibling(out.getFileName() + ".sha256"), sidecar.getBytes(StandardCharsets.US_ASCII));
    }

    private static void replace(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
