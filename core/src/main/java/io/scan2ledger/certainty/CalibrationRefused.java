package io.scan2ledger.certainty;

/** A calibration file that cannot be used with these templates or this code; the message says what to do. */
public class CalibrationRefused extends RuntimeException {

    public CalibrationRefused(String message) {
        super(message);
    }
}
