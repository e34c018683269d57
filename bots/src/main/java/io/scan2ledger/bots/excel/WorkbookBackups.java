package io.scan2ledger.bots.excel;

import io.scan2ledger.bots.support.AtomicWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Copies of the workbook as it was before each save, in {@code backup/} beside it, named
 * {@code <name>.<runId>.<yyyyMMdd-HHmmssSSS>.xlsx}; the newest {@code keep} are kept.
 */
final class WorkbookBackups {

    private static final Logger log = LoggerFactory.getLogger(WorkbookBackups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmssSSS");

    private final Path folder;
    private final String baseName;
    private final String extension;
    private final Pattern ours;
    private final int keep;
    private final ZoneId zone;
    private final AtomicWriter writer;

    WorkbookBackups(Path workbook, int keep, ZoneId zone, AtomicWriter writer) {
        this.writer = writer;
        this.folder = workbook.toAbsolutePath().getParent().resolve("backup");
        String name = workbook.getFileName().toString();
        int dot = name.lastIndexOf('.');
        this.baseName = dot > 0 ? name.substring(0, dot) : name;
        this.extension = dot > 0 ? name.substring(dot) : "";
        this.ours = Pattern.compile(Pattern.quote(baseName) + "\\.(\\d+)\\.(\\d{8}-\\d{9})" + Pattern.quote(extension));
        this.keep = keep;
        this.zone = zone;
    }

    /** Writes the backup (forced to disk) and prunes old ones. */
    Path save(byte[] workbook, long runId, Instant at) throws IOException {
        writer.createDirectories(folder);
        Path backup = folder.resolve(baseName + "." + runId + "." + STAMP.format(at.atZone(zone)) + extension);
        writer.writeNew(backup, workbook);
        prune();
        return backup;
    }

    List<Path> list() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> ours.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(this::stamp))
                    .toList();
        }
    }

    private void prune() {
        try {
            List<Path> backups = list();
            for (Path old : backups.subList(0, Math.max(0, backups.size() - keep))) {
                Files.deleteIfExists(old);
            }
        } catch (IOException e) {
            // the save itself succeeded; too many backups is no reason to fail the run
            log.warn("ledger.excel.backup-prune-failed error={}", e.getClass().getSimpleName());
        }
    }

    /** Sorts by time, then run. */
    private String stamp(Path backup) {
        Matcher m = ours.matcher(backup.getFileName().toString());
        m.matches();
        return m.group(2) + String.format("%020d", Long.parseLong(m.group(1)));
    }
}
