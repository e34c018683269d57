package io.scan2ledger.web.api;

import io.scan2ledger.access.Reader;
import io.scan2ledger.audit.AuditTrail;
import io.scan2ledger.document.Document;
import io.scan2ledger.document.DocumentQuery;
import io.scan2ledger.document.DocumentRepository;
import io.scan2ledger.document.DocumentState;
import io.scan2ledger.intake.IntakeResult;
import io.scan2ledger.review.ReviewService;
import io.scan2ledger.web.security.UserAccount;
import io.scan2ledger.web.upload.Uploads;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@RestController
@RequestMapping("/api/documents")
public class DocumentApi {

    private final DocumentRepository documents;
    private final AuditTrail audit;
    private final ReviewService review;
    private final Uploads uploads;

    public DocumentApi(DocumentRepository documents, AuditTrail audit, ReviewService review, Uploads uploads) {
        this.documents = documents;
        this.audit = audit;
        this.review = review;
        this.uploads = uploads;
    }

    /** Upload one scan. 201 for a new document, 200 for a duplicate, 422 with the reason when refused. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<Map<String, Object>> upload(@RequestParam("file") MultipartFile file,
                                                      @RequestParam(value = "channel", required = false) String channel,
                                                      @AuthenticationPrincipal UserAccount user) throws IOException {
        String target = uploads.channelOrDefault(channel);
        if (!uploads.mayUse(user.reader(), target)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown channel / 不明な受付窓口です");
        }
        IntakeResult result = uploads.submit(file, target, user.reader());
        Document doc = result.document().orElseThrow();
        HttpStatus status = switch (result.outcome()) {
            case RECEIVED -> HttpStatus.CREATED;
            case QUARANTINED -> HttpStatus.UNPROCESSABLE_ENTITY;
            default -> HttpStatus.OK;
        };
        var body = new LinkedHashMap<String, Object>();
        body.put("id", doc.id());
        body.put("state", doc.state().name());
        body.put("outcome", result.outcome().name());
        body.put("sha256", doc.sha256());
        doc.duplicateOfId().ifPresent(d -> body.put("duplicateOf", d));
        result.reason().ifPresent(r -> body.put("reason",
                Map.of("code", r.code().name(), "ja", r.code().japanese(), "en", r.code().english())));
        return ResponseEntity.status(status).body(body);
    }

    @GetMapping
    public List<DocumentView> list(@RequestParam(value = "state", required = false) DocumentState state,
                                   @RequestParam(value = "channel", required = false) String channel,
                                   @RequestParam(value = "limit", required = false, defaultValue = "50") int limit,
                                   @AuthenticationPrincipal UserAccount user) {
        Reader reader = user.reader();
        Set<String> visible = reader.visibleChannels();
        Set<String> wanted;
        if (channel == null || channel.isBlank()) {
            wanted = visible;
        } else if (visible.isEmpty() || visible.contains(channel)) {
            wanted = Set.of(channel);
        } else {
            return List.of();
        }
        var query = new DocumentQuery(Optional.ofNullable(state), wanted, reader.dvAccess(), limit);
        return documents.search(query).stream().map(DocumentView::summary).toList();
    }

    /** The document with its fields (My Number masked) and notes. Every view is audited. */
    @GetMapping("/{id}")
    public DocumentView get(@PathVariable long id, @AuthenticationPrincipal UserAccount user) {
        Reader reader = user.reader();
        Document doc = review.open(id, reader, "api");
        return DocumentView.of(doc, FieldView.all(review.fields(id, reader)),
                FieldView.ProblemView.all(review.notes(id, reader)), review.confirmations(id, reader),
                audit.historyOf(id));
    }

    /** A correction, re-validated at once: the fields with their new problems. */
    @PostMapping(path = "/{id}/fields/{name}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Revalidated correct(@PathVariable long id, @PathVariable String name, @RequestBody Map<String, String> body,
                               @AuthenticationPrincipal UserAccount user) {
        review.correct(id, name, body.get("value"), user.reader());
        return Revalidated.of(review, id, user.reader());
    }

    /**
     * Confirms a flagged field as it is (the caller looked at it). 200 with the fields and what the
     * caller has still to confirm; 409 {@code NOT_FLAGGED} or {@code INVALID_FIELD} otherwise.
     */
    @PostMapping("/{id}/fields/{name}/confirm")
    public Revalidated confirm(@PathVariable long id, @PathVariable String name,
                               @AuthenticationPrincipal UserAccount user) {
        review.confirm(id, name, user.reader());
        return Revalidated.of(review, id, user.reader());
    }

    /**
     * 200 with the state: APPROVED, or NEEDS_REVIEW while a four-eyes form awaits its second approval.
     * 409 {@code UNCONFIRMED_FIELDS} (with {@code fields}) while a flagged field is not confirmed.
     */
    @PostMapping("/{id}/approve")
    public Map<String, Object> approve(@PathVariable long id, @AuthenticationPrincipal UserAccount user) {
        DocumentState state = review.approve(id, user.reader());
        return Map.of("id", id, "state", state.name(), "awaitingSecondApproval", state != DocumentState.APPROVED);
    }

    @PostMapping(path = "/{id}/reject", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> reject(@PathVariable long id, @RequestBody Map<String, String> body,
                                      @AuthenticationPrincipal UserAccount user) {
        review.reject(id, body.get("reason"), user.reader());
        return Map.of("id", id, "state", DocumentState.REJECTED.name());
    }
}
