package io.scan2ledger.intake;

import io.scan2ledger.support.Sha256;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Files that were taken but could not be removed from their inbox (a read-only share): a copy went
 * to the archive or error folder and the original stayed. Every later poll sees the original again;
 * this memory makes intake skip it, without reading it, for as long as it is the very same file
 * (channel, name, size, modification time and file key). A file changed or replaced under the same
 * name is a new file and is taken again.
 *
 * <p>The memory is kept in a small file so a restart does not record the same file twice. It holds
 * only hashes of those facts, never a name.
 */
public class LeftInInbox {

    private final Path file;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    public LeftInInbox(Path file) {
        this.file = file;
        try {
            if (Files.isRegularFile(file)) {
                Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                        .map(line -> line.split("\t", 2)[0]).filter(k -> !k.isBlank()).forEach(known::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the list of files left in read-only inboxes", e);
        }
    }

    /** The identity of the file as it is now; empty if it cannot be read (gone, or not a file). */
    public static Optional<String> identify(IncomingFile in) {
        try {
            BasicFileAttributes a = Files.readAttributes(in.file(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return Optional.of(Sha256.of(String.join("\u0000", in.channel(), in.originalName(),
                    Long.toString(a.size()), Long.toString(a.lastModifiedTime().toMillis()),
                    String.valueOf(a.fileKey()))));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public boolean contains(Optional<String> identity) {
        return identity.isPresent() && known.contains(identity.get());
    }

    /** Remembers a file (by the identity it had when it was taken) and the document it became. */
    public synchronized void remember(String identity, long documentId) {
        if (!known.add(identity)) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, identity + "\t" + documentId + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // Still remembered until the next restart; after one, the file would be recorded as a duplicate.
            throw new UncheckedIOException("cannot note a file left in a read-only inbox", e);
        }
    }
}
