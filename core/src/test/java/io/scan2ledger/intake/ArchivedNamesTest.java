package io.scan2ledger.intake;

import io.scan2ledger.document.Document;
import io.scan2ledger.document.DocumentState;
import io.scan2ledger.document.Source;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ArchivedNamesTest {

    private static Document named(String originalName, String sha) {
        return new Document(42, sha, DocumentState.RECEIVED, "madoguchi", Source.FOLDER, originalName,
                "application/pdf", 1, 1, Instant.EPOCH, Instant.EPOCH, null, null, null, false);
    }

    @Test
    void anArchivedCopyIsNamedByIdAndHashNeverByTheResidentsFileName() {
        String sha = "9f0a3c1b2d4e" + "0".repeat(52);
        assertThat(InboxFolders.archivedName(named("山田太郎_転入届.PDF", sha), true))
                .isEqualTo("000042_9f0a3c1b2d4e.pdf.sealed");
        assertThat(InboxFolders.archivedName(named("山田太郎_転入届.pdf", sha), false)).isEqualTo("000042_9f0a3c1b2d4e.pdf");
        // An extension that could itself carry a name is dropped.
        assertThat(InboxFolders.archivedName(named("申請.山田太郎", sha), false)).isEqualTo("000042_9f0a3c1b2d4e");
    }
}
