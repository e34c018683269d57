package io.scan2ledger.template;

import java.util.List;

/**
 * A table of repeated rows (児童の欄...). Column zones are given for the first row; row i is
 * moved down by {@code i * rowPitch} mm. Each cell becomes a field named {@code name[i].column}.
 * Rows left completely empty are not an error; a partly filled row is checked like any fields.
 */
public record TableSpec(String name, String label, String labelEn, int rows, double rowPitch,
                        List<FieldSpec> columns) {

    public TableSpec {
        columns = List.copyOf(columns);
    }
}
