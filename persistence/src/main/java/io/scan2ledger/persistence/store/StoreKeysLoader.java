package io.scan2ledger.persistence.store;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Gathers the store keys from configuration, a PKCS12 keystore and (for the demo) a key file in
 * the data directory. With no key at all the server refuses to start: originals are never stored
 * in clear.
 */
public final class StoreKeysLoader {

    static final String KEY_FILE_ID = "local";

    private StoreKeysLoader() {
    }

    public static StoreKeys load(StoreProperties properties, Path home) {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        properties.keys().forEach((id, base64) -> keys.put(id, aes(Base64.getDecoder().decode(base64.strip()))));
        if (properties.keystore() != null) {
            keys.putAll(fromKeystore(properties.keystore(), properties.keystorePassword()));
        }
        Path keyFile = home.resolve("keys/store.key");
        if (!Files.exists(keyFile) && keys.isEmpty() && properties.generateKeyIfMissing()) {
            generate(keyFile);
        }
        if (Files.exists(keyFile)) {
            keys.putIfAbsent(KEY_FILE_ID, aes(read(keyFile)));
        }
        if (keys.isEmpty()) {
            throw new IllegalStateException("No key to encrypt stored originals: set scan2ledger.store.keys"
                    + " (e.g. SCAN2LEDGER_STORE_KEYS_K1=<base64 of 32 random bytes>) and scan2ledger.store.active-key,"
                    + " or scan2ledger.store.keystore. See README, 'Personal data at rest'.");
        }
        String active = properties.activeKey() != null ? properties.activeKey()
                : keys.size() == 1 ? keys.keySet().iterator().next() : null;
        if (active == null) {
            throw new IllegalStateException("Several store keys are configured: set scan2ledger.store.active-key");
        }
        return new StoreKeys(active, keys);
    }

    private static Map<String, SecretKey> fromKeystore(Path file, String password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password.toCharArray());
            Map<String, SecretKey> keys = new LinkedHashMap<>();
            for (String alias : Collections.list(store.aliases())) {
                if (store.getKey(alias, password.toCharArray()) instanceof SecretKey key) {
                    keys.put(alias, aes(key.getEncoded()));
                }
            }
            return keys;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the store keystore " + file, e);
        }
    }

    private static void generate(Path keyFile) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try {
            Files.createDirectories(keyFile.getParent());
            Files.write(keyFile, Base64.getEncoder().encode(key), StandardOpenOption.CREATE_NEW);
            Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("r--------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the demo store key " + keyFile, e);
        }
    }

    private static byte[] read(Path keyFile) {
        try {
            return Base64.getDecoder().decode(Files.readString(keyFile).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the store key " + keyFile, e);
        }
    }

    private static SecretKey aes(byte[] bytes) {
        return new SecretKeySpec(bytes, "AES");
    }
}
