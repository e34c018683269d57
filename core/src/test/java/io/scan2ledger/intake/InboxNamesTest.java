package io.scan2ledger.intake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class InboxNamesTest {

    @TempDir
    Path inbox;

    /** Java cannot make such a name; the shell can (as a scanner's SMB server would). */
    private void createWithRawName(String printfBytes, String content) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", "-c", "printf '" + content + "' > \"$(printf '" + printfBytes + "')\"")
                .directory(inbox.toFile()).inheritIO().start();
        assertThat(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0).isTrue();
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(inbox)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void namesThatAreNotUtf8AreMadeReadableAndKeepTheirBytes() throws Exception {
        createWithRawName("bad\\xff\\xfename.pdf", "one");
        createWithRawName("\\x90\\x5c\\x90\\xbf.pdf", "two");
        Files.writeString(inbox.resolve("住民異動届.pdf"), "three");
        Files.writeString(inbox.resolve("ctl\n\tname.pdf"), "four");

        int renamed = new InboxNames().repair(inbox, "madoguchi");

        assertThat(renamed).isEqualTo(2);
        // Shift_JIS 申請 is 90 5C 90 BF: the 5C byte reads as a backslash, which stays part of the name.
        assertThat(names()).containsExactly("_\\__.pdf", "bad__name.pdf", "ctl\n\tname.pdf", "住民異動届.pdf");
        assertThat(inbox.resolve("bad__name.pdf")).hasContent("one");
        try (Stream<Path> files = Files.list(inbox)) {
            assertThat(files).allMatch(InboxNames::addressable);
        }
    }

    @Test
    void aReadableNameIsNeverTouchedAndATakenNameIsNotOverwritten() throws Exception {
        Files.writeString(inbox.resolve("bad__name.pdf"), "already here");
        createWithRawName("bad\\xff\\xfename.pdf", "new");

        new InboxNames().repair(inbox, "kodomo");

        assertThat(inbox.resolve("bad__name.pdf")).hasContent("already here");
        assertThat(inbox.resolve("1_bad__name.pdf")).hasContent("new");
    }
}
