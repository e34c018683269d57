package io.scan2ledger.batch;

import io.scan2ledger.document.Document;
import io.scan2ledger.document.DocumentRepository;
import io.scan2ledger.extraction.DocumentField;
import io.scan2ledger.installation.InstallationId;
import io.scan2ledger.ledger.LedgerRecord;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A document's fields as the record a bot keys. The key is scan2ledger's reception number: unique
 * across installations and not personal data, so a bot can search the ledger for it (and it may
 * appear in logs). Each bot maps the values to its own ledger's inputs.
 *
 * <p>The key is {@code S2L-<installation>-<document id>-<hash>}, e.g. {@code S2L-7K2Q-123-9F0A}:
 * <ul>
 *   <li>the installation id ({@link InstallationId}, 4 characters): document ids restart at 1 in
 *   every database, so without it a reinstall or a test instance keying the production ledger would
 *   find "its" records already there and key nothing;</li>
 *   <li>the document id in decimal, as the screens show it;</li>
 *   <li>the first hex digits of the original's SHA-256: two installations given the same id (a
 *   copied configuration) still differ for different scans.</li>
 * </ul>
 * It fits the narrowest ledger field, 20 half-width letters, digits and hyphens (the demo web
 * ledger's 受付番号): 4 hash digits up to document 999 999, then one fewer for each further id
 * digit (the hash only guards against a copied id; installation and document id make the key
 * unique), and no key beyond document 999 999 999. Documents received before installations had ids
 * keep their old key {@code S2L-000123}, so records keyed under it are still found.
 */
public final class LedgerRecords {

    /** The ledgers' narrowest key field. */
    public static final int MAX_LENGTH = 20;
    private static final int MAX_HASH = 4;
    private static final String PREFIX = "S2L-";

    private LedgerRecords() {
    }

    public static String keyOf(Document document) {
        return keyOf(document.installation(), document.id(), document.sha256());
    }

    /**
     * The key of a document: the installation that received it, its id and the SHA-256 of its
     * original; a null installation gives the key of a document received before installations had ids.
     */
    public static String keyOf(InstallationId installation, long documentId, String sha256) {
        if (installation == null) {
            return String.format("S2L-%06d", documentId);
        }
        String head = PREFIX + installation.value() + "-" + documentId + "-";
        int hash = Math.min(MAX_HASH, MAX_LENGTH - head.length());
        if (hash < 1) {
            throw new IllegalStateException("document " + documentId + " is beyond what a "
                    + MAX_LENGTH + "-character ledger key can name");
        }
        String hex = sha256 == null || sha256.length() < hash ? "0".repeat(hash) : sha256.substring(0, hash);
        return head + hex.toUpperCase(Locale.ROOT);
    }

    /** The key of a document known by id only (beside a keying event), as screens and reports show it. */
    public static String keyOf(long documentId, DocumentRepository documents) {
        return documents.find(documentId).map(LedgerRecords::keyOf).orElse("-");
    }

    public static LedgerRecord of(Document document, List<DocumentField> fields) {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach(f -> values.put(f.name(), f.value()));
        String key = keyOf(document);
        values.put("documentId", Long.toString(document.id()));
        values.put("receptionNumber", key);
        values.put("formId", document.formId());
        return new LedgerRecord(key, document.id(), document.formId(), values);
    }
}
