package io.scan2ledger.template;

import java.util.List;

/**
 * A rule across fields, checked after every field has been read and after every correction.
 *
 * @param kind   {@code not-after} (fields[0] <= fields[1], e.g. 異動日 <= 届出日),
 *               {@code after} (fields[0] > fields[1], e.g. a child born after the claimant),
 *               {@code exactly-one} (of a checkbox group), {@code all-or-none} (a table row),
 *               {@code postal-address} (fields[0] a postal code, fields[1] its address: both go to review
 *               when they name different towns; see {@link PostalDirectory})
 * @param fields the field names the rule reads; a {@code [*]} in a name applies it to each table row
 * @param ja     the message a supervisor sees, in Japanese
 * @param en     and in English
 */
public record CrossRule(String kind, List<String> fields, String ja, String en) {

    /** The kind whose fields are a postal code and its address (for the certainty model too). */
    public static final String POSTAL_ADDRESS = "postal-address";

    public CrossRule {
        fields = List.copyOf(fields);
    }
}
