package io.scan2ledger.support;

import java.nio.file.Path;

/**
 * The data directory ({@code SCAN2LEDGER_HOME}, default {@code ./data}) and its layout:
 * {@code db/}, {@code store/}, {@code inbox/}, {@code archive/}, {@code error/}, {@code spool/}, {@code logs/}.
 */
public record Home(Path root) {

    public Home {
        root = root.toAbsolutePath().normalize();
    }

    public Path store() {
        return root.resolve("store");
    }

    public Path inbox() {
        return root.resolve("inbox");
    }

    public Path archive() {
        return root.resolve("archive");
    }

    public Path error() {
        return root.resolve("error");
    }

    public Path spool() {
        return root.resolve("spool");
    }

    /** A configured folder: absolute as given (a network share), otherwise under the data directory. */
    public Path resolve(String folder) {
        return root.resolve(folder).normalize();
    }
}
