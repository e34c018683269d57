package io.scan2ledger.field;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code checkbox-group}: the chosen values of a group of tick boxes, written or assembled as one
 * string separated by {@code ,} {@code 、} {@code /} or whitespace. Each value must equal (after
 * {@link Normalize#text} on both sides) one of the {@code options}. Text: the chosen options in
 * the order of {@code options}, without duplicates, joined by {@code ,}; value: that
 * {@code List<String>}. How many may be chosen is a template rule (exactly-one), not this type's.
 */
public final class CheckboxGroup extends NormalizedFieldType {

    private static final Pattern SEPARATORS = Pattern.compile("[,、/ ]+");

    public CheckboxGroup() {
        super("checkbox-group");
    }

    @Override
    Parsed read(String text, List<String> options) {
        Set<String> written = new LinkedHashSet<>();
        for (String value : SEPARATORS.split(text)) {
            if (!value.isEmpty()) {
                written.add(value);
            }
        }
        List<String> known = options.stream().map(Normalize::text).toList();
        if (!known.containsAll(written)) {
            return Parsed.invalid(text, unknownOption(options));
        }
        List<String> chosen = options.stream()
                .filter(o -> written.contains(Normalize.text(o)))
                .distinct()
                .toList();
        return Parsed.ok(String.join(",", chosen), chosen);
    }

    /** Lists the options (template text, not personal data), never the value read. */
    private static Problem unknownOption(List<String> options) {
        String ja = "選択肢にない値が含まれています。";
        String en = "A value is not among the options.";
        if (options.isEmpty()) {
            return Problem.invalid("UNKNOWN_OPTION", ja, en);
        }
        return Problem.invalid("UNKNOWN_OPTION",
                ja + "選べるのは「" + String.join("」「", options) + "」です。",
                en + " The options are: " + String.join(", ", options) + ".");
    }
}
