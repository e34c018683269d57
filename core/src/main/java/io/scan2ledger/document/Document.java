package io.scan2ledger.document;

import io.scan2ledger.installation.InstallationId;

import java.time.Instant;
import java.util.Optional;

/**
 * One received file and what became of it. Field values live apart from this record so that the
 * document itself never carries personal data and can be logged by id and hash.
 *
 * @param installation the installation that received it (part of its ledger key); null for
 *                     documents received before installations had ids, which keep their old key
 */
public record Document(
        long id,
        String sha256,
        DocumentState state,
        String channel,
        Source source,
        String originalName,
        String mediaType,
        long sizeBytes,
        int pageCount,
        Instant receivedAt,
        Instant updatedAt,
        Long duplicateOf,
        String quarantineCode,
        String formId,
        boolean dvProtected,
        InstallationId installation) {

    /** A document received before installations had ids. */
    public Document(long id, String sha256, DocumentState state, String channel, Source source, String originalName,
                    String mediaType, long sizeBytes, int pageCount, Instant receivedAt, Instant updatedAt,
                    Long duplicateOf, String quarantineCode, String formId, boolean dvProtected) {
        this(id, sha256, state, channel, source, originalName, mediaType, sizeBytes, pageCount, receivedAt, updatedAt,
                duplicateOf, quarantineCode, formId, dvProtected, null);
    }

    public Optional<Long> duplicateOfId() {
        return Optional.ofNullable(duplicateOf);
    }

    /** A short form of the hash for logs and screens. */
    public String shortSha() {
        return sha256 == null ? "-" : sha256.substring(0, Math.min(12, sha256.length()));
    }
}
