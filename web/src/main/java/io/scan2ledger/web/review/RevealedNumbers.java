package io.scan2ledger.web.review;

import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.SessionScope;

import java.io.Serializable;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The My Number fields this session has revealed (each reveal audited once). Only these are shown
 * in full, and only their crops and page zones are served unmasked; a new login starts with none.
 */
@Component
@SessionScope
public class RevealedNumbers implements Serializable {

    private final Set<String> revealed = ConcurrentHashMap.newKeySet();

    public void add(long documentId, String field) {
        revealed.add(documentId + "/" + field);
    }

    public boolean has(long documentId, String field) {
        return revealed.contains(documentId + "/" + field);
    }
}
