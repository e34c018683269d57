package io.scan2ledger.field;

import java.util.List;

/**
 * What every type does first: {@link Normalize#text} the raw input, answer blank input, and hand
 * the rest to {@link #read}. Null options count as none.
 */
abstract class NormalizedFieldType implements FieldType {

    private final String id;

    NormalizedFieldType(String id) {
        this.id = id;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Parsed parse(String raw, List<String> options) {
        String text = Normalize.text(raw);
        return text.isEmpty() ? blank() : read(text, options == null ? List.of() : options);
    }

    /** The result for blank input: empty, except for a checkbox. */
    Parsed blank() {
        return Parsed.empty();
    }

    /** Reads non-blank normalised text; never throws for bad input. */
    abstract Parsed read(String text, List<String> options);
}
