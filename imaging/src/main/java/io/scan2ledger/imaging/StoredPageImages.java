package io.scan2ledger.imaging;

import io.scan2ledger.document.OriginalStore;
import io.scan2ledger.review.PageImages;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** Renders a page of a stored original for the review screen (one page at a time, bounded memory). */
public class StoredPageImages implements PageImages {

    private final OriginalStore store;
    private final PageRenderer renderer;
    private final Path workDir;

    public StoredPageImages(OriginalStore store, PageRenderer renderer, Path workDir) {
        this.store = store;
        this.renderer = renderer;
        this.workDir = workDir;
    }

    @Override
    public Optional<BufferedImage> page(String sha256, int page, int dpi) {
        Path copy = null;
        try {
            Files.createDirectories(workDir);
            copy = Files.createTempFile(workDir, "view-", ".original");
            try (InputStream in = store.open(sha256)) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            BufferedImage[] found = new BufferedImage[1];
            renderer.forEachPage(copy, dpi, p -> {
                if (p.number() == page) {
                    found[0] = scaled(p.image(), dpi / p.dpi());
                    return false;
                }
                return true;
            });
            return Optional.ofNullable(found[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException ignored) {
                    // removed with the work directory
                }
            }
        }
    }

    private static BufferedImage scaled(BufferedImage image, double factor) {
        if (Math.abs(factor - 1) < 0.01) {
            return image;
        }
        int w = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
