package io.scan2ledger.legacyledger.ledger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the clerk entered on an input screen, after the old system's checks.
 *
 * @param inputs      element name to value, normalised (trimmed, half-width kana widened): what the
 *                    screens show again
 * @param columns     DB column to value (String, Integer, LocalDate, or null), for registration
 * @param errors      messages in screen order, in Japanese
 * @param errorFields ids of the fields the messages are about, to mark them on the screen
 */
public record Entry(Map<String, String> inputs, Map<String, Object> columns, List<String> errors,
                    Set<String> errorFields) {

    public Entry {
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        errors = List.copyOf(errors);
        errorFields = Collections.unmodifiableSet(new LinkedHashSet<>(errorFields));
    }

    public static Entry empty() {
        return new Entry(Map.of(), Map.of(), List.of(), Set.of());
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    public String input(Field field) {
        return inputs.getOrDefault(field.inputName(), "");
    }

    public Entry withError(Field field, String message) {
        List<String> more = new ArrayList<>(errors);
        more.add(message);
        Set<String> marked = new LinkedHashSet<>(errorFields);
        marked.add(field.id());
        return new Entry(inputs, columns, more, marked);
    }
}
