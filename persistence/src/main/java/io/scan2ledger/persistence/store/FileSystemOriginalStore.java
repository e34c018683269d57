package io.scan2ledger.persistence.store;

import io.scan2ledger.document.OriginalStore;
import io.scan2ledger.support.OwnerOnly;
import io.scan2ledger.support.Sha256;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Originals on the local disk under {@code store/ab/cd/<sha256>}, encrypted at rest (AES-256-GCM,
 * see {@link SealedFile}). The address is the SHA-256 of the plaintext, so the same scan is stored
 * once and a stored file can be checked against its address. Each file is written to a temporary
 * name, forced to disk, then renamed into place, and the directory is forced too: after
 * {@link #put} returns, the sealed bytes survive a power cut.
 */
public class FileSystemOriginalStore implements OriginalStore {

    private final Path root;
    private final Path tmp;
    private final StoreKeys keys;

    public FileSystemOriginalStore(Path root, StoreKeys keys) {
        this.root = root;
        this.tmp = root.resolve("tmp");
        this.keys = keys;
        try {
            OwnerOnly.restrict(OwnerOnly.createDirectories(root));
            OwnerOnly.createDirectories(tmp);
            // Left by a process that died mid-copy (the file they came from is still in its inbox). Only old
            // ones: the CLI opens the store too, while the server may be copying.
            Instant cutoff = Instant.now().minus(Duration.ofHours(1));
            try (var leftovers = Files.newDirectoryStream(tmp, "*.part")) {
                for (Path leftover : leftovers) {
                    if (Files.getLastModifiedTime(leftover).toInstant().isBefore(cutoff)) {
                        Files.deleteIfExists(leftover);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the document store at " + root, e);
        }
    }

    @Override
    public String put(Path file) {
        Path temp = tmp.resolve(UUID.randomUUID() + ".part");
        try {
            MessageDigest digest = Sha256.newDigest();
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest);
                 FileChannel channel = FileChannel.open(temp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                         OwnerOnly.fileAttributes());
                 OutputStream out = Channels.newOutputStream(channel)) {
                SealedFile.seal(in, out, keys.activeId(), keys.active());
                channel.force(true);
            }
            String sha = Sha256.hex(digest.digest());
            Path target = pathOf(sha);
            if (Files.exists(target)) {
                Files.delete(temp);
                return sha;
            }
            OwnerOnly.createDirectories(target.getParent());
            ownerOnly(temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException raced) {
                Files.deleteIfExists(temp);
            }
            forceDirectory(target.getParent());
            return sha;
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the temp file is swept on the next start
            }
            throw new UncheckedIOException("cannot store original", e);
        }
    }

    @Override
    public boolean contains(String sha256) {
        return Files.isRegularFile(pathOf(sha256));
    }

    @Override
    public InputStream open(String sha256) {
        try {
            InputStream raw = new BufferedInputStream(Files.newInputStream(pathOf(sha256)));
            raw.mark(SealedFile.MAGIC.length);
            byte[] head = raw.readNBytes(SealedFile.MAGIC.length);
            raw.reset();
            // Originals stored before encryption was introduced are read as they are, until rekeyed.
            return Arrays.equals(head, SealedFile.MAGIC)
                    ? SealedFile.open(raw, id -> keys.byId(id).orElse(null)) : raw;
        } catch (IOException e) {
            throw new UncheckedIOException("stored original missing or unreadable: " + sha256, e);
        }
    }

    @Override
    public boolean verify(String sha256) {
        if (!contains(sha256)) {
            return false;
        }
        MessageDigest digest = Sha256.newDigest();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = open(sha256)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
        return Sha256.hex(digest.digest()).equals(sha256);
    }

    @Override
    public List<String> addresses() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(name -> name.matches("[0-9a-f]{64}")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the document store", e);
        }
    }

    @Override
    public void delete(String sha256) {
        try {
            Files.deleteIfExists(pathOf(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete stored original " + sha256, e);
        }
    }

    /**
     * Re-seals every stored original with the active key (key rotation): read with the key it names,
     * written anew under the same address, atomically. Returns how many files were re-sealed.
     */
    public int rekey() {
        int count = 0;
        try {
            for (String sha : addresses()) {
                Path file = pathOf(sha);
                if (keys.activeId().equals(keyIdOf(file))) {
                    continue;
                }
                Path temp = tmp.resolve(UUID.randomUUID() + ".part");
                try (InputStream in = open(sha); OutputStream out = Files.newOutputStream(temp)) {
                    SealedFile.seal(in, out, keys.activeId(), keys.active());
                }
                ownerOnly(temp);
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                count++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("rekey stopped", e);
        }
        return count;
    }

    /** The key id a stored file is sealed with, or "" for an original stored before encryption. */
    String keyIdOf(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            in.mark(SealedFile.MAGIC.length);
            byte[] head = in.readNBytes(SealedFile.MAGIC.length);
            in.reset();
            return Arrays.equals(head, SealedFile.MAGIC) ? SealedFile.keyIdOf(in) : "";
        }
    }

    Path pathOf(String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 address");
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private static void ownerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException ignored) {
            // not a POSIX file system: the directory's own permissions apply
        }
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException ignored) {
            // Some file systems cannot open a directory for fsync; the rename itself is still atomic.
        }
    }
}
