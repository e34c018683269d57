package io.scan2ledger.review;

import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * Port: a page of a document's original as an image, for the review screen. Field boxes are
 * stored in pixels of the page as read ({@link io.scan2ledger.extraction.PageRead#dpi()}); scale
 * them by {@code dpi / pageRead.dpi()} to draw them on this image.
 */
public interface PageImages {

    /**
     * @param sha256 the original's address in the store
     * @param page   1-based page number
     * @param dpi    resolution to render at (PDF pages); image pages are scaled to it
     * @return empty when the original has no such page
     */
    Optional<BufferedImage> page(String sha256, int page, int dpi);
}
