package io.scan2ledger.document;

import java.util.Optional;
import java.util.Set;

/**
 * Filters for listing documents.
 *
 * @param state              only this state, or any
 * @param channels           only these channels; empty means every channel
 * @param includeDvProtected DV-protected documents are left out unless the reader holds that right
 * @param limit              at most this many, newest first
 */
public record DocumentQuery(Optional<DocumentState> state, Set<String> channels, boolean includeDvProtected,
                            int limit) {

    public static final int MAX_LIMIT = 500;
    public static final int DEFAULT_LIMIT = 50;

    public DocumentQuery {
        channels = Set.copyOf(channels);
        limit = limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
    }

    public static DocumentQuery all(int limit) {
        return new DocumentQuery(Optional.empty(), Set.of(), true, limit);
    }
}
