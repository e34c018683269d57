package io.scan2ledger.persistence.store;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The format of an encrypted original: AES-256-GCM over 1 MiB chunks, each with its own tag, so a
 * file of any size is sealed and opened as a stream (Java's GCM would otherwise buffer a whole file
 * before it can check the tag) and any change, truncation or reordering is detected.
 *
 * <pre>
 * "S2LE" | version (1) | key id length (1) | key id (UTF-8) | file nonce (8 random bytes)
 * then chunks: length (4) | ciphertext + tag
 *   nonce = file nonce (8) + chunk number (4); additional data = chunk number (4) + last-chunk flag (1)
 * </pre>
 */
final class SealedFile {

    static final byte[] MAGIC = "S2LE".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;
    static final int CHUNK = 1 << 20;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SealedFile() {
    }

    /** Writes {@code in} sealed with the active key. */
    static void seal(InputStream in, OutputStream out, String keyId, SecretKey key) throws IOException {
        byte[] fileNonce = new byte[8];
        RANDOM.nextBytes(fileNonce);
        DataOutputStream data = new DataOutputStream(out);
        data.write(MAGIC);
        data.writeByte(VERSION);
        byte[] id = keyId.getBytes(StandardCharsets.UTF_8);
        data.writeByte(id.length);
        data.write(id);
        data.write(fileNonce);
        byte[] chunk = in.readNBytes(CHUNK);
        int number = 0;
        while (true) {
            byte[] next = chunk.length == CHUNK ? in.readNBytes(CHUNK) : new byte[0];
            boolean last = next.length == 0;
            byte[] sealed = crypt(Cipher.ENCRYPT_MODE, key, fileNonce, number, last, chunk);
            data.writeInt(sealed.length);
            data.write(sealed);
            if (last) {
                break;
            }
            chunk = next;
            number++;
        }
        data.flush();
    }

    /** The key id a sealed file names, read from its header. */
    static String keyIdOf(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] magic = data.readNBytes(MAGIC.length);
        if (!Arrays.equals(magic, MAGIC) || data.readUnsignedByte() != VERSION) {
            throw new IOException("not a sealed scan2ledger original");
        }
        return new String(data.readNBytes(data.readUnsignedByte()), StandardCharsets.UTF_8);
    }

    /** Opens a sealed file as a stream of its plaintext; a tampered or truncated file fails on read. */
    static InputStream open(InputStream sealed, java.util.function.Function<String, SecretKey> keys) throws IOException {
        DataInputStream data = new DataInputStream(new java.io.BufferedInputStream(sealed));
        String keyId = keyIdOf(data);
        SecretKey key = keys.apply(keyId);
        if (key == null) {
            throw new IOException("original sealed with key '" + keyId + "', which is not configured");
        }
        byte[] fileNonce = data.readNBytes(8);
        return new InputStream() {
            private byte[] plain = new byte[0];
            private int pos;
            private int number;
            private boolean done;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                while (pos == plain.length) {
                    if (done) {
                        return -1;
                    }
                    next();
                }
                int n = Math.min(len, plain.length - pos);
                System.arraycopy(plain, pos, b, off, n);
                pos += n;
                return n;
            }

            private void next() throws IOException {
                int length;
                try {
                    length = data.readInt();
                } catch (EOFException e) {
                    throw new IOException("sealed original is truncated");
                }
                if (length < 16 || length > CHUNK + 16) {
                    throw new IOException("sealed original is damaged");
                }
                byte[] chunk = data.readNBytes(length);
                if (chunk.length != length) {
                    throw new IOException("sealed original is truncated");
                }
                boolean last = peekEnd(data);
                plain = crypt(Cipher.DECRYPT_MODE, key, fileNonce, number++, last, chunk);
                pos = 0;
                done = last;
            }

            @Override
            public void close() throws IOException {
                data.close();
            }
        };
    }

    private static boolean peekEnd(DataInputStream data) throws IOException {
        data.mark(1);
        int b = data.read();
        if (b >= 0) {
            data.reset();
        }
        return b < 0;
    }

    private static byte[] crypt(int mode, SecretKey key, byte[] fileNonce, int number, boolean last, byte[] input)
            throws IOException {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            byte[] nonce = ByteBuffer.allocate(12).put(fileNonce).putInt(number).array();
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(ByteBuffer.allocate(5).putInt(number).put((byte) (last ? 1 : 0)).array());
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new IOException("sealed original failed its integrity check (altered, truncated or wrong key)", e);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot " + (mode == Cipher.ENCRYPT_MODE ? "seal" : "open") + " original", e);
        }
    }
}
