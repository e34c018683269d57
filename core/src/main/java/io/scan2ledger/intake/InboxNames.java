package io.scan2ledger.intake;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Linux lets a file name hold any bytes; a scanner or a share set to Shift_JIS writes names that are
 * not valid UTF-8. Java reads such a name with replacement characters, and a path made from that
 * text names no file, so the folder consumer (which works with {@code java.io.File}) would see the
 * file on every poll and never be able to open it. This renames such files, through the directory
 * listing's own byte-exact paths, to the readable form of their name, so intake takes them like
 * any other file.
 */
public class InboxNames {

    private static final Logger log = LoggerFactory.getLogger(InboxNames.class);

    /** Files that could not be renamed (a read-only inbox): reported once, not on every sweep. */
    private final Set<Path> reported = ConcurrentHashMap.newKeySet();

    /** @return how many files were renamed */
    public int repair(Path inbox, String channel) {
        int renamed = 0;
        if (!Files.isDirectory(inbox)) {
            return 0;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(inbox)) {
            for (Path entry : entries) {
                if (!addressable(entry) && rename(entry, channel)) {
                    renamed++;
                }
            }
        } catch (IOException e) {
            log.warn("intake.names-unlisted channel={} cause={}", channel, e.getClass().getSimpleName());
        }
        return renamed;
    }

    /** Whether the name, read as text and turned back into a path, still names this file. */
    static boolean addressable(Path entry) {
        return Files.exists(Path.of(entry.toString()), LinkOption.NOFOLLOW_LINKS);
    }

    private boolean rename(Path entry, String channel) {
        String readable = entry.getFileName().toString().replace('\uFFFD', '_');
        for (int n = 0; n < 100; n++) {
            Path target = Path.of(entry.getParent().toString(), n == 0 ? readable : n + "_" + readable);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                Files.move(entry, target);
                log.info("intake.name-repaired channel={} : a file name that was not valid UTF-8 was made readable",
                        channel);
                return true;
            } catch (IOException e) {
                if (!reported.add(entry)) {
                    return false;
                }
                log.warn("intake.name-unrepairable channel={} cause={} : a file with an unreadable name stays in the "
                        + "inbox; rename it by hand", channel, e.getClass().getSimpleName());
                return false;
            }
        }
        return false;
    }
}
