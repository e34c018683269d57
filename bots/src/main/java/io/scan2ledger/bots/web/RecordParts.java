package io.scan2ledger.bots.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The components of a definition record that have a given type: the elements a step acts on, the
 * values it writes, the conditions it waits for. Lets checks walk every kind of step without a
 * case per kind.
 */
final class RecordParts {

    private RecordParts() {
    }

    static <T> List<T> of(Record record, Class<T> type) {
        return Arrays.stream(record.getClass().getRecordComponents())
                .filter(c -> type.isAssignableFrom(c.getType()))
                .map(c -> type.cast(value(record, c)))
                .filter(Objects::nonNull)
                .toList();
    }

    /** The first component: what a step acts on (its element, path, condition or name). */
    static Object first(Record record) {
        return value(record, record.getClass().getRecordComponents()[0]);
    }

    private static Object value(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }
}
