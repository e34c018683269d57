package io.scan2ledger.extraction;

import io.scan2ledger.audit.AuditEntry;
import io.scan2ledger.audit.AuditTrail;
import io.scan2ledger.document.Document;
import io.scan2ledger.document.DocumentRepository;
import io.scan2ledger.document.DocumentState;
import io.scan2ledger.document.OriginalStore;
import io.scan2ledger.field.FieldType;
import io.scan2ledger.field.FieldTypes;
import io.scan2ledger.field.Parsed;
import io.scan2ledger.field.Problem;
import io.scan2ledger.intake.QuarantineReason;
import io.scan2ledger.support.Transactions;
import io.scan2ledger.template.FieldSpec;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.template.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The extraction stage: RECEIVED → EXTRACTED (fields read and typed), or NEEDS_REVIEW when the
 * form is not recognised (a supervisor picks it), or QUARANTINED when the pages cannot be rendered.
 */
public class ExtractionService {

    private static final Logger log = LoggerFactory.getLogger(ExtractionService.class);
    static final String ACTOR = "system:extraction";

    private final DocumentRepository documents;
    private final ReadingRepository readings;
    private final OriginalStore store;
    private final FormReader reader;
    private final Templates templates;
    private final FieldTypes types;
    private final AuditTrail audit;
    private final Transactions tx;
    private final Path workDir;

    public ExtractionService(DocumentRepository documents, ReadingRepository readings, OriginalStore store,
                             FormReader reader, Templates templates, FieldTypes types, AuditTrail audit,
                             Transactions tx, Path workDir) {
        this.documents = documents;
        this.readings = readings;
        this.store = store;
        this.reader = reader;
        this.templates = templates;
        this.types = types;
        this.audit = audit;
        this.tx = tx;
        this.workDir = workDir;
    }

    /** @return the state the document is in afterwards (unchanged if it was not RECEIVED) */
    public DocumentState extract(long documentId) {
        Optional<Document> found = documents.find(documentId);
        if (found.isEmpty() || found.get().state() != DocumentState.RECEIVED) {
            return found.map(Document::state).orElse(null);
        }
        Document doc = found.get();
        Optional<FormTemplate> chosen = Optional.ofNullable(doc.formId()).flatMap(templates::byId);
        long started = System.nanoTime();
        Reading reading = readOriginal(doc, chosen);
        DocumentState next;
        if (reading instanceof Reading.Classified classified) {
            next = recordClassified(doc, classified);
        } else if (reading instanceof Reading.Unclassified unclassified) {
            next = recordUnclassified(doc, unclassified);
        } else {
            next = recordUnreadable(doc, (Reading.Unreadable) reading);
        }
        log.info("extraction.done document={} state={} pages={} ms={}", doc.id(), next, reading.pages().size(),
                (System.nanoTime() - started) / 1_000_000);
        return next;
    }

    private Reading readOriginal(Document doc, Optional<FormTemplate> chosen) {
        Path copy = null;
        try {
            Files.createDirectories(workDir);
            copy = Files.createTempFile(workDir, "doc-" + doc.id() + "-", ".original");
            try (InputStream in = store.open(doc.sha256())) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            return reader.read(copy, chosen);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stored original of document " + doc.id(), e);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException ignored) {
                    // a stray temporary copy is removed with the work directory
                }
            }
        }
    }

    private DocumentState recordClassified(Document doc, Reading.Classified reading) {
        FormTemplate template = reading.template();
        List<DocumentField> fields = typed(template, reading.fields());
        return tx.inTransaction(() -> {
            readings.replacePages(doc.id(), reading.pages());
            readings.replaceFields(doc.id(), fields);
            readings.replaceNotes(doc.id(), reading.notes());
            documents.setForm(doc.id(), template.id(), template.version());
            return move(doc, DocumentState.EXTRACTED, "form=" + template.id() + " v" + template.version());
        });
    }

    private DocumentState recordUnclassified(Document doc, Reading.Unclassified reading) {
        Problem note = Problem.review("UNCLASSIFIED", "様式を判別できませんでした。様式を選んでください。",
                "The form could not be recognised. Please choose the form.");
        return tx.inTransaction(() -> {
            readings.replacePages(doc.id(), reading.pages());
            readings.replaceFields(doc.id(), List.of());
            readings.replaceNotes(doc.id(), List.of(note));
            return move(doc, DocumentState.NEEDS_REVIEW, "unclassified: " + reading.why());
        });
    }

    private DocumentState recordUnreadable(Document doc, Reading.Unreadable reading) {
        return tx.inTransaction(() -> {
            documents.setQuarantineCode(doc.id(), reading.code().name());
            return move(doc, DocumentState.QUARANTINED, "unreadable: " + reading.detail());
        });
    }

    private DocumentState move(Document doc, DocumentState to, String detail) {
        if (!documents.compareAndSetState(doc.id(), DocumentState.RECEIVED, to)) {
            throw new IllegalStateException("document " + doc.id() + " left RECEIVED while it was being read");
        }
        audit.append(AuditEntry.of(ACTOR, "STATE", doc.id()).withChange(DocumentState.RECEIVED, to).withDetail(detail));
        return to;
    }

    /** Gives each read field its type's normalised value and problems. */
    List<DocumentField> typed(FormTemplate template, List<FieldRead> reads) {
        Map<String, FieldRead> byName = reads.stream().collect(Collectors.toMap(FieldRead::name, Function.identity(),
                (a, b) -> a));
        List<DocumentField> out = new ArrayList<>();
        for (FieldSpec spec : template.allFields()) {
            FieldRead read = byName.get(spec.name());
            if (read == null) {
                continue;
            }
            FieldType type = types.get(spec.type());
            Parsed parsed = type.parse(read.rawText(), spec.optionValues());
            out.add(new DocumentField(spec.name(), spec.type(), read.rawText(), parsed.text(), read.confidence(),
                    read.page(), read.box(), read.method(), parsed.problems(), null, null, read.evidence()));
        }
        return out;
    }
}
