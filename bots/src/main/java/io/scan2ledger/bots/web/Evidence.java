package io.scan2ledger.bots.web;

import io.scan2ledger.ledger.RunContext;
import io.scan2ledger.support.Redact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Screenshots and page HTML of one record's failures. Captured in memory at each failed attempt
 * and written only if the record finally fails: a record that succeeded on retry leaves no copy of
 * its personal data on disk. Files are owner-only (rw-------) from the moment they exist, and
 * their names hold the run id, bot id and document id, never personal data:
 * {@code r42-jidou-teate-web-d1001-a2.png}.
 */
final class Evidence {

    private static final Logger log = LoggerFactory.getLogger(Evidence.class);
    private static final FileAttribute<?> OWNER_ONLY_FILE =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    private static final FileAttribute<?> OWNER_ONLY_DIR =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));
    /** The saved page says UTF-8, which it now is, not the Shift_JIS it was served in. */
    private static final Pattern CHARSET = Pattern.compile("(?i)(<meta[^>]*charset=)[\"']?[\\w-]+");

    private record Capture(String label, byte[] png, String html) {
    }

    private final Path dir;
    private final String prefix;
    private final List<Capture> captures = new ArrayList<>();

    Evidence(RunContext run, String botId, String subject) {
        this.dir = run.evidenceDir();
        this.prefix = "r" + run.runId() + "-" + botId + "-" + subject;
    }

    static Evidence forRecord(RunContext run, String botId, long documentId) {
        return new Evidence(run, botId, "d" + documentId);
    }

    /** Keeps what the page shows now; no browser, or one that cannot answer any more, leaves nothing. */
    void capture(Page page, String label) {
        if (page == null) {
            return;
        }
        try {
            captures.add(new Capture(label, page.screenshot(), page.html()));
        } catch (RuntimeException e) {
            log.warn("ledger.web.evidence not captured {}-{}: {}", prefix, label, Redact.throwable(e));
        }
    }

    /** Writes what was captured; returns the files written. */
    List<Path> write() {
        List<Path> written = new ArrayList<>();
        for (Capture c : captures) {
            save(c.label() + ".png", c.png(), written);
            save(c.label() + ".html", CHARSET.matcher(c.html()).replaceFirst("$1UTF-8")
                    .getBytes(StandardCharsets.UTF_8), written);
        }
        captures.clear();
        return written;
    }

    /** A screenshot step: written at once. */
    void screenshot(String name, byte[] png) {
        save(name + ".png", png, new ArrayList<>());
    }

    private void save(String suffix, byte[] bytes, List<Path> written) {
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir, OWNER_ONLY_DIR);
            }
            Path file = free(prefix + "-" + suffix);
            try (SeekableByteChannel out = Files.newByteChannel(file,
                    Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), OWNER_ONLY_FILE)) {
                out.write(ByteBuffer.wrap(bytes));
            }
            written.add(file);
        } catch (IOException | RuntimeException e) {
            log.warn("ledger.web.evidence not written {}-{}: {}", prefix, suffix, Redact.throwable(e));
        }
    }

    /** The name, or the name with -2, -3... when a run id was used before. */
    private Path free(String name) throws FileAlreadyExistsException {
        Path file = dir.resolve(name);
        int dot = name.lastIndexOf('.');
        for (int n = 2; Files.exists(file); n++) {
            if (n > 99) {
                throw new FileAlreadyExistsException(name);
            }
            file = dir.resolve(name.substring(0, dot) + "-" + n + name.substring(dot));
        }
        return file;
    }
}
