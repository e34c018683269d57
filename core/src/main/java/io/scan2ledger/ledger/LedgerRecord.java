package io.scan2ledger.ledger;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One record to key into a ledger: the values of a document's fields, already mapped to the
 * ledger's own columns or inputs and in the ledger's order.
 *
 * @param key        the record's business key in the ledger (for example the applicant's My Number
 *                   plus the form and date); a bot uses it to find a record it keyed before, so
 *                   that nothing is keyed twice
 * @param documentId the scan2ledger document the values come from
 * @param formId     the form's template id
 * @param values     ledger column/input name to value, in ledger order
 */
public record LedgerRecord(String key, long documentId, String formId, Map<String, String> values) {

    public LedgerRecord {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
