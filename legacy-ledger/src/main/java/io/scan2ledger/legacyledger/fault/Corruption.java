package io.scan2ledger.legacyledger.fault;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How the {@code corrupt} fault stores an item wrong, the way old systems really do: a column too
 * short cuts the text, a NULL trap stores nothing, a field mapped to the wrong column swaps two items.
 */
public enum Corruption {
    /** The item's text is cut to half its length (a date or number is lost: stored as NULL). */
    TRUNCATE,
    /** The item is stored empty (text) or NULL (a date or number). */
    NULL,
    /** The first two items named exchange their values. */
    SWAP;

    @JsonCreator
    public static Corruption of(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
