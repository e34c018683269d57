package io.scan2ledger.imaging;

import io.scan2ledger.intake.QuarantineReason;

import java.io.IOException;

/** A file or page goes beyond one of the {@link ImagingLimits} (or uses an encoding that cannot be read). */
public class OverLimit extends IOException {

    private final QuarantineReason.Code code;

    public OverLimit(QuarantineReason.Code code, String detail) {
        super(detail);
        this.code = code;
    }

    /** The reason a clerk is given. */
    public QuarantineReason.Code code() {
        return code;
    }
}
