package io.scan2ledger.document;

import java.time.Instant;

/** What intake knows about a file when it records it. */
public record NewDocument(
        String sha256,
        DocumentState state,
        String channel,
        Source source,
        String originalName,
        String mediaType,
        long sizeBytes,
        int pageCount,
        Instant receivedAt,
        Long duplicateOf,
        String quarantineCode,
        /** True while the file still sits in its inbox folder; cleared when it has been moved on. */
        boolean intakePending) {
}
