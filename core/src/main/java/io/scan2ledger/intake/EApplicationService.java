package io.scan2ledger.intake;

import io.scan2ledger.audit.AuditEntry;
import io.scan2ledger.audit.AuditTrail;
import io.scan2ledger.document.Document;
import io.scan2ledger.document.DocumentRepository;
import io.scan2ledger.document.DocumentState;
import io.scan2ledger.document.NewDocument;
import io.scan2ledger.document.OriginalStore;
import io.scan2ledger.document.Source;
import io.scan2ledger.extraction.DocumentField;
import io.scan2ledger.extraction.ReadMethod;
import io.scan2ledger.extraction.ReadingRepository;
import io.scan2ledger.support.Transactions;
import io.scan2ledger.template.FieldSpec;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.template.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Intake of online applications (電子申請): an export file dropped into its own watched folder
 * becomes one document per record, of the form the record names (a {@code form} column, or the
 * file name starting with the form id). The values were typed by the applicant, so OCR is skipped:
 * each record goes straight to EXTRACTED and then through the same validation, review and bots as
 * a paper form ("one operation", whatever the channel).
 *
 * <p>Safety is as for scans: every record's canonical bytes and the file itself are stored first,
 * all records are committed in one transaction, and only then is the file moved out of the inbox.
 * Each record's hash makes the same record exported twice a DUPLICATE of the first.
 */
public class EApplicationService {

    private static final Logger log = LoggerFactory.getLogger(EApplicationService.class);
    static final String ACTOR = "system:e-application";

    private final ApplicationRecords parser;
    private final Templates templates;
    private final OriginalStore store;
    private final DocumentRepository documents;
    private final ReadingRepository readings;
    private final AuditTrail audit;
    private final Transactions tx;
    private final InboxFolders folders;
    private final Clock clock;
    private final Path workDir;

    public EApplicationService(ApplicationRecords parser, Templates templates, OriginalStore store,
                               DocumentRepository documents, ReadingRepository readings, AuditTrail audit,
                               Transactions tx, IntakeSettings settings, Clock clock, Path workDir) {
        this.parser = parser;
        this.templates = templates;
        this.store = store;
        this.documents = documents;
        this.readings = readings;
        this.audit = audit;
        this.tx = tx;
        this.folders = new InboxFolders(settings, clock);
        this.clock = clock;
        this.workDir = workDir;
    }

    /** @return the documents recorded (one per record), or the quarantined file's document */
    public List<Document> take(IncomingFile in) {
        String fileSha = store.put(in.file());
        List<Document> pending = documents.findPendingBatch(in.channel(), in.originalName(), fileSha);
        if (!pending.isEmpty()) {
            moveOut(in, pending, null);
            return pending;
        }
        List<Record> records;
        try {
            records = records(in);
        } catch (IllegalArgumentException refused) {
            QuarantineReason reason = UnreadableApplication.reasonFor(refused);
            Document doc = tx.inTransaction(() -> quarantine(in, fileSha, reason.code()));
            moveOut(in, List.of(doc), reason);
            return List.of(doc);
        }
        List<Document> recorded = tx.inTransaction(() -> {
            List<Document> out = new ArrayList<>();
            for (Record r : records) {
                out.add(record(in, fileSha, r));
            }
            return out;
        });
        moveOut(in, recorded, null);
        log.info("e-application.received file={} records={} channel={}", fileSha.substring(0, 12), recorded.size(),
                in.channel());
        return recorded;
    }

    /** One record, ready to store: its form, its canonical bytes and its fields in template order. */
    private record Record(FormTemplate form, byte[] canonical, Map<String, String> values) {
    }

