package io.scan2ledger.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;

/**
 * The mode of files holding residents' data that a bot or the scheduler writes (ledgers, their
 * backups, export files, run reports), and of the folders it creates for them. Owner-only by
 * default ({@link OwnerOnly}); a ledger on a share that a clerks' group must open can be given a
 * group mode such as {@code 0660}, and its new folders then get the matching {@code 0770}.
 * Modes are set explicitly after creation, because the mode given at creation is narrowed by the
 * process umask and a share may need more than the umask allows. On a file system without POSIX
 * permissions nothing is done: its ACLs decide.
 *
 * @param file the permissions of files; folders get these plus search (x) wherever read is allowed
 */
public record FileMode(Set<PosixFilePermission> file) {

    public static final FileMode OWNER_ONLY = new FileMode(OwnerOnly.FILE);
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    public FileMode {
        file = Set.copyOf(file);
        if (!file.contains(PosixFilePermission.OWNER_READ) || !file.contains(PosixFilePermission.OWNER_WRITE)) {
            throw new IllegalArgumentException("a file mode must let the owner read and write (at least 0600)");
        }
        if (file.stream().anyMatch(p -> p.name().endsWith("_EXECUTE"))) {
            throw new IllegalArgumentException("a file mode for data files gives no execute bit");
        }
    }

    /** From octal ({@code 0600}, {@code 660}); null or blank: owner only. */
    public static FileMode parse(String octal) {
        if (octal == null || octal.isBlank()) {
            return OWNER_ONLY;
        }
        String digits = octal.strip();
        if (!digits.matches("0?[0-7]{3}")) {
            throw new IllegalArgumentException("file mode must be three octal digits, such as 0600 or 0660");
        }
        digits = digits.substring(digits.length() - 3);
        StringBuilder symbolic = new StringBuilder();
        for (char c : digits.toCharArray()) {
            int bits = c - '0';
            symbolic.append((bits & 4) != 0 ? 'r' : '-').append((bits & 2) != 0 ? 'w' : '-').append((bits & 1) != 0 ? 'x' : '-');
        }
        return new FileMode(PosixFilePermissions.fromString(symbolic.toString()));
    }

    /** Folders: the file permissions, plus search wherever read is allowed (0600 gives 0700, 0660 gives 0770). */
    public Set<PosixFilePermission> directory() {
        Set<PosixFilePermission> dir = EnumSet.copyOf(file);
        if (file.contains(PosixFilePermission.OWNER_READ)) {
            dir.add(PosixFilePermission.OWNER_EXECUTE);
        }
        if (file.contains(PosixFilePermission.GROUP_READ)) {
            dir.add(PosixFilePermission.GROUP_EXECUTE);
        }
        if (file.contains(PosixFilePermission.OTHERS_READ)) {
            dir.add(PosixFilePermission.OTHERS_EXECUTE);
        }
        return dir;
    }

    /** Attributes that create a file with no more than this mode, never wider even for an instant. */
    public FileAttribute<?>[] fileAttributes() {
        return POSIX ? new FileAttribute<?>[]{PosixFilePermissions.asFileAttribute(file)} : new FileAttribute<?>[0];
    }

    /**
     * Creates a new file (it must not exist), never wider than this mode even for an instant, then
     * sets the mode exactly (the umask may have narrowed it).
     */
    public FileChannel createNew(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                fileAttributes());
        try {
            apply(file);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        return channel;
    }

    /** As {@link #createNew}, as a stream. */
    public OutputStream newOutputStream(Path file) throws IOException {
        return Channels.newOutputStream(createNew(file));
    }

    /** Sets this mode on a file this process created (after creation, so the umask cannot narrow it). */
    public Path apply(Path file) throws IOException {
        if (POSIX && !Files.isSymbolicLink(file) && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            Files.setPosixFilePermissions(file, Files.isDirectory(file) ? directory() : this.file);
        }
        return file;
    }

    /**
     * Creates the folder and any missing parents with the folder mode; folders that exist already
     * (a share's, the administrator's) are left as they are.
     */
    public Path createDirectories(Path dir) throws IOException {
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = dir.toAbsolutePath(); p != null && !Files.isDirectory(p); p = p.getParent()) {
            missing.push(p);
        }
        for (Path p : missing) {
            try {
                Files.createDirectory(p, POSIX ? new FileAttribute<?>[]{PosixFilePermissions.asFileAttribute(directory())}
                        : new FileAttribute<?>[0]);
                apply(p);
            } catch (FileAlreadyExistsException raced) {
                // made meanwhile by another run or a clerk: theirs, left as it is
            }
        }
        return dir;
    }
}
