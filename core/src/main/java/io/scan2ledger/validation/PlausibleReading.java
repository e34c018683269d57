package io.scan2ledger.validation;

import io.scan2ledger.field.FieldTypes;
import io.scan2ledger.field.Normalize;
import io.scan2ledger.field.Parsed;
import io.scan2ledger.support.EditDistance;
import io.scan2ledger.template.FieldSpec;
import io.scan2ledger.template.Templates;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Helps a reader choose between what OCR offers for one field: of two readings that disagree, the
 * one the field's type and rules accept; and for a field whose value must come from a closed list
 * (its options, or a reference list such as the nursery facilities) the one entry a near-miss
 * stands for. It never makes a reading more certain: the reader keeps such a field for review, so
 * the supervisor finds the right value already typed instead of a garbled one.
 */
public final class PlausibleReading {

    /** The prefecture an address may leave out (緑ヶ丘区… for 東京都緑ヶ丘区…). */
    private static final Pattern PREFECTURE = Pattern.compile("^(東京都|北海道|大阪府|京都府|.{2,3}県)");
    private static final Map<Character, String> CONFUSED_DIGITS = Map.of('0', "698", '6', "0", '9', "0", '8', "03",
            '1', "7", '7', "1", '3', "8");

    private final FieldTypes types;
    private final Templates templates;
    private final NameDictionary names;

    public PlausibleReading(FieldTypes types, Templates templates) {
        this.types = types;
        this.templates = templates;
        this.names = new NameDictionary(types, templates);
    }

    /**
     * Whether the field's type and its own rules take {@code raw} as it is, without a problem of
     * any kind (平成39年 is a date, but one that never was: not taken).
     */
    public boolean accepts(FieldSpec spec, String raw) {
        Parsed parsed = types.get(spec.type()).parse(raw, spec.optionValues());
        return !parsed.isEmpty() && parsed.problems().isEmpty() && FieldChecks.check(spec, parsed, templates).isEmpty();
    }

    /**
     * Of several readings, the first that is accepted; otherwise the first. A name or its kana is
     * put together part by part from the readings whose family or given name the dictionaries list
     * (the Japanese script model reads 葵 and 蓮 where jpn reads 壮 and 達).
     */
    public String choose(FieldSpec spec, List<String> readings) {
        return names.combine(spec, readings)
                .or(() -> readings.stream().filter(r -> accepts(spec, r)).findFirst())
                .orElse(readings.get(0));
    }

    /**
     * An address whose beginning is repaired to the entry of the field's address master
     * ({@code rules: {places: ...}}) it is clearly a near miss of: 縁ヶ丘区 → 緑ヶ丘区, ヶ丘区 →
     * 緑ヶ丘区. An entry is also matched without its prefecture (people leave out 東京都). The rest
     * (丁目, numbers, building) stays as read. Empty when nothing changes or the match is not clear-cut.
     */
    public Optional<String> placeRepaired(FieldSpec spec, String raw) {
        String list = spec.rules() == null ? null : spec.rules().places();
        if (list == null || raw.isBlank()) {
            return Optional.empty();
        }
        // Each way an entry may be written, with the length of the read's beginning it matches best.
        Map<String, Integer> prefixLength = new LinkedHashMap<>();
        Map<String, Integer> distance = new LinkedHashMap<>();
        int[] read = raw.codePoints().toArray();
        for (String entry : templates.reference(list)) {
            for (String written : List.of(entry, PREFECTURE.matcher(entry).replaceFirst(""))) {
                int n = written.codePointCount(0, written.length());
                for (int length = Math.max(1, n - 2); length <= Math.min(read.length, n + 2); length++) {
                    int d = EditDistance.between(written, new String(read, 0, length));
                    if (d < distance.getOrDefault(written, Integer.MAX_VALUE)) {
                        distance.put(written, d);
                        prefixLength.put(written, length);
                    }
                }
            }
        }
        Optional<String> best = EditDistance.clearlyNearest(raw, distance.keySet(), distance::get);
        return best.filter(w -> distance.get(w) > 0)
                .map(w -> w + new String(read, prefixLength.get(w), read.length - prefixLength.get(w)));
    }

    /**
     * Whether the value is on the list it should come from: both parts of a name (or its kana) in
     * the name dictionaries, a choice among the options, a reference list's entry, an address that
     * begins with a town of its address master. Null when the field has no such list.
     */
    public Boolean listed(FieldSpec spec, String value) {
        if (spec.type().equals("name") || spec.type().equals("kana")) {
            return names.isEmpty() ? null : names.knows(spec, value);
        }
        if (spec.type().equals("choice")) {
            return spec.optionValues().contains(value);
        }
        String reference = spec.rules() == null ? null : spec.rules().reference();
        if (reference != null) {
            List<String> entries = templates.reference(reference);
            return entries.isEmpty() ? null : entries.contains(value);
        }
        String places = spec.rules() == null ? null : spec.rules().places();
        if (places != null) {
            List<String> entries = templates.reference(places);
            return entries.isEmpty() ? null : entries.stream().anyMatch(e -> value.startsWith(e)
                    || value.startsWith(PREFECTURE.matcher(e).replaceFirst("")));
        }
        return null;
    }

    /** The name dictionaries. */
    public NameDictionary names() {
        return names;
    }

    /** Whether a name (or its kana) is one the name dictionaries list, both parts. */
    public boolean knownName(FieldSpec spec, String raw) {
        return names.knows(spec, raw);
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
