package io.scan2ledger.persistence.store;

import io.scan2ledger.support.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileSystemOriginalStoreTest {

    @TempDir
    Path dir;

    private static SecretKey key(int seed) {
        byte[] k = new byte[32];
        new Random(seed).nextBytes(k);
        return new SecretKeySpec(k, "AES");
    }

    private static StoreKeys keys(String active, String... ids) {
        Map<String, SecretKey> map = new java.util.LinkedHashMap<>();
        for (String id : ids) {
            map.put(id, key(id.hashCode()));
        }
        return new StoreKeys(active, map);
    }

    private Path file(byte[] bytes) throws IOException {
        return Files.write(Files.createTempFile(dir, "scan", ".bin"), bytes);
    }

    private static byte[] bytes(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    @Test
    void originalsAreStoredEncryptedAndReadBackExactly() throws IOException {
        FileSystemOriginalStore store = new FileSystemOriginalStore(dir.resolve("store"), keys("k1", "k1"));
        for (int size : new int[]{0, 17, SealedFile.CHUNK, SealedFile.CHUNK * 2 + 333}) {
            byte[] original = bytes(size, size);
            String sha = store.put(file(original));
            assertThat(sha).isEqualTo(Sha256.hex(Sha256.newDigest().digest(original)));
            try (InputStream in = store.open(sha)) {
                assertThat(in.readAllBytes()).isEqualTo(original);
            }
            assertThat(store.verify(sha)).isTrue();
            Path stored = store.pathOf(sha);
            assertThat(Files.getPosixFilePermissions(stored)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            if (size > 0) {
                assertThat(indexOf(Files.readAllBytes(stored), Arrays.copyOf(original, Math.min(size, 64)))).isNegative();
            }
        }
    }

    @Test
    void aChangedByteOrATruncationIsDetected() throws IOException {
        FileSystemOriginalStore store = new FileSystemOriginalStore(dir.resolve("store"), keys("k1", "k1"));
        String sha = store.put(file(bytes(SealedFile.CHUNK + 5000, 7)));
        Path stored = store.pathOf(sha);
        byte[] sealed = Files.readAllBytes(stored);

        try (RandomAccessFile raf = new RandomAccessFile(stored.toFile(), "rw")) {
            raf.seek(sealed.length / 2);
            raf.write(sealed[sealed.length / 2] ^ 0x01);
        }
        assertThat(store.verify(sha)).isFalse();

        // Dropping the last chunk leaves a file whose new last chunk was not sealed as the last one.
        Files.write(stored, Arrays.copyOf(sealed, sealed.length - 5000 - 16 - 4));
        assertThat(store.verify(sha)).isFalse();
        assertThatThrownBy(() -> {
            try (InputStream in = store.open(sha)) {
                in.readAllBytes();
            }
        }).isInstanceOf(IOException.class).hasMessageContaining("integrity");
    }

    @Test
    void aKeyRotationReSealsEveryOriginalWithTheNewKey() throws IOException {
        FileSystemOriginalStore before = new FileSystemOriginalStore(dir.resolve("store"), keys("k1", "k1"));
        byte[] a = "scan A".getBytes(StandardCharsets.UTF_8);
        byte[] b = bytes(3 * SealedFile.CHUNK / 2, 3);
        String shaA = before.put(file(a));
        String shaB = before.put(file(b));

        FileSystemOriginalStore rotated = new FileSystemOriginalStore(dir.resolve("store"), keys("k2", "k1", "k2"));
        assertThat(rotated.rekey()).isEqualTo(2);
        assertThat(rotated.keyIdOf(rotated.pathOf(shaA))).isEqualTo("k2");
        assertThat(rotated.rekey()).isZero();

        // With only the new key configured, everything still reads: the old key can be retired.
        FileSystemOriginalStore after = new FileSystemOriginalStore(dir.resolve("store"), keys("k2", "k2"));
        assertThat(after.verify(shaA)).isTrue();
        try (InputStream in = after.open(shaB)) {
            assertThat(in.readAllBytes()).isEqualTo(b);
        }
    }

    @Test
    void anOriginalSealedWithAnUnknownKeyCannotBeRead() throws IOException {
        FileSystemOriginalStore store = new FileSystemOriginalStore(dir.resolve("store"), keys("k1", "k1"));
        String sha = store.put(file("secret".getBytes(StandardCharsets.UTF_8)));
        FileSystemOriginalStore other = new FileSystemOriginalStore(dir.resolve("store"), keys("k9", "k9"));
        assertThat(other.verify(sha)).isFalse();
        assertThatThrownBy(() -> other.open(sha)).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void theServerRefusesToStartWithoutAKey() {
        assertThatThrownBy(() -> StoreKeysLoader.load(new StoreProperties(null, Map.of(), null, null, false), dir))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("SCAN2LEDGER_STORE_KEYS");
        StoreKeys generated = StoreKeysLoader.load(new StoreProperties(null, Map.of(), null, null, true), dir);
        assertThat(generated.activeId()).isEqualTo("local");
        assertThat(dir.resolve("keys/store.key")).exists();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
