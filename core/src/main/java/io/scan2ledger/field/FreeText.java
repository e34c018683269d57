package io.scan2ledger.field;

import java.util.List;

/** {@code text}: free text (an address, a note), as {@link Normalize#text} leaves it. Never invalid. */
public class FreeText extends NormalizedFieldType {

    public FreeText() {
        this("text");
    }

    /** For {@link PersonName}, which reads the same way under its own id. */
    FreeText(String id) {
        super(id);
    }

    @Override
    Parsed read(String text, List<String> options) {
        return Parsed.ok(text, text);
    }
}
