package io.scan2ledger.legacyledger.ledger;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One ledger of the old system: its screens, its table and its numbering.
 *
 * @param id        the ledger's id in URLs and the admin API ({@code jidou-teate})
 * @param code      screen-id and 台帳番号 prefix ({@code JT}: screens JT010..JT030, numbers JT-2026-000123)
 * @param title     the ledger's Japanese name
 * @param menuLink  the id of its link on the menu
 * @param table     its table in the ledger's database
 * @param repeat    rows repeated on the screen, if any
 */
public record LedgerForm(String id, String code, String title, String menuLink, String table,
                         List<Field> fields, Optional<Repeat> repeat) {

    /** Both ledgers call the external reception number and the applicant this way. */
    public static final String RECEPTION_NO = "UketsukeNo";
    public static final String APPLICANT = "Shimei";

    public LedgerForm {
        fields = List.copyOf(fields);
    }

    /** Every item, the repeated rows included, in screen order. */
    public List<Field> allFields() {
        return Stream.concat(fields.stream(), repeat.stream().flatMap(r -> r.fields().stream())).toList();
    }

    public Field field(String fieldId) {
        return allFields().stream().filter(f -> f.id().equals(fieldId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no field " + fieldId + " in " + id));
    }

    public String sequence() {
        return table + "_SEQ";
    }
}
