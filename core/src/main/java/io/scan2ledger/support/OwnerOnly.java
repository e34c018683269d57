package io.scan2ledger.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Folders 0700 and files 0600 for everything under the data directory: scans, My Numbers and
 * residents' names must not be readable by other accounts on the server, whatever the umask.
 * Modes are given at creation where Java can (a directory or file made with them never exists with
 * wider ones) and set afterwards on what others create (H2, a rename from an inbox). On a file
 * system without POSIX permissions (Windows, some shares) nothing is done: its ACLs decide.
 */
public final class OwnerOnly {

    public static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnly() {
    }

    /** Creates the directory and any missing parents 0700; an existing one is left as it is. */
    public static Path createDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return dir;
        }
        return POSIX ? Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIRECTORY))
                : Files.createDirectories(dir);
    }

    /** As {@link #createDirectories}, unchecked, for set-up code. */
    public static Path directory(Path dir) {
        try {
            return restrict(createDirectories(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir + " for the owner only", e);
        }
    }

    /** The attributes that create a file 0600 ({@code Files.newByteChannel(path, options, fileAttributes())}). */
    public static FileAttribute<?>[] fileAttributes() {
        return POSIX ? new FileAttribute<?>[]{PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
    }

    /** Narrows an existing file to 0600 or directory to 0700 (symbolic links are left alone). */
    public static Path restrict(Path path) throws IOException {
        if (POSIX && !Files.isSymbolicLink(path) && Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? DIRECTORY : FILE);
        }
        return path;
    }
}
