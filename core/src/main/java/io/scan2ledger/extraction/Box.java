package io.scan2ledger.extraction;

/** A rectangle on a page image, in pixels of the page as rendered for extraction (see {@link PageRead#dpi()}). */
public record Box(int x, int y, int w, int h) {
}
