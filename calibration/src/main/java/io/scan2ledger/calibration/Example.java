package io.scan2ledger.calibration;

/**
 * One machine-read field of a generated scan, with its ground truth: what the certainty model is
 * fitted on and measured with.
 *
 * @param document the sample it belongs to: fitting and calibration are split by document, never by field
 * @param type     the field's type
 * @param features {@link io.scan2ledger.certainty.Features#of} of its evidence and facts
 * @param right    whether the value read equals the truth
 */
public record Example(long document, String type, double[] features, boolean right) {
}
