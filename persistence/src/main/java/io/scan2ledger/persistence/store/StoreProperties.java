package io.scan2ledger.persistence.store;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.util.Map;

/**
 * {@code scan2ledger.store.*}: the keys stored originals are encrypted with (AES-256-GCM).
 *
 * @param activeKey           id of the key new originals are sealed with
 * @param keys                id → base64 of 32 random bytes, e.g. from the environment:
 *                            {@code SCAN2LEDGER_STORE_KEYS_K2026=...} gives the key {@code k2026}
 * @param keystore            or a PKCS12 keystore whose AES secret-key entries are the keys (alias = id)
 * @param keystorePassword    its password (from the environment)
 * @param generateKeyIfMissing demo only: create {@code keys/store.key} in the data directory when no key is configured
 */
@ConfigurationProperties("scan2ledger.store")
public record StoreProperties(String activeKey, Map<String, String> keys, Path keystore, String keystorePassword,
                              boolean generateKeyIfMissing) {

    public StoreProperties {
        keys = keys == null ? Map.of() : Map.copyOf(keys);
        activeKey = activeKey == null || activeKey.isBlank() ? null : activeKey.strip();
        keystorePassword = keystorePassword == null ? "" : keystorePassword;
    }
}
