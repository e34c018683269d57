package io.scan2ledger.document;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Port: the durable, content-addressed store of original files. A file is stored under its
 * SHA-256, so storing the same bytes twice is harmless and the address proves the content.
 */
public interface OriginalStore {

    /**
     * Copies the file into the store and forces it to disk before returning.
     *
     * @return the SHA-256 (hex) of the bytes stored
     */
    String put(Path file);

    boolean contains(String sha256);

    InputStream open(String sha256);

    /** The address of every file in the store, whether or not a document names it. */
    List<String> addresses();

    /** Re-reads the stored bytes and checks them against their address. */
    boolean verify(String sha256);

    /** Removes a stored original (retention). Documents keep their record and hash. */
    void delete(String sha256);
}
