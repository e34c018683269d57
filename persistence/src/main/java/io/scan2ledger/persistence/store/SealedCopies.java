package io.scan2ledger.persistence.store;

import io.scan2ledger.document.FileSealer;
import io.scan2ledger.support.OwnerOnly;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;

/**
 * Copies sealed in the store's format ({@link SealedFile}) with its keys, for archive/: the same
 * protection as the stored original, and the same key rotation (a copy names its key id).
 */
public class SealedCopies implements FileSealer {

    private final StoreKeys keys;

    public SealedCopies(StoreKeys keys) {
        this.keys = keys;
    }

    @Override
    public void seal(Path plain, Path sealed) throws IOException {
        Path part = sealed.resolveSibling(sealed.getFileName() + ".part");
        try {
            try (InputStream in = Files.newInputStream(plain);
                 FileChannel channel = FileChannel.open(part, Set.of(StandardOpenOption.CREATE,
                         StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE), OwnerOnly.fileAttributes());
                 OutputStream out = Channels.newOutputStream(channel)) {
                SealedFile.seal(in, out, keys.activeId(), keys.active());
                channel.force(true);
            }
            OwnerOnly.restrict(part);
            Files.move(part, sealed, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    @Override
    public InputStream open(Path sealed) throws IOException {
        return SealedFile.open(new BufferedInputStream(Files.newInputStream(sealed)), id -> keys.byId(id).orElse(null));
    }
}
