package io.scan2ledger.bots.excel;

import io.scan2ledger.ledger.LedgerUnavailable;
import io.scan2ledger.support.Sha256;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The workbook on disk: whether someone has it open, and whether it changed since this run read
 * it. Either means a clerk is working in it, and saving over their copy would lose their work.
 */
final class WorkbookFile {

    private final Path path;
    private final Duration retryAfter;
    private byte[] original;
    private String originalSha;

    WorkbookFile(Path path, Duration retryAfter) {
        this.path = path;
        this.retryAfter = retryAfter;
    }

    Path path() {
        return path;
    }

    /** Reads the whole file: the run works on these bytes, and compares the file with them before saving. */
    byte[] read() throws LedgerUnavailable {
        try {
            original = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new LedgerUnavailable("workbook " + path.getFileName() + " not found", retryAfter, e);
        } catch (IOException e) {
            throw new LedgerUnavailable("cannot read workbook " + path.getFileName(), retryAfter, e);
        }
        originalSha = Sha256.hex(Sha256.newDigest().digest(original));
        return original;
    }

    byte[] original() {
        return original;
    }

    /**
     * Refuses while Excel (owner file {@code ~$name.xlsx}) or LibreOffice ({@code .~lock.name.xlsx#})
     * has the workbook open. A stale owner file left by a crashed Excel blocks too, until a clerk
     * deletes it: the message says which file.
     */
    void checkNotOpenElsewhere() throws LedgerUnavailable {
        String name = path.getFileName().toString();
        for (String owner : List.of("~$" + name, ".~lock." + name + "#")) {
            if (Files.exists(path.resolveSibling(owner))) {
                throw new LedgerUnavailable("workbook " + name + " is open elsewhere (owner file " + owner
                        + " exists); nothing was written", retryAfter);
            }
        }
    }

    /**
     * Refuses when the file's content differs from what {@link #read} saw. The modification time
     * alone is not compared: a sync tool or a virus scanner may touch it without changing a byte.
     */
    void checkUnchanged() throws LedgerUnavailable {
        try {
            if (Files.size(path) != original.length || !Sha256.of(path).equals(originalSha)) {
                throw new LedgerUnavailable("workbook " + path.getFileName()
                        + " was changed by someone else during the run; not overwritten", retryAfter);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new LedgerUnavailable("cannot check workbook " + path.getFileName() + " before saving", retryAfter, e);
        }
    }
}
