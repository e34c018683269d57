package io.scan2ledger.document;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Port: seals a file the way the original store does (encrypted and authenticated with the store's
 * active key), for copies kept outside the store, such as the courtesy copies in archive/.
 */
public interface FileSealer {

    /** Writes {@code plain} sealed at {@code sealed}: owner-only, complete or absent, forced to disk. */
    void seal(Path plain, Path sealed) throws IOException;

    /** A sealed copy's plaintext, e.g. to restore a file from archive/. */
    java.io.InputStream open(Path sealed) throws IOException;
}
