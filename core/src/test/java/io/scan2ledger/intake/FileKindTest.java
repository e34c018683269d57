package io.scan2ledger.intake;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class FileKindTest {

    private static java.util.Optional<FileKind> sniff(byte[] b) {
        return FileKind.sniff(b, b.length);
    }

    @Test
    void recognisesByContentNotName() {
        assertThat(sniff("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).contains(FileKind.PDF);
        assertThat(sniff(new byte[]{'I', 'I', 0x2A, 0})).contains(FileKind.TIFF);
        assertThat(sniff(new byte[]{'M', 'M', 0, 0x2A})).contains(FileKind.TIFF);
        assertThat(sniff(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})).contains(FileKind.PNG);
        assertThat(sniff(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).contains(FileKind.JPEG);
    }

    @Test
    void textAndShortFilesAreNotDocuments() {
        assertThat(sniff("hello, this is text".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(sniff("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(sniff(new byte[]{'%', 'P'})).isEmpty();
        assertThat(sniff(new byte[0])).isEmpty();
    }
}
