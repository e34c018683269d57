package io.scan2ledger.audit;

import io.scan2ledger.support.Sha256;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The keyed seal (HMAC-SHA256) on every audit row and every checkpoint. The plain hash chain only
 * shows that rows fit together; anyone with write access to the database can recompute it. A seal
 * cannot be recomputed without the key, and the key never lives in the database.
 *
 * <p>The MAC keys are derived from the store keys (same ids), so they live where those live
 * (environment, keystore, {@code keys/} in the data directory) and rotate with them: a new
 * active key seals new rows, older keys stay configured to verify the rows they sealed. The
 * derivation keeps the encryption key and the MAC key apart.
 */
public final class AuditSeal {

    public enum Check { VALID, INVALID, UNKNOWN_KEY }

    private static final String ALGORITHM = "HmacSHA256";
    private static final byte[] PURPOSE = "scan2ledger audit seal v1".getBytes(StandardCharsets.UTF_8);

    private final String activeId;
    private final Map<String, SecretKey> macKeys = new LinkedHashMap<>();

    /** @param storeKeys key id → a store key; {@code activeId} seals new rows */
    public AuditSeal(String activeId, Map<String, SecretKey> storeKeys) {
        if (!storeKeys.containsKey(activeId)) {
            throw new IllegalArgumentException("the active audit key '" + activeId + "' is not among the keys");
        }
        this.activeId = activeId;
        storeKeys.forEach((id, key) -> macKeys.put(id,
                new SecretKeySpec(mac(new SecretKeySpec(key.getEncoded(), ALGORITHM), PURPOSE), ALGORITHM)));
    }

    public String activeKeyId() {
        return activeId;
    }

    /** The seal of {@code text} under the active key. */
    public String seal(String text) {
        return Sha256.hex(mac(macKeys.get(activeId), text.getBytes(StandardCharsets.UTF_8)));
    }

    public Check check(String keyId, String text, String seal) {
        SecretKey key = keyId == null ? null : macKeys.get(keyId);
        if (key == null) {
            return Check.UNKNOWN_KEY;
        }
        byte[] expected = Sha256.hex(mac(key, text.getBytes(StandardCharsets.UTF_8))).getBytes(StandardCharsets.US_ASCII);
        return seal != null && MessageDigest.isEqual(expected, seal.getBytes(StandardCharsets.US_ASCII))
                ? Check.VALID : Check.INVALID;
    }

    private static byte[] mac(SecretKey key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by the Java platform", e);
        }
    }
}
