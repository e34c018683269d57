package io.scan2ledger.templates.postal;

import io.scan2ledger.template.PostalDirectory;
import io.scan2ledger.template.PostalTown;
import io.scan2ledger.templates.TemplateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Japan Post's postal codes as {@link JpostalPackage} converted them (code, prefecture, city, town a
 * line), merged with a supplement that wins for the codes it lists (the fictional ward's). The file
 * is reference data derived from a pinned package, the same for every data directory, so it lives in
 * the launcher's cache ({@code .cache/postal/japan-post.tsv}), not in {@code scan2ledger.home}.
 */
public final class PostalFile {

    /** System property naming the file; the server reads the same key from its configuration. */
    public static final String PROPERTY = "scan2ledger.postal.file";
    /** Environment variable naming the file; the launcher sets it. */
    public static final String ENVIRONMENT = "SCAN2LEDGER_POSTAL_FILE";
    /** Where the launcher converts the data to, relative to the project folder. */
    public static final Path DEFAULT = Path.of(".cache", "postal", "japan-post.tsv");

    private static final Logger log = LoggerFactory.getLogger(PostalFile.class);
    /** Built once per process, file and supplement: catalogs are made in several places, the data is 6 MB. */
    private static final Map<List<Object>, PostalDirectory> BUILT = new ConcurrentHashMap<>();
    private static final Set<Path> REPORTED_MISSING = ConcurrentHashMap.newKeySet();

    private PostalFile() {
    }

    /**
     * The file to read: {@value #PROPERTY}, else {@value #ENVIRONMENT}, else {@link #DEFAULT} in the
     * working directory or the nearest parent that has it (tests run in a module's folder).
     */
    public static Path location() {
        String configured = System.getProperty(PROPERTY, System.getenv(ENVIRONMENT));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(DEFAULT))) {
                return dir.resolve(DEFAULT);
            }
        }
        return DEFAULT.toAbsolutePath();
    }

    /**
     * The file's towns with the supplement's merged over them. A missing file leaves the supplement
     * alone, said once in the log: postal-address rules then judge only the supplement's codes.
     */
    public static PostalDirectory directory(Path file, List<PostalTown> supplement) {
        Path path = file.toAbsolutePath().normalize();
        return BUILT.computeIfAbsent(List.of(path, List.copyOf(supplement)), key -> {
            Set<String> own = supplement.stream().map(PostalTown::code).collect(Collectors.toSet());
            List<PostalTown> towns = new ArrayList<>(read(path));
            towns.removeIf(t -> own.contains(t.code()));
            towns.addAll(supplement);
            return PostalDirectory.of(towns);
        });
    }

    /** The supplement's rows (code, prefecture, city, town) as towns; a malformed row fails the catalog. */
    public static List<PostalTown> towns(List<List<String>> rows, String origin) {
        List<PostalTown> towns = new ArrayList<>();
        for (List<String> row : rows) {
            PostalTown town = row.size() < 3 || row.size() > 4 ? null
                    : new PostalTown(row.get(0), row.get(1), row.get(2), row.size() == 4 ? row.get(3) : "");
            if (town == null || town.code().length() != 7) {
                throw new TemplateException(origin, String.join(" ", row),
                        "a postal code row is: 7-digit code <TAB> prefecture <TAB> city <TAB> town");
            }
            towns.add(town);
        }
        return towns;
    }

    static List<PostalTown> read(Path file) {
        if (!Files.isRegularFile(file)) {
            if (REPORTED_MISSING.add(file)) {
                log.warn("postal.data-missing file={} : Japan Post's postal codes are not there, so only the fictional"
                        + " ward's codes are known and other postal codes are never compared with addresses"
                        + " (./scan2ledger test, demo, run or bench fetch them)", file);
            }
            return List.of();
        }
        long start = System.nanoTime();
        List<PostalTown> towns = new ArrayList<>(150_000);
        // One string per prefecture and city name, not one per line: the directory stays in memory.
        Map<String, String> names = new HashMap<>();
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            lines.filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
                String[] cells = line.split("\t", -1);
                towns.add(new PostalTown(cells[0], names.computeIfAbsent(cells[1], n -> n),
                        names.computeIfAbsent(cells[2], n -> n), cells.length > 3 ? cells[3] : ""));
            });
        } catch (IOException | UncheckedIOException | ArrayIndexOutOfBoundsException e) {
            throw new IllegalStateException("cannot read the postal data " + file + ": " + e.getMessage(), e);
        }
        log.info("postal.data-loaded file={} towns={} ms={}", file, towns.size(), (System.nanoTime() - start) / 1_000_000);
        return List.copyOf(towns);
    }
}
