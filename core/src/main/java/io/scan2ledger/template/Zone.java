package io.scan2ledger.template;

/** A rectangle on the printed form, in millimetres from the page's top-left corner. */
public record Zone(double x, double y, double w, double h) {

    public Zone translate(double dx, double dy) {
        return new Zone(x + dx, y + dy, w, h);
    }

    /** The i-th of n equal cells laid left to right (boxed digits: 個人番号 12 cells, 口座番号 7...). */
    public Zone cell(int i, int n) {
        double cw = w / n;
        return new Zone(x + i * cw, y, cw, h);
    }
}