    private List<Record> records(IncomingFile in) {
        List<Map<String, String>> rows = parser.read(in.file());
        if (rows.isEmpty()) {
            throw new UnreadableApplication(QuarantineReason.Code.NOT_AN_APPLICATION, "no records / レコードがありません");
        }
        List<Record> out = new ArrayList<>();
        int line = 0;
        for (Map<String, String> row : rows) {
            line++;
            int at = line;
            FormTemplate form = formOf(row, in.originalName())
                    .orElseThrow(() -> new UnreadableApplication(QuarantineReason.Code.UNKNOWN_FORM, "record " + at
                            + " has no known form (a 'form' column or a"
                            + " file name starting with the form id) / 様式を特定できません"));
            Map<String, String> values = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : row.entrySet()) {
                if (e.getKey().equals("form")) {
                    continue;
                }
                FieldSpec spec = fieldFor(form, e.getKey()).orElseThrow(() -> new UnreadableApplication(
                        QuarantineReason.Code.UNKNOWN_COLUMN,
                        "record " + at + ": unknown column '" + e.getKey() + "' for form " + form.id()
                                + " / 様式にない列です"));
                values.put(spec.name(), e.getValue() == null ? "" : e.getValue());
            }
            out.add(new Record(form, canonical(form, values), values));
        }
        return out;
    }

    /** The column is the field's name (children[0].name) or its printed label (氏名), when that label is unique. */
    private static Optional<FieldSpec> fieldFor(FormTemplate form, String column) {
        String key = column.strip();
        Optional<FieldSpec> byName = form.field(key);
        if (byName.isPresent()) {
            return byName;
        }
        List<FieldSpec> byLabel = form.allFields().stream().filter(f -> key.equals(f.label())).toList();
        return byLabel.size() == 1 ? Optional.of(byLabel.get(0)) : Optional.empty();
    }

    private Optional<FormTemplate> formOf(Map<String, String> row, String fileName) {
        String named = row.get("form");
        if (named != null && !named.isBlank()) {
            return templates.byId(named.strip());
        }
        String base = InboxFolders.safeFileName(fileName);
        return templates.all().stream().filter(t -> base.startsWith(t.id())).findFirst();
    }

    /** Sorted "form id, field=value" lines: the same record exported twice has the same bytes and hash. */
    private static byte[] canonical(FormTemplate form, Map<String, String> values) {
        StringBuilder out = new StringBuilder("form=").append(form.id()).append('\n');
        new TreeMap<>(values).forEach((k, v) -> out.append(k).append('=').append(v.replace("\n", "\\n")).append('\n'));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private Document record(IncomingFile in, String fileSha, Record r) {
        String sha = storeBytes(r.canonical());
        Optional<Document> original = documents.findOriginalBySha(sha);
        DocumentState state = original.isPresent() ? DocumentState.DUPLICATE : DocumentState.RECEIVED;
        Document doc = documents.insert(new NewDocument(sha, state, in.channel(), Source.E_APPLICATION,
                InboxFolders.safeFileName(in.originalName()), "text/plain", r.canonical().length, 0, clock.instant(),
                original.map(Document::id).orElse(null), null, true), fileSha);
        audit.append(AuditEntry.of(in.actor(), "RECEIVE", doc.id()).withChange(null, state)
                .withDetail("source=E_APPLICATION form=" + r.form().id()
                        + original.map(o -> " duplicateOf=" + o.id()).orElse("")));
        if (state == DocumentState.DUPLICATE) {
            return doc;
        }
        List<DocumentField> fields = new ArrayList<>();
        for (FieldSpec spec : r.form().allFields()) {
            String value = r.values().getOrDefault(spec.name(), "");
            fields.add(new DocumentField(spec.name(), spec.type(), value, value, 1.0, 0, null, ReadMethod.MANUAL,
                    List.of(), null, null, null));
        }
        readings.replaceFields(doc.id(), fields);
        documents.setForm(doc.id(), r.form().id(), r.form().version());
        documents.compareAndSetState(doc.id(), DocumentState.RECEIVED, DocumentState.EXTRACTED);
        audit.append(AuditEntry.of(ACTOR, "STATE", doc.id()).withChange(DocumentState.RECEIVED, DocumentState.EXTRACTED)
                .withDetail("typed by the applicant: no OCR"));
        return documents.find(doc.id()).orElseThrow();
    }

    private Document quarantine(IncomingFile in, String fileSha, QuarantineReason.Code why) {
        Document doc = documents.insert(new NewDocument(fileSha, DocumentState.QUARANTINED, in.channel(),
                Source.E_APPLICATION, InboxFolders.safeFileName(in.originalName()), null, sizeOf(in.file()), 0,
                clock.instant(), null, why.name(), true), fileSha);
        audit.append(AuditEntry.of(in.actor(), "RECEIVE", doc.id()).withChange(null, DocumentState.QUARANTINED)
                .withDetail("source=E_APPLICATION reason=" + why));
        return doc;
    }

    private void moveOut(IncomingFile in, List<Document> docs, QuarantineReason reason) {
        Document first = docs.get(0);
        Path moved = reason != null ? folders.quarantine(in.file(), first, reason) : folders.archive(in.file(), first);
        for (Document d : docs) {
            documents.markLeftInbox(d.id(), moved.toString());
        }
    }

    private String storeBytes(byte[] bytes) {
        try {
            Files.createDirectories(workDir);
            Path tmp = Files.createTempFile(workDir, "record-", ".txt");
            try {
                Files.write(tmp, bytes);
                return store.put(tmp);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
