package io.scan2ledger.persistence.audit;

import io.scan2ledger.audit.CheckpointLog;
import io.scan2ledger.support.OwnerOnly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;

/**
 * The checkpoint file {@code checkpoints.log} in its own folder (0700; the file 0600), opened
 * with APPEND for every line so that nothing before is rewritten. Point the folder at another
 * disk or a mount the database's owner cannot write, and make the file append-only
 * ({@code chattr +a}) where the file system allows: then even the data directory's owner cannot
 * trim it quietly.
 */
public final class FileCheckpointLog implements CheckpointLog {

    static final String FILE = "checkpoints.log";

    private final Path file;

    public FileCheckpointLog(Path directory) {
        this.file = OwnerOnly.directory(directory).resolve(FILE);
    }

    @Override
    public synchronized void append(String line) {
        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE), OwnerOnly.fileAttributes())) {
            channel.write(ByteBuffer.wrap(bytes));
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the audit checkpoint file " + file, e);
        }
    }

    @Override
    public List<String> lines() {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank()).toList() : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit checkpoint file " + file, e);
        }
    }
}
