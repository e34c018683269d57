package io.scan2ledger.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InboxFoldersTest {

    @Test
    void keepsJapaneseNames() {
        assertThat(InboxFolders.safeFileName("住民異動届_0001.pdf")).isEqualTo("住民異動届_0001.pdf");
    }

    @Test
    void dropsPathsAndTraversal() {
        assertThat(InboxFolders.safeFileName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(InboxFolders.safeFileName("C:\\scans\\..\\a.pdf")).isEqualTo("a.pdf");
        assertThat(InboxFolders.safeFileName("..")).isEqualTo("unnamed");
    }

    @Test
    void replacesControlAndReservedCharacters() {
        assertThat(InboxFolders.safeFileName("a\u0000b\nc|d?.pdf")).isEqualTo("a_b_c_d_.pdf");
        assertThat(InboxFolders.safeFileName(".hidden.pdf")).isEqualTo("hidden.pdf");
        assertThat(InboxFolders.safeFileName(null)).isEqualTo("unnamed");
    }

    @Test
    void capsVeryLongNames() {
        String name = "あ".repeat(200) + ".pdf";
        assertThat(InboxFolders.safeFileName(name).getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(180);
        assertThat(InboxFolders.safeFileName(name)).endsWith(".pdf");
    }
}
