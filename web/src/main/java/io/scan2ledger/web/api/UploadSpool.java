package io.scan2ledger.web.api;

import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Where an upload is written before it enters intake. It lives beside (not inside) the inbox
 * folders, so a watched-folder consumer never sees a half-received upload.
 */
public class UploadSpool {

    private final Path dir;

    public UploadSpool(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create upload spool " + dir, e);
        }
    }

    public Path spool(MultipartFile upload) throws IOException {
        Path target = dir.resolve(UUID.randomUUID() + ".upload");
        upload.transferTo(target);
        return target;
    }
}
