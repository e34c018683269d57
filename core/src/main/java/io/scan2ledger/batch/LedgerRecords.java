package io.scan2ledger.batch;

import io.scan2ledger.document.Document;
import io.scan2ledger.extraction.DocumentField;
import io.scan2ledger.ledger.LedgerRecord;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A document's fields as the record a bot keys. The key is scan2ledger's reception number
 * ({@code S2L-000123}): unique per document and not personal data, so a bot can search the ledger
 * for it (and it may appear in logs). Each bot maps the values to its own ledger's inputs.
 */
public final class LedgerRecords {

    private LedgerRecords() {
    }

    public static String keyOf(long documentId) {
        return String.format("S2L-%06d", documentId);
    }

    public static LedgerRecord of(Document document, List<DocumentField> fields) {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach(f -> values.put(f.name(), f.value()));
        values.put("documentId", Long.toString(document.id()));
        values.put("receptionNumber", keyOf(document.id()));
        values.put("formId", document.formId());
        return new LedgerRecord(keyOf(document.id()), document.id(), document.formId(), values);
    }
}
