package io.scan2ledger.intake;

import java.util.Optional;

/** The kinds of file intake accepts, recognised by their first bytes, never by the name. */
public enum FileKind {
    PDF("application/pdf"),
    TIFF("image/tiff"),
    PNG("image/png"),
    JPEG("image/jpeg");

    private final String mediaType;

    FileKind(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Recognises a kind from the first bytes of a file (at least 8 bytes when available). */
    public static Optional<FileKind> sniff(byte[] head, int length) {
        if (startsWith(head, length, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(PDF);
        }
        if (startsWith(head, length, 'I', 'I', 0x2A, 0x00) || startsWith(head, length, 'M', 'M', 0x00, 0x2A)) {
            return Optional.of(TIFF);
        }
        if (startsWith(head, length, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, length, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        return Optional.empty();
    }

    /** Whether the first {@code length} bytes of {@code head} start with {@code magic}. */
    public static boolean startsWith(byte[] head, int length, int... magic) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
