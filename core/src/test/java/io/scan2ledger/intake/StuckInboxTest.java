package io.scan2ledger.intake;

import io.scan2ledger.document.Document;
import io.scan2ledger.document.DocumentState;
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
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Intake when a file cannot leave its inbox (a read-only share) or cannot be stored (a full disk):
 * recorded once, never lost, never half-stored.
 */
class StuckInboxTest {

    @TempDir
    Path tmp;
    private Path inbox;
    private InMemoryDocuments db;
    private final Map<String, byte[]> stored = new ConcurrentHashMap<>();
    private volatile boolean diskFull;
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T01:00:00Z"), ZoneOffset.UTC);

    private final DocumentInspector inspector = file -> {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1).startsWith("%PDF-")
                    ? new Inspection.Readable(FileKind.PDF, 1)
                    : Inspection.refused(QuarantineReason.Code.NOT_A_DOCUMENT, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    };

    /** Holds originals in memory; while {@code diskFull}, fails the way a full disk does. */
    private final OriginalStore store = new OriginalStore() {
        @Override
        public String put(Path file) {
            if (diskFull) {
                throw new UncheckedIOException("cannot store original",
                        new FileSystemException("/data/store/tmp/x.part", null, "No space left on device"));
            }
            try {
                String sha = Sha256.of(file);
                stored.put(sha, Files.readAllBytes(file));
                return sha;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
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
    }

    private IntakeService intake() {
        return new IntakeService(inspector, store, db, db, db, new IntakeSettings(tmp.resolve("archive"),
                tmp.resolve("error"), 1_000_000, Duration.ofMinutes(2), ZoneId.of("Asia/Tokyo")), clock);
    }

    private static IntakeResult take(IntakeService intake, Path file) {
        return intake.take(new IncomingFile(file, "madoguchi", Source.FOLDER, file.getFileName().toString(),
                "system:intake"));
    }

    @Test
    void aFileInAReadOnlyInboxIsRecordedOnceCopiedOnAndSkippedAfterwards() throws IOException {
        Path scan = Files.writeString(inbox.resolve("申請書.pdf"), "%PDF-1.4 read-only %%EOF");
        Path letter = Files.writeString(inbox.resolve("letter.pdf"), "not a scan");
        IntakeService intake = intake();
        IntakeResult first;
        IntakeResult refused;
        try (Mounts.Undo readOnly = Mounts.readOnly(inbox)) {
            first = take(intake, scan);
            refused = take(intake, letter);
            for (int poll = 0; poll < 3; poll++) {
                assertThat(take(intake, scan).outcome()).isEqualTo(IntakeResult.Outcome.ALREADY_TAKEN);
                assertThat(take(intake, letter).outcome()).isEqualTo(IntakeResult.Outcome.ALREADY_TAKEN);
            }
            // After a restart, the memory is read back: still not recorded twice.
            assertThat(take(intake(), scan).outcome()).isEqualTo(IntakeResult.Outcome.ALREADY_TAKEN);
        }

        assertThat(first.outcome()).isEqualTo(IntakeResult.Outcome.RECEIVED);
        assertThat(refused.outcome()).isEqualTo(IntakeResult.Outcome.QUARANTINED);
        assertThat(db.all()).hasSize(2);
        assertThat(scan).exists();
        assertThat(letter).exists();
        Document doc = first.document().orElseThrow();
        assertThat(db.isPending(doc.id())).isFalse();
        assertThat(tmp.resolve("archive/madoguchi/2026-11-23/000001_" + doc.sha256().substring(0, 12) + ".pdf"))
                .hasContent("%PDF-1.4 read-only %%EOF");
        assertThat(tmp.resolve("error/madoguchi/letter.pdf")).hasContent("not a scan");
        assertThat(tmp.resolve("error/madoguchi/letter.pdf.reason.txt")).exists();
        assertThat(Files.readString(tmp.resolve("archive/.left-in-inbox"))).doesNotContain("申請書", "letter");
    }

    @Test
    void aChangedFileUnderTheSameNameIsANewFile() throws IOException {
        Path scan = Files.writeString(inbox.resolve("scan.pdf"), "%PDF-1.4 first %%EOF");
        IntakeService intake = intake();
        try (Mounts.Undo readOnly = Mounts.readOnly(inbox)) {
            assertThat(take(intake, scan).outcome()).isEqualTo(IntakeResult.Outcome.RECEIVED);
        }
        Files.writeString(scan, "%PDF-1.4 second, longer %%EOF");

        IntakeResult again = take(intake, scan);

        assertThat(again.outcome()).isEqualTo(IntakeResult.Outcome.RECEIVED);
        assertThat(scan).doesNotExist();
        assertThat(db.all()).hasSize(2);
    }

    @Test
    void aFullDiskLeavesTheFileInItsInboxUnrecordedUntilSpaceIsBack() throws IOException {
        Path scan = Files.writeString(inbox.resolve("scan.pdf"), "%PDF-1.4 waits for space %%EOF");
        IntakeService intake = intake();
        diskFull = true;

        for (int poll = 0; poll < 3; poll++) {
            assertThatThrownBy(() -> take(intake, scan)).isInstanceOf(IntakeDeferred.class)
                    .hasRootCauseInstanceOf(FileSystemException.class);
        }
        assertThat(scan).exists();
        assertThat(db.all()).isEmpty();
        assertThat(stored).isEmpty();

        diskFull = false;
        IntakeResult result = take(intake, scan);

        assertThat(result.outcome()).isEqualTo(IntakeResult.Outcome.RECEIVED);
        assertThat(result.document().orElseThrow().state()).isEqualTo(DocumentState.RECEIVED);
        assertThat(scan).doesNotExist();
        assertThat(db.all()).hasSize(1);
    }
}
