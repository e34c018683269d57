package io.scan2ledger.imaging.hostile;

import io.scan2ledger.imaging.ImagingLimits;
import io.scan2ledger.imaging.PageRenderer;
import io.scan2ledger.imaging.ScanInspector;
import io.scan2ledger.intake.Inspection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * 520 mutations (fixed seed) of a valid PDF, TIFF, PNG and JPEG scan: bytes flipped, ranges
 * overwritten, zeroed, cut, doubled and inserted. Each goes through the real inspector and the real
 * renderer in the forked 384 MB JVM (see the pom). Whatever the bytes, the inspector gives a verdict
 * (never an exception), the renderer gives pages or an IOException, nothing hangs and the heap holds.
 * The tally of verdicts is printed for the record.
 */
class MutationFuzzTest {

    static final long SEED = 20261204L;
    static final int PER_SEED = 130;
    static final ImagingLimits LIMITS = ImagingLimits.defaults();
    static final ScanInspector INSPECTOR = new ScanInspector(LIMITS);
    static final PageRenderer RENDERER = new PageRenderer(LIMITS);
    static final Map<String, AtomicInteger> TALLY = new ConcurrentHashMap<>();

    @TempDir
    static Path dir;

    @TestFactory
    Stream<DynamicTest> everyMutationEndsInAVerdict() {
        Random random = new Random(SEED);
        List<DynamicTest> tests = new ArrayList<>();
        seeds().forEach((name, bytes) -> {
            for (int i = 0; i < PER_SEED; i++) {
                Mutation m = Mutation.random(random);
                byte[] mutated = m.apply(bytes, random);
                String file = String.format("%s-%03d-%s.%s", name, i, m, name);
                tests.add(DynamicTest.dynamicTest(file, () -> endsInAVerdict(file, mutated)));
            }
        });
        return tests.stream();
    }

    private void endsInAVerdict(String name, byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve(name), bytes);
        Inspection inspection = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> INSPECTOR.inspect(file));
        assertThat(inspection).isNotNull();
        String verdict = inspection instanceof Inspection.Refused r ? "refused " + r.reason().code()
                : inspection instanceof Inspection.LooksIncomplete ? "incomplete" : "readable";
        if (inspection instanceof Inspection.Readable) {
            String rendered = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                try {
                    RENDERER.forEachPage(file, 100, page -> true);
                    return "rendered";
                } catch (IOException e) {
                    return "render refused";
                }
            });
            verdict += ", " + rendered;
        }
        TALLY.computeIfAbsent(verdict, k -> new AtomicInteger()).incrementAndGet();
        Files.delete(file);
    }

    @AfterAll
    static void printTally() {
        Map<String, Integer> sorted = new TreeMap<>();
        TALLY.forEach((k, v) -> sorted.put(k, v.get()));
        int total = sorted.values().stream().mapToInt(Integer::intValue).sum();
        System.out.println("mutation fuzz: " + total + " inputs, 0 crashes; verdicts " + sorted);
    }

    private static Map<String, byte[]> seeds() {
        BufferedImage page = Codecs.page(620, 877, BufferedImage.TYPE_BYTE_GRAY);
        Map<String, byte[]> seeds = new TreeMap<>();
        seeds.put("pdf", HostileCorpus.validPdf());
        seeds.put("tif", imageIo(Codecs.page(620, 877, BufferedImage.TYPE_BYTE_BINARY), "tiff"));
        seeds.put("png", imageIo(page, "png"));
        seeds.put("jpg", Codecs.jpeg(page, false));
        return seeds;
    }

    private static byte[] imageIo(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One way of damaging a file; the random source decides where and with what. */
    enum Mutation {
        FLIP, OVERWRITE, ZERO, CUT, DOUBLE, INSERT;

        static Mutation random(Random r) {
            return values()[r.nextInt(values().length)];
        }

        byte[] apply(byte[] in, Random r) {
            byte[] out = in.clone();
            int at = r.nextInt(in.length);
            int run = 1 + r.nextInt(Math.min(256, in.length - at));
            switch (this) {
                case FLIP -> {
                    for (int i = 0, n = 1 + r.nextInt(16); i < n; i++) {
                        out[r.nextInt(out.length)] ^= (byte) (1 << r.nextInt(8));
                    }
                }
                case OVERWRITE -> {
                    for (int i = at; i < at + run; i++) {
                        out[i] = (byte) r.nextInt(256);
                    }
                }
                case ZERO -> Arrays.fill(out, at, at + run, (byte) 0);
                case CUT -> out = Arrays.copyOf(in, Math.max(1, at));
                case DOUBLE -> out = splice(in, at, Arrays.copyOfRange(in, at, at + run));
                case INSERT -> {
                    byte[] noise = new byte[run];
                    r.nextBytes(noise);
                    out = splice(in, at, noise);
                }
            }
            return out;
        }

        private static byte[] splice(byte[] in, int at, byte[] extra) {
            byte[] out = new byte[in.length + extra.length];
            System.arraycopy(in, 0, out, 0, at);
            System.arraycopy(extra, 0, out, at, extra.length);
            System.arraycopy(in, at, out, at + extra.length, in.length - at);
            return out;
        }

        @Override
        public String toString() {
            return name().toLowerCase();
        }
    }
}
