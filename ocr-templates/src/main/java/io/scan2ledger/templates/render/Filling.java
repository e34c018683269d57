package io.scan2ledger.templates.render;

import io.scan2ledger.template.Zone;

import java.util.List;
import java.util.Map;

/**
 * What is written on a form and how: the values by field name ({@code children[0].name} for table
 * cells; a checkbox group's ticked options joined by ','; a checkbox {@code true}), the typeface,
 * the tick mark, ink blots (zones smudged over after writing), and the marks careless hands add:
 * values written at a slant, stray pen strokes beside a value, a red seal (印) stamped over a field.
 *
 * @param slants  degrees a value's line is turned by (positive clockwise), by field name; the
 *                painter lessens a slant that would take the value out of its zone
 * @param strokes stray pen strokes, each beside a field's value, never on it
 * @param seals   red seals; any seal makes the page a colour page
 * @param pen     for hand mode, the pen the values are written with (null: values are printed)
 */
public record Filling(Map<String, String> written, FillFont font, Tick tick, List<Zone> blots,
                      Map<String, Double> slants, List<Stroke> strokes, List<Seal> seals, Pen pen) {

    /** How a ticked box is marked: a cross or a check mark, both drawn as bold pen strokes. */
    public enum Tick { CROSS, CHECK }

    /** A stray pen stroke beside {@code field}'s value; {@code shape} seeds its path. */
    public record Stroke(String field, long shape) {
    }

    /**
     * A round red 認印 bearing {@code text} (a family name), centred at ({@code u}, {@code v}) in
     * units of the field's zone: u below 0 lies over the label cell left of the value.
     */
    public record Seal(String field, double u, double v, double diameterMm, String text) {
    }

    /**
     * A ballpoint pen in a resident's hand: values are written glyph by glyph with jitter drawn
     * from {@code hand}, boxed digits are {@code digits}' images, all in {@code ink} (0xRRGGBB).
     */
    public record Pen(int ink, long hand, HandDigits digits) {

        /** Blue ink is what makes a hand-written page a colour scan; black ink stays grey. */
        public boolean coloured() {
            int r = ink >> 16 & 0xff;
            int b = ink & 0xff;
            return b - r > 40;
        }
    }

    public Filling {
        written = Map.copyOf(written);
        blots = List.copyOf(blots);
        slants = Map.copyOf(slants);
        strokes = List.copyOf(strokes);
        seals = List.copyOf(seals);
    }

    /** Printed values (no pen). */
    public Filling(Map<String, String> written, FillFont font, Tick tick, List<Zone> blots,
                   Map<String, Double> slants, List<Stroke> strokes, List<Seal> seals) {
        this(written, font, tick, blots, slants, strokes, seals, null);
    }

    /** A tidy filling: no slant, no stray strokes, no seal. */
    public Filling(Map<String, String> written, FillFont font, Tick tick, List<Zone> blots) {
        this(written, font, tick, blots, Map.of(), List.of(), List.of());
    }

    public static Filling of(Map<String, String> written) {
        return new Filling(written, FillFont.IPA_GOTHIC, Tick.CROSS, List.of());
    }

    public String value(String field) {
        return written.getOrDefault(field, "");
    }

    /** Whether the page is scanned in colour: a red seal is on it, or values written in blue ink. */
    public boolean inColour() {
        return !seals.isEmpty() || pen != null && pen.coloured();
    }

    /** Whether a checkbox field's written value means ticked. */
    public static boolean ticked(String value) {
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes", "x", "✓", "レ", "○" -> true;
            default -> false;
        };
    }
}
