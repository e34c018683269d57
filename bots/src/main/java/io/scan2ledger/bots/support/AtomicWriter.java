package io.scan2ledger.bots.support;

import io.scan2ledger.support.FileMode;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Replaces or creates a file in one step, so that a reader (Excel, a mainframe transfer job) sees
 * either the old file or the complete new one, never a half-written one: the content goes to a
 * hidden temporary file in the same folder (a rename across folders or volumes is not atomic), is
 * forced to disk, then renamed over the target; the folder is forced too.
 *
 * <p>What it writes holds residents' data: files get the writer's {@link FileMode} (owner-only
 * unless a share needs a group mode) from the moment they exist, and the folders it creates the
 * matching folder mode, whatever the process umask. A replaced ledger takes the new file's mode.
 */
public class AtomicWriter {

    /** Writes the new content; the stream is buffered, and closed by the writer. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Where a save can be interrupted; tests throw from {@link StageHook} to simulate a crash there. */
    public enum Stage { TEMP_WRITTEN, BEFORE_REPLACE }

    @FunctionalInterface
    public interface StageHook {
        StageHook NONE = stage -> { };

        void reached(Stage stage) throws IOException;
    }

    private static final String TEMP_SUFFIX = ".s2l.part";

    private final FileMode mode;
    private final StageHook hook;

    public AtomicWriter() {
        this(FileMode.OWNER_ONLY, StageHook.NONE);
    }

    public AtomicWriter(StageHook hook) {
        this(FileMode.OWNER_ONLY, hook);
    }

    public AtomicWriter(FileMode mode) {
        this(mode, StageHook.NONE);
    }

    public AtomicWriter(FileMode mode, StageHook hook) {
        this.mode = mode;
        this.hook = hook;
    }

    /** The mode of the files this writer creates. */
    public FileMode mode() {
        return mode;
    }

    /** Creates a missing output or backup folder with this writer's folder mode. */
    public Path createDirectories(Path dir) throws IOException {
        return mode.createDirectories(dir);
    }

    /**
     * Writes {@code content} to a temporary file beside {@code target} and forces it to disk. The
     * target is untouched until {@link Staged#replaceTarget} or {@link Staged#createTarget}; closing
     * the staged file without either deletes it.
     */
    public Staged stage(Path target, Content content) throws IOException {
        Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + TEMP_SUFFIX);
        Staged staged = new Staged(target, temp);
        try (FileChannel channel = mode.createNew(temp);
             OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel))) {
            content.writeTo(out);
            out.flush();
            hook.reached(Stage.TEMP_WRITTEN);
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            staged.close();
            throw e;
        }
        return staged;
    }

    /** Writes a new file that must not exist yet (a backup), forced to disk before returning. */
    public void writeNew(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = mode.createNew(file)) {
            channel.write(java.nio.ByteBuffer.wrap(bytes));
            channel.force(true);
        }
    }

    /**
     * Deletes temporary files that a process which died mid-save left beside {@code target}. Only
     * old ones: a younger one may belong to a save in progress.
     */
    public static void sweepLeftovers(Path target, Duration olderThan) {
        Instant cutoff = Instant.now().minus(olderThan);
        String prefix = "." + target.getFileName() + ".";
        try (var siblings = Files.newDirectoryStream(target.toAbsolutePath().getParent(),
                p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(TEMP_SUFFIX))) {
            for (Path leftover : siblings) {
                if (Files.getLastModifiedTime(leftover).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(leftover);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sweep leftover temporary files", e);
        }
    }

    static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException ignored) {
            // Some file systems (Windows, some network shares) cannot open a folder for fsync; the rename is still atomic.
        }
    }

    /** A forced temporary file waiting to become the target. */
    public final class Staged implements AutoCloseable {

        private final Path target;
        private final Path temp;
        private boolean moved;

        private Staged(Path target, Path temp) {
            this.target = target;
            this.temp = temp;
        }

        /** The forced temporary file, for reading back what was written before it becomes the target. */
        public Path file() {
            return temp;
        }

        /** Renames the temporary file over the existing target in one step. */
        public void replaceTarget() throws IOException {
            move();
        }

        /**
         * Renames the temporary file to the target, which must not exist. The check and the rename
         * are two steps (a no-replace rename is not portable); good enough where only this process
         * names files this way.
         */
        public void createTarget() throws IOException {
            if (Files.exists(target)) {
                throw new FileAlreadyExistsException(target.getFileName().toString());
            }
            move();
        }

        private void move() throws IOException {
            hook.reached(Stage.BEFORE_REPLACE);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
            forceDirectory(target.toAbsolutePath().getParent());
        }

        @Override
        public void close() {
            if (!moved) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // swept by sweepLeftovers on a later open
                }
            }
        }
    }
}
