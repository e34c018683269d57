package io.scan2ledger.web.review;

import io.scan2ledger.access.Reader;
import io.scan2ledger.document.Document;
import io.scan2ledger.document.DocumentRepository;
import io.scan2ledger.document.DocumentState;
import io.scan2ledger.extraction.DocumentField;
import io.scan2ledger.extraction.ReadingRepository;
import io.scan2ledger.field.Problem;
import io.scan2ledger.intake.Channels;
import io.scan2ledger.template.Templates;
import io.scan2ledger.web.site.Texts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Loads the exception queue: the NEEDS_REVIEW documents this reader may see (DV-protected ones only
 * with the DV right), oldest first, each with the reasons it is waiting, and counts per reason,
 * form and channel.
 */
@Component
public class ReviewQueue {

    /** The form key of a document whose form is not known yet. */
    public static final String NO_FORM = "-";

    private final DocumentRepository documents;
    private final ReadingRepository readings;
    private final Templates templates;
    private final Channels channels;
    private final MessageSource messages;
    private final Clock clock;
    private final int limit;

    public ReviewQueue(DocumentRepository documents, ReadingRepository readings, Templates templates,
                       Channels channels, MessageSource messages, Clock clock, ReviewProperties properties) {
        this.documents = documents;
        this.readings = readings;
        this.templates = templates;
        this.channels = channels;
        this.messages = messages;
        this.clock = clock;
        this.limit = properties.queueLimit();
    }

    public Queue load(Reader reader, Queue.Filter filter, Locale locale) {
        Instant now = clock.instant();
        List<Queue.Item> all = new ArrayList<>();
        boolean truncated = false;
        // Ids come oldest first, so a queue longer than the limit still shows the documents waiting longest.
        for (long id : documents.findIdsInStates(List.of(DocumentState.NEEDS_REVIEW))) {
            if (all.size() >= limit) {
                truncated = true;
                break;
            }
            documents.find(id).filter(reader::canSee).ifPresent(doc -> all.add(item(doc, now, locale)));
        }
        Comparator<Queue.Item> oldestFirst = Comparator.comparing(Queue.Item::receivedAt)
                .thenComparingLong(Queue.Item::id);
        List<Queue.Item> shown = all.stream().filter(filter::matches)
                .sorted(filter.newestFirst() ? oldestFirst.reversed() : oldestFirst).toList();
        return new Queue(shown,
                counts(all.stream().flatMap(i -> i.reasons().stream().map(r -> new Queue.Count(r.code(), r.label(), 0)))),
                counts(all.stream().map(i -> new Queue.Count(i.formKey(), i.form(), 0))),
                counts(all.stream().map(i -> new Queue.Count(i.channel(), i.channelLabel(), 0))),
                filter, all.size(), truncated);
    }

    private Queue.Item item(Document doc, Instant now, Locale locale) {
        List<DocumentField> fields = readings.fields(doc.id());
        List<Problem> problems = Stream.concat(readings.notes(doc.id()).stream(),
                fields.stream().flatMap(f -> f.problems().stream())).toList();
        Map<String, Queue.Reason> reasons = new LinkedHashMap<>();
        problems.stream().sorted(Comparator.comparing(p -> p.severity() != Problem.Severity.INVALID))
                .forEach(p -> reasons.computeIfAbsent(p.code(), code -> new Queue.Reason(code,
                        messages.getMessage("reason." + code, null, Texts.pick(locale, p.ja(), p.en()), locale),
                        p.severity() == Problem.Severity.INVALID)));
        return new Queue.Item(doc.id(), doc.formId() == null ? NO_FORM : doc.formId(), formLabel(doc.formId(), locale),
                doc.channel(), Texts.channel(locale, channels, doc.channel()), doc.receivedAt(),
                Ages.of(doc.receivedAt(), now, messages, locale), List.copyOf(reasons.values()),
                (int) fields.stream().filter(DocumentField::needsAttention).count(), doc.dvProtected());
    }

    String formLabel(String formId, Locale locale) {
        if (formId == null) {
            return messages.getMessage("form.unknown", null, locale);
        }
        return templates.byId(formId).map(t -> Texts.pick(locale, t.title(), t.titleEn())).orElse(formId);
    }

    /** Counts by key, the label of each key's first occurrence; the largest first. */
    private static List<Queue.Count> counts(Stream<Queue.Count> occurrences) {
        Map<String, List<Queue.Count>> byKey = occurrences.collect(Collectors.groupingBy(Queue.Count::key,
                LinkedHashMap::new, Collectors.toList()));
        return byKey.values().stream().map(list -> new Queue.Count(list.get(0).key(), list.get(0).label(), list.size()))
                .sorted(Comparator.comparingLong(Queue.Count::count).reversed()).toList();
    }
}
