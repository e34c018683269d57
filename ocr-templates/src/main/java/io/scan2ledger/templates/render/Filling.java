package io.scan2ledger.templates.render;

import io.scan2ledger.template.Zone;

import java.util.List;
import java.util.Map;

/**
 * What is written on a form and how: the values by field name ({@code children[0].name} for table
 * cells; a checkbox group's ticked options joined by ','; a checkbox {@code true}), the typeface,
 * the tick mark, and ink blots (zones smudged over after writing).
 */
public record Filling(Map<String, String> written, FormFont font, Tick tick, List<Zone> blots) {

    /** How a ticked box is marked: a cross or a check mark, both drawn as bold pen strokes. */
    public enum Tick { CROSS, CHECK }

    public Filling {
        if (font == FormFont.LATIN) {
            throw new IllegalArgumentException("values are written in a Japanese typeface (GOTHIC or MINCHO)");
        }
        written = Map.copyOf(written);
        blots = List.copyOf(blots);
    }

    public static Filling of(Map<String, String> written) {
        return new Filling(written, FormFont.GOTHIC, Tick.CROSS, List.of());
    }

    public String value(String field) {
        return written.getOrDefault(field, "");
    }

    /** Whether a checkbox field's written value means ticked. */
    public static boolean ticked(String value) {
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes", "x", "✓", "レ", "○" -> true;
            default -> false;
        };
    }
}
