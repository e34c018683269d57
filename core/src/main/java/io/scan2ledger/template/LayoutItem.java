package io.scan2ledger.template;

/**
 * Static print on the blank form that is not a field: the title, section headings, notes, lines.
 *
 * @param kind {@code text}, {@code line} (from x,y to x+w,y+h) or {@code box}
 * @param size font size in points for text
 */
public record LayoutItem(String kind, double x, double y, double w, double h, String text, double size,
                         boolean bold) {
}
