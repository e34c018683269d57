package io.scan2ledger.persistence.store;

import javax.crypto.SecretKey;
import java.util.Map;
import java.util.Optional;

/**
 * The keys originals are encrypted with: one active key for new files, older ones kept so that
 * files written before a rotation can still be read (each file names the key it was sealed with).
 * Keys come from configuration, the environment or a keystore; never from the repository.
 */
public final class StoreKeys {

    private final String activeId;
    private final Map<String, SecretKey> keys;

    public StoreKeys(String activeId, Map<String, SecretKey> keys) {
        if (!keys.containsKey(activeId)) {
            throw new IllegalArgumentException("the active store key '" + activeId + "' is not among the keys");
        }
        for (Map.Entry<String, SecretKey> k : keys.entrySet()) {
            if (k.getValue().getEncoded().length != 32) {
                throw new IllegalArgumentException("store key '" + k.getKey() + "' must be 256 bits (32 bytes)");
            }
            if (k.getKey().isEmpty() || k.getKey().length() > 64) {
                throw new IllegalArgumentException("a store key id must be 1 to 64 characters");
            }
        }
        this.activeId = activeId;
        this.keys = Map.copyOf(keys);
    }

    public String activeId() {
        return activeId;
    }

    public SecretKey active() {
        return keys.get(activeId);
    }

    /** Every key by id, the active one among them (the audit seal derives its keys from these). */
    public Map<String, SecretKey> all() {
        return keys;
    }

    public Optional<SecretKey> byId(String id) {
        return Optional.ofNullable(keys.get(id));
    }
}
