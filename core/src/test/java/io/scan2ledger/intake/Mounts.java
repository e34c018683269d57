package io.scan2ledger.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Real file-system conditions for tests: a read-only folder (a read-only share) and a tiny disk
 * (a full one). As root they are real mounts (root ignores file permissions, so only a read-only
 * mount stops it); otherwise a read-only folder is a folder without write permission, and a tiny
 * disk cannot be made (empty: the caller skips).
 */
public final class Mounts {

    private Mounts() {
    }

    /** A mount or a permission change, undone by {@link #close()}. */
    public interface Undo extends AutoCloseable {
        @Override
        void close();
    }

    public static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Makes {@code folder} read-only: files in it can be read but neither removed nor added. */
    public static Undo readOnly(Path folder) {
        if (root()) {
            run("mount", "--bind", folder.toString(), folder.toString());
            run("mount", "-o", "remount,bind,ro", folder.toString());
            return () -> run("umount", folder.toString());
        }
        try {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return () -> {
            try {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** A tmpfs of {@code megabytes} at {@code folder}, when this process may mount one. */
    public static Optional<Undo> tinyDisk(Path folder, int megabytes) {
        if (!root()) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        run("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs", folder.toString());
        return Optional.of(() -> run("umount", "-l", folder.toString()));
    }

    /** Gives a tmpfs made by {@link #tinyDisk} another size (room again on a full disk). */
    public static void resize(Path folder, int megabytes) {
        run("mount", "-o", "remount,size=" + megabytes + "m", folder.toString());
    }

    private static void run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
