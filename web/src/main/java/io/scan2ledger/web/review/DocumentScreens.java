package io.scan2ledger.web.review;

import io.scan2ledger.access.Reader;
import io.scan2ledger.access.Role;
import io.scan2ledger.audit.AuditRecord;
import io.scan2ledger.audit.AuditTrail;
import io.scan2ledger.certainty.Doubts;
import io.scan2ledger.document.Document;
import io.scan2ledger.document.DocumentState;
import io.scan2ledger.document.OriginalStore;
import io.scan2ledger.extraction.DocumentField;
import io.scan2ledger.extraction.PageRead;
import io.scan2ledger.extraction.ReadingRepository;
import io.scan2ledger.field.Problem;
import io.scan2ledger.intake.Channels;
import io.scan2ledger.review.ApprovalRepository;
import io.scan2ledger.review.ReviewService;
import io.scan2ledger.template.FormTemplate;
import io.scan2ledger.template.Templates;
import io.scan2ledger.web.api.DoubtView;
import io.scan2ledger.web.review.DocumentScreen.FieldRow;
import io.scan2ledger.web.review.DocumentScreen.Message;
import io.scan2ledger.web.site.Texts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds the document page for one reader; opening it is the audited VIEW. */
@Component
public class DocumentScreens {

    private static final Pattern TABLE_CELL = Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+)");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ReviewService review;
    private final ReadingRepository readings;
    private final OriginalStore store;
    private final ApprovalRepository approvals;
    private final AuditTrail audit;
    private final Templates templates;
    private final Channels channels;
    private final ReviewQueue queue;
    private final MessageSource messages;
    private final RevealedNumbers revealed;
    private final Clock clock;
    private final ZoneId zone;
    private final int dpi;

    public DocumentScreens(ReviewService review, ReadingRepository readings, OriginalStore store,
                           ApprovalRepository approvals,
                           AuditTrail audit, Templates templates, Channels channels, ReviewQueue queue,
                           MessageSource messages, RevealedNumbers revealed, Clock clock,
                           @Value("${scan2ledger.zone:Asia/Tokyo}") ZoneId zone, ReviewProperties properties) {
        this.review = review;
        this.readings = readings;
        this.store = store;
        this.approvals = approvals;
        this.audit = audit;
        this.templates = templates;
        this.channels = channels;
        this.queue = queue;
        this.messages = messages;
        this.revealed = revealed;
        this.clock = clock;
        this.zone = zone;
        this.dpi = properties.imageDpi();
    }

    public DocumentScreen open(long id, Reader reader, Locale locale) {
        Document doc = review.open(id, reader, "web");
        Optional<FormTemplate> form = Optional.ofNullable(doc.formId()).flatMap(templates::byId);
        // Retention may have removed the original of a finished document: then there is no image to show.
        boolean kept = doc.sha256() != null && store.contains(doc.sha256());
        List<DocumentField> fields = review.fields(id, reader);
        boolean supervisor = reader.has(Role.SUPERVISOR);
        DocumentState state = doc.state();
        boolean open = state == DocumentState.NEEDS_REVIEW;
        boolean canCorrect = supervisor && (open || state == DocumentState.VALIDATED);
        Set<String> unconfirmed = Set.copyOf(ReviewService.unconfirmed(fields, review.confirmations(id, reader),
                reader.username()));
        List<FieldRow> rows = fields.stream()
                .map(f -> row(id, f, form, kept, canCorrect, unconfirmed, locale))
                .sorted(Comparator.comparingInt(DocumentScreens::urgency))
                .toList();
        List<String> approvers = open ? approvals.approvers(id) : List.of();
        List<PageRead> pages = kept ? readings.pages(id) : List.of();
        return new DocumentScreen(id, state.name(), messages.getMessage("state." + state.name(), null, locale),
                queue.formLabel(doc.formId(), locale), Texts.channel(locale, channels, doc.channel()),
                TIME.format(doc.receivedAt().atZone(zone)), Ages.of(doc.receivedAt(), clock.instant(), messages, locale),
                doc.dvProtected(), messages(review.notes(id, reader), locale), rows,
                pages.stream().map(p -> page(p, fields)).toList(),
                rows.stream().filter(r -> r.status().equals("invalid")).count(),
                rows.stream().filter(r -> r.status().equals("review")).count(),
                rows.stream().filter(r -> r.confirm().equals("todo") || r.confirm().equals("reveal")).count(),
                canCorrect,
                supervisor && open && doc.formId() != null,
                supervisor && state.canMoveTo(DocumentState.REJECTED),
                supervisor && open && doc.formId() == null,
                templates.all().stream().map(t -> new DocumentScreen.Choice(t.id(), Texts.pick(locale, t.title(),
                        t.titleEn()))).toList(),
                supervisor, reader.has(Role.ADMIN), approvers, corrections(id, approvers, rows), history(id, locale));
    }

    /**
     * What the earlier approver of a four-eyes form corrected (a correction voids approvals, so each
     * of theirs came before their approval), for the second approver to look at.
     */
    private List<DocumentScreen.CorrectionRow> corrections(long id, List<String> approvers, List<FieldRow> rows) {
        if (approvers.isEmpty()) {
            return List.of();
        }
        List<DocumentScreen.CorrectionRow> out = new ArrayList<>();
        for (AuditRecord r : audit.historyOf(id)) {
            var e = r.entry();
            String field = e.detail() == null ? "" : e.detail().replaceFirst("^field=", "");
            if (e.action().equals("CORRECT") && approvers.contains(e.actor())) {
                FieldRow row = rows.stream().filter(x -> x.name().equals(field)).findFirst().orElse(null);
                out.add(new DocumentScreen.CorrectionRow(field, row == null ? field : row.label(), e.actor(),
                        TIME.format(r.at().atZone(zone)), row == null ? "" : row.shown()));
            }
        }
        return out;
    }

    private FieldRow row(long id, DocumentField f, Optional<FormTemplate> form, boolean imaged, boolean canCorrect,
                         Set<String> unconfirmed, Locale locale) {
        boolean myNumber = MyNumberMask.applies(f);
        boolean shownInFull = myNumber && revealed.has(id, f.name());
        boolean masked = myNumber && !shownInFull;
        String input = masked ? "" : (f.value() == null || f.value().isEmpty() ? f.rawText() : f.value());
        String shown = MyNumberMask.value(f, shownInFull);
        // Only a doubtful field spells out its doubt; a sure one shows its probability alone.
        DoubtView doubt = f.needsAttention() ? DoubtView.of(f, shownInFull) : null;
        // A hidden My Number's weak characters are only a count: nothing to mark in its masked value.
        String weak = doubt == null || masked ? "" : doubt.weakCharacters();
        // The reasons listed under the field are not repeated in its LOW_CONFIDENCE problem.
        List<Doubts.Reason> listed = doubt == null ? List.of() : doubt.reasons();
        List<Message> problems = f.problems().stream().map(p -> message(Doubts.without(p, listed), p, locale)).toList();
        return new FieldRow(f.name(), inputId(f.name()), label(form, f.name(), locale), f.type(), shown,
                WeakMarks.of(shown, weak), input == null ? "" : input, Doubts.percent(f.confidence()),
                f.method().name(), problems, doubt(doubt, canCorrect && !masked, locale),
                status(f), myNumber, shownInFull, imaged && f.box() != null && f.page() > 0,
                confirm(f, canCorrect, masked, unconfirmed));
    }

    /** See {@link FieldRow}: confirming means having looked, which a hidden My Number does not allow. */
    private static String confirm(DocumentField f, boolean canCorrect, boolean masked, Set<String> unconfirmed) {
        if (!canCorrect || !status(f).equals("review")) {
            return "";
        }
        if (!unconfirmed.contains(f.name())) {
            return "done";
        }
        return masked ? "reveal" : "todo";
    }

    private static DocumentScreen.Doubt doubt(DoubtView doubt, boolean choosable, Locale locale) {
        if (doubt == null || (doubt.reasons().isEmpty() && doubt.alternatives().isEmpty())) {
            return null;
        }
        // The English reasons are written to follow "Read with 62.3% certainty." in the problem's
        // sentence; standing alone in a list, each starts with a capital.
        List<Message> reasons = doubt.reasons().stream()
                .map(r -> new Message(r.code(), "reason", Texts.pick(locale, r.ja(), capitalised(r.en())))).toList();
        return new DocumentScreen.Doubt(reasons, doubt.alternatives(), choosable);
    }

    private static String capitalised(String text) {
        return text == null || text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private DocumentScreen.PageView page(PageRead read, List<DocumentField> fields) {
        PageScale scale = PageScale.of(dpi, read);
        List<DocumentScreen.Zone> zones = new ArrayList<>();
        for (DocumentField f : fields) {
            if (f.page() == read.page() && f.box() != null) {
                var box = scale.apply(f.box());
                zones.add(new DocumentScreen.Zone(f.name(), inputId(f.name()), box.x(), box.y(), box.w(), box.h(),
                        status(f)));
            }
        }
        return new DocumentScreen.PageView(read.page(), scale.apply(read.widthPx()), scale.apply(read.heightPx()),
                zones);
    }

    /** The printed label; a table cell also names its table and row (対象児童 2 氏名). */
    private static String label(Optional<FormTemplate> form, String name, Locale locale) {
        if (form.isEmpty()) {
            return name;
        }
        String label = form.get().field(name).map(s -> Texts.pick(locale, s.label(), s.labelEn())).orElse(name);
        Matcher cell = TABLE_CELL.matcher(name);
        if (cell.matches()) {
            String table = form.get().tables().stream().filter(t -> t.name().equals(cell.group(1))).findFirst()
                    .map(t -> Texts.pick(locale, t.label(), t.labelEn())).orElse(cell.group(1));
            return table + " " + (Integer.parseInt(cell.group(2)) + 1) + " " + label;
        }
        return label;
    }

    public static String inputId(String fieldName) {
        return "f-" + fieldName.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    static String status(DocumentField f) {
        if (f.problems().stream().anyMatch(p -> p.severity() == Problem.Severity.INVALID)) {
            return "invalid";
        }
        return f.problems().isEmpty() ? "ok" : "review";
    }

    private static int urgency(FieldRow row) {
        return switch (row.status()) {
            case "invalid" -> 0;
            case "review" -> 1;
            default -> 2;
        };
    }

    private static List<Message> messages(List<Problem> problems, Locale locale) {
        return problems.stream().map(p -> message(p, p, locale)).toList();
    }

    /** {@code shown} as the page shows it, {@code whole} as the API gives it. */
    private static Message message(Problem shown, Problem whole, Locale locale) {
        return new Message(shown.code(), shown.severity().name().toLowerCase(Locale.ROOT),
                Texts.pick(locale, shown.ja(), shown.en()), Texts.pick(locale, whole.ja(), whole.en()));
    }

    /** The document's history without the VIEW rows (every page view is one; the audit trail keeps them). */
    private List<DocumentScreen.HistoryRow> history(long id, Locale locale) {
        List<DocumentScreen.HistoryRow> out = new ArrayList<>();
        for (AuditRecord r : audit.historyOf(id)) {
            var e = r.entry();
            if (e.action().equals("VIEW")) {
                continue;
            }
            String change = e.before() == null && e.after() == null ? ""
                    : (e.before() == null ? "" : e.before()) + " → " + (e.after() == null ? "" : e.after());
            out.add(new DocumentScreen.HistoryRow(TIME.format(r.at().atZone(zone)), e.actor(),
                    messages.getMessage("action." + e.action(), null, e.action(), locale), change,
                    e.detail() == null ? "" : e.detail()));
        }
        return out;
    }
}
