package io.scan2ledger.validation;

import io.scan2ledger.field.FieldTypes;
import io.scan2ledger.field.Normalize;
import io.scan2ledger.field.Parsed;
import io.scan2ledger.field.Problem;
import io.scan2ledger.support.EditDistance;
import io.scan2ledger.template.FieldSpec;
import io.scan2ledger.template.Templates;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Helps a reader choose between what OCR offers for one field: of two readings that disagree, the
 * one the field's type and rules accept; and for a field whose value must come from a closed list
 * (its options, or a reference list such as the nursery facilities) the one entry a near-miss
 * stands for. It never makes a reading more certain: the reader keeps such a field for review, so
 * the supervisor finds the right value already typed instead of a garbled one.
 */
public final class PlausibleReading {

    private static final Map<Character, String> CONFUSED_DIGITS = Map.of('0', "698", '6', "0", '9', "0", '8', "03",
            '1', "7", '7', "1", '3', "8");

    private final FieldTypes types;
    private final Templates templates;

    public PlausibleReading(FieldTypes types, Templates templates) {
        this.types = types;
        this.templates = templates;
    }

    /** Whether the field's type and its own rules accept {@code raw} as it is. */
    public boolean accepts(FieldSpec spec, String raw) {
        Parsed parsed = types.get(spec.type()).parse(raw, spec.optionValues());
        if (parsed.isEmpty() || !parsed.isValid()) {
            return false;
        }
        return FieldChecks.check(spec, parsed, templates).stream().noneMatch(p -> p.severity() == Problem.Severity.INVALID);
    }

    /** Of several readings, the first that is accepted; otherwise the first. */
    public String choose(FieldSpec spec, List<String> readings) {
        return readings.stream().filter(r -> accepts(spec, r)).findFirst().orElse(readings.get(0));
    }

    /**
     * The closed list's entry {@code raw} is a near miss of ({@link EditDistance#clearlyNearest}).
     * Empty for fields without such a list, for an exact entry, and whenever it is not clear-cut.
     */
    public Optional<String> nearEntry(FieldSpec spec, String raw) {
        // Compared without spaces: OCR puts them where the paper has none (さく ら台こども園).
        Map<String, String> entries = new LinkedHashMap<>();
        closedList(spec).forEach(e -> entries.putIfAbsent(Normalize.text(e).replace(" ", ""), e));
        String text = Normalize.text(raw).replace(" ", "");
        if (entries.isEmpty() || text.isEmpty()) {
            return Optional.empty();
        }
        return EditDistance.clearlyNearest(text, entries.keySet()).map(entries::get).filter(e -> !e.equals(raw));
    }

    /**
     * The one value the field accepts that {@code raw} becomes when a single digit is swapped for
     * one OCR commonly confuses it with (0 for 6, 9 or 8 and back; 1 and 7; 3 and 8). Empty when
     * no swap, or more than one, gives an accepted value: a check digit or a calendar decides, never
     * a guess between two.
     */
    public Optional<String> confusedDigits(FieldSpec spec, String raw) {
        Set<String> accepted = new LinkedHashSet<>();
        for (int i = 0; i < raw.length(); i++) {
            String swaps = CONFUSED_DIGITS.getOrDefault(raw.charAt(i), "");
            for (int k = 0; k < swaps.length(); k++) {
                String variant = raw.substring(0, i) + swaps.charAt(k) + raw.substring(i + 1);
                if (accepts(spec, variant)) {
                    accepted.add(variant);
                }
            }
        }
        return accepted.size() == 1 ? Optional.of(accepted.iterator().next()) : Optional.empty();
    }

    private List<String> closedList(FieldSpec spec) {
        if (spec.type().equals("choice")) {
            return spec.optionValues();
        }
        String reference = spec.rules() == null ? null : spec.rules().reference();
        // "banks:2" checks a column of codes: those fields are boxed digits, read cell by cell.
        return reference == null || reference.contains(":") ? List.of() : templates.reference(reference);
    }
}
