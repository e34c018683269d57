package io.scan2ledger.intake;

import io.scan2ledger.document.Document;
import io.scan2ledger.document.DocumentState;
import io.scan2ledger.document.NewDocument;
import io.scan2ledger.document.OriginalStore;
import io.scan2ledger.document.Source;
import io.scan2ledger.support.Sha256;
import io.scan2ledger.testing.InMemoryDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The intake rules, with the database and the inspector replaced by in-memory stand-ins. */
class IntakeServiceTest {

    @TempDir
    Path tmp;
    private Path inbox;
    private InMemoryDocuments db;
    private final Map<String, byte[]> stored = new HashMap<>();
    private IntakeService intake;
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T01:00:00Z"), ZoneOffset.UTC);

    /** Reads the first bytes like the real inspector does, without parsing. */
    private final DocumentInspector inspector = file -> {
        try {
            String s = Files.readString(file, StandardCharsets.ISO_8859_1);
            if (!s.startsWith("%PDF-")) {
                return Inspection.refused(QuarantineReason.Code.NOT_A_DOCUMENT, null);
            }
            return s.contains("%%EOF") ? new Inspection.Readable(FileKind.PDF, 1)
                    : new Inspection.LooksIncomplete("no %%EOF");
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    };

    private final OriginalStore store = new OriginalStore() {
        @Override
        public String put(Path file) {
            try {
                byte[] bytes = Files.readAllBytes(file);
                String sha = Sha256.of(file);
                stored.put(sha, bytes);
                return sha;
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        }

        @Override
        public java.util.List<String> addresses() {
            return java.util.List.copyOf(stored.keySet());
        }

        @Override
        public boolean contains(String sha256) {
            return stored.containsKey(sha256);
        }

        @Override
        public InputStream open(String sha256) {
            return new ByteArrayInputStream(stored.get(sha256));
        }

        @Override
        public boolean verify(String sha256) {
            return contains(sha256);
        }

        @Override
        public void delete(String sha256) {
            stored.remove(sha256);
        }
    };

    @BeforeEach
    void setUp() throws IOException {
        inbox = Files.createDirectories(tmp.resolve("inbox"));
        db = new InMemoryDocuments();
        intake = new IntakeService(inspector, store, db, db, db,
                new IntakeSettings(tmp.resolve("archive"), tmp.resolve("error"), 1_000_000,
                        Duration.ofMinutes(2), ZoneId.of("Asia/Tokyo")), clock);
    }

    private Path drop(String name, String content, Instant modified) throws IOException {
        Path f = inbox.resolve(name);
        Files.writeString(f, content, StandardCharsets.ISO_8859_1);
        Files.setLastModifiedTime(f, FileTime.from(modified));
        return f;
    }

    private IntakeResult take(Path f) {
        return intake.take(new IncomingFile(f, "madoguchi", Source.FOLDER, f.getFileName().toString(), "system:intake"));
    }

    @Test
    void storesRecordsThenArchives() throws IOException {
        Path f = drop("申請書.pdf", "%PDF-1.4 body %%EOF", clock.instant().minusSeconds(10));
        IntakeResult result = take(f);

        assertThat(result.outcome()).isEqualTo(IntakeResult.Outcome.RECEIVED);
        Document doc = result.document().orElseThrow();
        assertThat(doc.state()).isEqualTo(DocumentState.RECEIVED);
        assertThat(stored).containsKey(doc.sha256());
        assertThat(f).doesNotExist();
        // 01:00 UTC is 10:00 in Tokyo, same day.
        // Named by id and hash: the file's own name is often a resident's.
        assertThat(tmp.resolve("archive/madoguchi/2026-11-23/000001_" + doc.sha256().substring(0, 12) + ".pdf"))
                .exists();
        assertThat(db.isPending(doc.id())).isFalse();
        assertThat(db.historyOf(doc.id())).singleElement()
                .satisfies(r -> assertThat(r.entry().after()).isEqualTo("RECEIVED"));
    }

    @Test
    void theSameBytesAgainAreADuplicateOfTheFirst() throws IOException {
        Document first = take(drop("a.pdf", "%PDF-1.4 same %%EOF", clock.instant())).document().orElseThrow();
        IntakeResult again = take(drop("b.pdf", "%PDF-1.4 same %%EOF", clock.instant()));

        assertThat(again.outcome()).isEqualTo(IntakeResult.Outcome.DUPLICATE);
        assertThat(again.document().orElseThrow().duplicateOf()).isEqualTo(first.id());
        assertThat(again.document().orElseThrow().state()).isEqualTo(DocumentState.DUPLICATE);
    }

    @Test
    void aNonDocumentGoesToErrorWithItsReason() throws IOException {
        IntakeResult result = take(drop("letter.pdf", "just text", clock.instant()));

        assertThat(result.outcome()).isEqualTo(IntakeResult.Outcome.QUARANTINED);
        assertThat(result.document().orElseThrow().quarantineCode()).isEqualTo("NOT_A_DOCUMENT");
        assertThat(tmp.resolve("error/madoguchi/letter.pdf")).exists();
        assertThat(Files.readString(tmp.resolve("error/madoguchi/letter.pdf.reason.txt")))
                .contains("PDF・TIFF・PNG・JPEG").contains("not a PDF, TIFF, PNG or JPEG");
    }

    @Test
    void aYoungFileThatLooksCutOffIsLeftForLater() throws IOException {
        Path f = drop("half.pdf", "%PDF-1.4 half", clock.instant().minusSeconds(5));
        IntakeResult result = take(f);

        assertThat(result.outcome()).isEqualTo(IntakeResult.Outcome.NOT_YET);
        assertThat(f).exists();
        assertThat(db.all()).isEmpty();
    }

    @Test
    void anOldFileThatLooksCutOffIsQuarantinedAsIncomplete() throws IOException {
        IntakeResult result = take(drop("half.pdf", "%PDF-1.4 half", clock.instant().minus(Duration.ofMinutes(5))));
        assertThat(result.document().orElseThrow().quarantineCode()).isEqualTo("INCOMPLETE");
    }

    @Test
    void anUploadThatLooksCutOffIsQuarantinedAtOnceNotLeftWaiting() throws IOException {
        Path f = drop("upload-half.pdf", "%PDF-1.4 half", clock.instant());
        IntakeResult result = intake.take(new IncomingFile(f, "madoguchi", Source.UPLOAD, "half.pdf", "clerk"));
        assertThat(result.outcome()).isEqualTo(IntakeResult.Outcome.QUARANTINED);
        assertThat(result.document().orElseThrow().quarantineCode()).isEqualTo("INCOMPLETE");
        assertThat(tmp.resolve("error/madoguchi")).isDirectoryContaining(p -> p.getFileName().toString()
                .endsWith(".reason.txt"));
    }

    @Test
    void afterACrashBetweenRecordAndMoveOnlyTheMoveIsFinished() throws IOException {
        Path f = drop("c.pdf", "%PDF-1.4 crash %%EOF", clock.instant());
        // As left by an attempt that died after its commit: recorded, still pending, file still in the inbox.
        Document earlier = db.insert(new NewDocument(Sha256.of(f), DocumentState.RECEIVED, "madoguchi", Source.FOLDER,
                "c.pdf", "application/pdf", Files.size(f), 1, clock.instant(), null, null, true));

        IntakeResult result = take(f);

        assertThat(result.outcome()).isEqualTo(IntakeResult.Outcome.RESUMED);
        assertThat(result.document().orElseThrow().id()).isEqualTo(earlier.id());
        assertThat(db.all()).hasSize(1);
        assertThat(db.isPending(earlier.id())).isFalse();
        assertThat(f).doesNotExist();
    }

    @Test
    void afterACrashBetweenMoveAndItsRecordTheStartSettlesIt() throws IOException {
        // As left by an attempt that died right after moving: recorded, still pending, file filed.
        Path filed = Files.createDirectories(tmp.resolve("archive/madoguchi/2026-11-23"));
        Document moved = db.insert(new NewDocument("a".repeat(64), DocumentState.RECEIVED, "madoguchi", Source.FOLDER,
                "m.pdf", "application/pdf", 10, 1, clock.instant(), null, null, true));
        Files.writeString(filed.resolve(String.format("%06d_m.pdf", moved.id())), "%PDF");
        // And one that died before moving: its file is still in the inbox, for the next poll to resume.
        Document waiting = db.insert(new NewDocument("b".repeat(64), DocumentState.RECEIVED, "madoguchi", Source.FOLDER,
                "w.pdf", "application/pdf", 10, 1, clock.instant(), null, null, true));
        drop("w.pdf", "%PDF-1.4 waiting %%EOF", clock.instant());

        assertThat(intake.settlePending(Map.of("madoguchi", inbox))).isEqualTo(1);
        assertThat(db.isPending(moved.id())).isFalse();
        assertThat(db.isPending(waiting.id())).isTrue();
    }

    @Test
    void emptyFilesAndLinksAreRefused() throws IOException {
        assertThat(take(drop("empty.pdf", "", clock.instant())).document().orElseThrow().quarantineCode())
                .isEqualTo("EMPTY_FILE");
        Path link = Files.createSymbolicLink(inbox.resolve("link.pdf"), tmp.resolve("elsewhere.pdf"));
        Files.writeString(tmp.resolve("elsewhere.pdf"), "%PDF-1.4 secret %%EOF");
        IntakeResult linked = take(link);
        assertThat(linked.document().orElseThrow().quarantineCode()).isEqualTo("NOT_A_REGULAR_FILE");
        assertThat(linked.document().orElseThrow().sha256()).isNull();
        assertThat(stored).hasSize(1); // only the empty file's bytes; the link's target was never read
    }
}
