package io.scan2ledger.field;

import java.util.List;

/**
 * A field's text after its type has read it.
 *
 * @param text     the normalised text, as it would be keyed into a ledger (for an era date the ISO
 *                 date {@code 2023-04-01}; for a checkbox group the chosen options joined by
 *                 {@code ,}); empty when nothing usable was read
 * @param value    the typed value: {@link String}, {@link java.time.LocalDate}, {@link Long},
 *                 {@link Boolean} or {@code List<String>}; null when empty or invalid
 * @param problems why the value is invalid or doubtful; empty when it is fine
 */
public record Parsed(String text, Object value, List<Problem> problems) {

    public Parsed {
        text = text == null ? "" : text;
        problems = List.copyOf(problems);
    }

    public static Parsed ok(String text, Object value) {
        return new Parsed(text, value, List.of());
    }

    public static Parsed empty() {
        return new Parsed("", null, List.of());
    }

    public static Parsed invalid(String text, Problem problem) {
        return new Parsed(text, null, List.of(problem));
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    public boolean isValid() {
        return problems.stream().noneMatch(p -> p.severity() == Problem.Severity.INVALID);
    }

    public boolean needsReview() {
        return !problems.isEmpty();
    }
}
