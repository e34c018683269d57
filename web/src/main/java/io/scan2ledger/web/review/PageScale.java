package io.scan2ledger.web.review;

import io.scan2ledger.extraction.Box;
import io.scan2ledger.extraction.PageRead;

/** Field boxes are stored in pixels of the page as read; the screen shows the page at its own resolution. */
public record PageScale(double factor) {

    public static PageScale of(int screenDpi, PageRead read) {
        return new PageScale(screenDpi / read.dpi());
    }

    public int apply(int px) {
        return (int) Math.round(px * factor);
    }

    public Box apply(Box box) {
        return new Box(apply(box.x()), apply(box.y()), apply(box.w()), apply(box.h()));
    }

    /** The box grown by {@code pad} pixels on every side and kept on the image. */
    public static Box padded(Box box, int pad, int width, int height) {
        int x = Math.max(0, box.x() - pad);
        int y = Math.max(0, box.y() - pad);
        int right = Math.min(width, box.x() + box.w() + pad);
        int bottom = Math.min(height, box.y() + box.h() + pad);
        return new Box(x, y, Math.max(1, right - x), Math.max(1, bottom - y));
    }
}
