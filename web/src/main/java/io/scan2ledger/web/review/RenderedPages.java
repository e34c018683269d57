package io.scan2ledger.web.review;

import io.scan2ledger.document.Document;
import io.scan2ledger.document.OriginalStore;
import io.scan2ledger.extraction.PageRead;
import io.scan2ledger.review.PageImages;
import org.springframework.stereotype.Component;

import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Pages of originals rendered for the screen. One document view asks for the page and a crop of
 * every field at once; they share one rendering, kept in memory for a short while (never on disk:
 * the image shows a resident's personal data). Callers must not draw on the images returned.
 */
@Component
public class RenderedPages {

    private static final int KEPT = 8;

    private record Key(String sha256, int page, int rotation) {
    }

    private record Entry(FutureTask<BufferedImage> rendering, Instant at) {
    }

    private final PageImages images;
    private final OriginalStore store;
    private final Clock clock;
    private final int dpi;
    private final Duration keep;
    private final Map<Key, Entry> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > KEPT;
        }
    };

    public RenderedPages(PageImages images, OriginalStore store, Clock clock, ReviewProperties properties) {
        this.images = images;
        this.store = store;
        this.clock = clock;
        this.dpi = properties.imageDpi();
        this.keep = properties.imageCache();
    }

    public int dpi() {
        return dpi;
    }

    /**
     * The page upright at the screen's resolution; empty when the original has no such page, or is
     * no longer kept (retention removes the originals of finished documents).
     */
    public Optional<BufferedImage> page(Document doc, PageRead read) {
        Key key = new Key(doc.sha256(), read.page(), read.rotation());
        Entry entry;
        synchronized (cache) {
            Instant now = clock.instant();
            entry = cache.get(key);
            if (entry == null || entry.at().plus(keep).isBefore(now)) {
                entry = new Entry(new FutureTask<>(() -> render(key)), now);
                cache.put(key, entry);
            }
        }
        // The first caller renders; the others wait for the same result.
        entry.rendering().run();
        try {
            return Optional.ofNullable(entry.rendering().get());
        } catch (ExecutionException e) {
            synchronized (cache) {
                cache.remove(key);
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private BufferedImage render(Key key) {
        if (!store.contains(key.sha256())) {
            return null;
        }
        return images.page(key.sha256(), key.page(), dpi)
                .map(image -> key.rotation() == 180 ? turned(image) : image)
                .orElse(null);
    }

    /** A page read upside down is shown the way it was read, so the field boxes fall on their text. */
    private static BufferedImage turned(BufferedImage image) {
        AffineTransform half = AffineTransform.getRotateInstance(Math.PI, image.getWidth() / 2.0,
                image.getHeight() / 2.0);
        return new AffineTransformOp(half, AffineTransformOp.TYPE_NEAREST_NEIGHBOR).filter(image, null);
    }
}
