package io.scan2ledger.support;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.NoSuchFileException;

import static org.assertj.core.api.Assertions.assertThat;

class RedactTest {

    @Test
    void removesPathsNamesAndNumbers() {
        String out = Redact.throwable(new IOException("cannot read /data/inbox/山田太郎.pdf",
                new NoSuchFileException("C:\\scans\\a.pdf")));
        assertThat(out).doesNotContain("山田").doesNotContain("inbox").doesNotContain("scans");
        assertThat(out).startsWith("IOException: cannot read <path>").contains("NoSuchFileException");
        assertThat(Redact.text("my number 123456789018 is bad")).doesNotContain("123456789018");
        assertThat(Redact.text("value 山田 太郎 rejected")).doesNotContain("山田");
    }
}
