package io.scan2ledger.template;

/** A point on the printed form, in millimetres from the page's top-left corner. */
public record Point(double x, double y) {
}
