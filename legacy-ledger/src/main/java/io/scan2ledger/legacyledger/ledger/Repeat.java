package io.scan2ledger.legacyledger.ledger;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Rows that repeat on one screen (児童1..3): {@code columns} are templates whose id gets the row
 * number appended and whose DB column holds {@code %d} for it. Rows up to the value of
 * {@code countFieldId} are required; rows beyond it must stay empty.
 */
public record Repeat(String title, String countFieldId, int rows, List<Field> columns) {

    public Repeat {
        columns = List.copyOf(columns);
    }

    public List<Field> row(int number) {
        return columns.stream().map(c -> c.inRow(number, title + number + "の")).toList();
    }

    public List<Field> fields() {
        return IntStream.rangeClosed(1, rows).boxed().flatMap(n -> row(n).stream()).toList();
    }
}
