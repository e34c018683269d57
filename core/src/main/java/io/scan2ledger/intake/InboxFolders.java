package io.scan2ledger.intake;

import io.scan2ledger.document.Document;
import io.scan2ledger.document.DocumentState;
import io.scan2ledger.support.OwnerOnly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Moves a taken file out of its inbox: to {@code archive/<channel>/<date>/<id>_<hash>.<ext>.sealed}
 * (sealed like the store's originals; {@code .sealed} is left off when archive copies are kept
 * plain), or to {@code error/<channel>/<name>} with {@code <name>.reason.txt} beside it. Archive
 * names carry the document id and the first 12 hex digits of its hash, never the file's own name,
 * which is often a resident's (the name stays in the database). Everything here is owner-only
 * ({@link OwnerOnly}); error/ keeps names and plain files, because an operator has to find and fix them.
 */
public class InboxFolders {

    private final IntakeSettings settings;
    private final Clock clock;

    public InboxFolders(IntakeSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Where a file went. {@code stillInInbox}: the inbox would not let it be removed (a read-only
     * share), so it was copied instead and the original is still there.
     */
    public record Moved(Path to, boolean stillInInbox) {
    }

    /** What to do when the file cannot be removed from its inbox. */
    public enum IfStuck {
        /** Fail; the caller retries on the next poll. */
        FAIL,
        /** Copy it on and leave the original; the caller must remember not to take it again. */
        COPY
    }

    public Path archive(Path file, Document doc) {
        return archive(file, doc, IfStuck.FAIL).to();
    }

    public Moved archive(Path file, Document doc, IfStuck ifStuck) {
        Path day = settings.archiveDir().resolve(safeSegment(doc.channel()))
                .resolve(LocalDate.now(clock.withZone(settings.zone())).toString());
        Path target = day.resolve(archivedName(doc, settings.archiveSealer() != null));
        return settings.archiveSealer() == null ? move(file, target, ifStuck) : sealAway(file, target, ifStuck);
    }

    /**
     * Seals the file into archive/, then removes it from its inbox. A crash in between leaves it in
     * the inbox: the next poll resumes its document and seals it again over the same name.
     */
    private Moved sealAway(Path file, Path target, IfStuck ifStuck) {
        try {
            OwnerOnly.createDirectories(target.getParent());
            settings.archiveSealer().seal(file, target);
            return removeSource(file, target, ifStuck);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code 000123_9f0a3c1b2d4e.pdf.sealed}: the id and hash find it, the extension says what it was. */
    static String archivedName(Document doc, boolean sealed) {
        String hash = doc.sha256() == null ? "unhashed" : doc.sha256().substring(0, Math.min(12, doc.sha256().length()));
        String name = safeFileName(doc.originalName());
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        return String.format("%06d_%s", doc.id(), hash) + (ext.matches("[a-z0-9]{1,8}") ? "." + ext : "")
                + (sealed ? ".sealed" : "");
    }

    public Path quarantine(Path file, Document doc, QuarantineReason reason) {
        return quarantine(file, doc, reason, IfStuck.FAIL).to();
    }

    /**
     * Where this document's file was filed, when it was: in {@code archive/} under its id, or in
     * {@code error/} with a reason file that names it (the reason is written before the move, so the
     * file itself must be there too).
     */
    public Optional<Path> filed(Document doc) {
        String name = safeFileName(doc.originalName());
        if (doc.state() == DocumentState.QUARANTINED) {
            Path dir = settings.errorDir().resolve(safeSegment(doc.channel()));
            return Stream.of(dir.resolve(name), dir.resolve(withId(name, doc.id())))
                    .filter(p -> Files.exists(p, LinkOption.NOFOLLOW_LINKS) && reasonNames(p, doc.id())).findFirst();
        }
        Path channel = settings.archiveDir().resolve(safeSegment(doc.channel()));
        // Either way of keeping copies, and the file's own name as releases before 2026-12 filed it.
        List<String> names = List.of(archivedName(doc, true), archivedName(doc, false),
                String.format("%06d_%s", doc.id(), name));
        try (Stream<Path> days = Files.isDirectory(channel) ? Files.list(channel) : Stream.empty()) {
            return days.flatMap(day -> names.stream().map(day::resolve))
                    .filter(p -> Files.exists(p, LinkOption.NOFOLLOW_LINKS)).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean reasonNames(Path file, long documentId) {
        try {
            return Files.readString(file.resolveSibling(file.getFileName() + ".reason.txt"), StandardCharsets.UTF_8)
                    .contains("document: " + documentId + "\n");
        } catch (IOException e) {
            return false;
        }
    }

    public Moved quarantine(Path file, Document doc, QuarantineReason reason, IfStuck ifStuck) {
        Path dir = settings.errorDir().resolve(safeSegment(doc.channel()));
        Path target = dir.resolve(safeFileName(doc.originalName()));
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            target = dir.resolve(withId(safeFileName(doc.originalName()), doc.id()));
        }
        Path reasonFile = target.resolveSibling(target.getFileName() + ".reason.txt");
        String text = reason.explain() + "\n\n"
                + "文書番号 / document: " + doc.id() + "\n"
                + "受付日時 / received: " + doc.receivedAt() + "\n"
                + "SHA-256: " + doc.sha256() + "\n";
        try {
            OwnerOnly.createDirectories(dir);
            // The reason is written first: a file in error/ never sits there without its explanation.
            Files.writeString(reasonFile, text, StandardCharsets.UTF_8);
            OwnerOnly.restrict(reasonFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return move(file, target, ifStuck);
    }

    static Moved move(Path from, Path to, IfStuck ifStuck) {
        try {
            OwnerOnly.createDirectories(to.getParent());
            try {
                // A renamed file keeps the mode the scanner gave it: narrowed once it is out of the inbox.
                return new Moved(OwnerOnly.restrict(Files.move(from, to, StandardCopyOption.ATOMIC_MOVE)), false);
            } catch (AtomicMoveNotSupportedException crossDevice) {
                // An inbox on a network share: copy, then remove the source only once the copy is complete.
                OwnerOnly.restrict(Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING));
                return removeSource(from, to, ifStuck);
            } catch (IOException refused) {
                if (ifStuck == IfStuck.FAIL || !Files.isReadable(from)) {
                    throw refused;
                }
                // A read-only inbox refuses the rename, but the file can still be read: copy it on.
                OwnerOnly.restrict(Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING));
                return removeSource(from, to, ifStuck);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Moved removeSource(Path from, Path to, IfStuck ifStuck) throws IOException {
        try {
            Files.delete(from);
            return new Moved(to, false);
        } catch (IOException stuck) {
            if (ifStuck == IfStuck.FAIL) {
                throw stuck;
            }
            return new Moved(to, true);
        }
    }

    /** The last path segment of a user-supplied name, without control characters or separators. */
    public static String safeFileName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        StringBuilder out = new StringBuilder();
        base.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || ":*?\"<>|".indexOf(cp) >= 0) {
                out.append('_');
            } else {
                out.appendCodePoint(cp);
            }
        });
        String cleaned = out.toString().strip();
        while (cleaned.startsWith(".")) {
            cleaned = cleaned.substring(1);
        }
        if (cleaned.isEmpty()) {
            cleaned = "unnamed";
        }
        // Keep names well under the usual 255-byte limit, even in UTF-8 Japanese.
        while (cleaned.getBytes(StandardCharsets.UTF_8).length > 180) {
            cleaned = cleaned.substring(1);
        }
        return cleaned;
    }

    private static String safeSegment(String channel) {
        return safeFileName(channel);
    }

    private static String withId(String name, long id) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) + "__" + id + name.substring(dot) : name + "__" + id;
    }
}
