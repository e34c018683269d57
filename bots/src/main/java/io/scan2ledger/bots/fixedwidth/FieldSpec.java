package io.scan2ledger.bots.fixedwidth;

import java.util.Objects;

/**
 * One field of a fixed-width record.
 *
 * @param name  the record value's name; in header and trailer records one of the names the bot fills
 *              ({@code recordType}, {@code creationDate}, {@code runId}, {@code layoutId},
 *              {@code recordCount}, {@code hashTotal}); {@code filler} is always blank
 * @param width bytes in Windows-31J (a full-width character takes 2)
 * @param kind  how the value is converted and padded
 */
public record FieldSpec(String name, int width, FieldKind kind) {

    public static final String RECORD_TYPE = "recordType";
    public static final String FILLER = "filler";

    public FieldSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (width < 1) {
            throw new IllegalArgumentException("field " + name + ": width must be at least 1 byte");
        }
        if (kind.isFullWidth() && width % 2 != 0) {
            throw new IllegalArgumentException("field " + name + ": a full-width field needs an even width");
        }
    }
}
