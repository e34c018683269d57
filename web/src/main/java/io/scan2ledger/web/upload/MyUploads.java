package io.scan2ledger.web.upload;

import io.scan2ledger.access.Reader;
import io.scan2ledger.audit.AuditRecord;
import io.scan2ledger.audit.AuditTrail;
import io.scan2ledger.document.Document;
import io.scan2ledger.document.DocumentQuery;
import io.scan2ledger.document.DocumentRepository;
import io.scan2ledger.document.Source;
import io.scan2ledger.intake.Channels;
import io.scan2ledger.intake.QuarantineReason;
import io.scan2ledger.web.review.Ages;
import io.scan2ledger.web.site.Texts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A clerk's own recent uploads and what became of them (the uploader is the actor of the RECEIVE row). */
@Component
public class MyUploads {

    private static final int SCANNED = 100;
    private static final int SHOWN = 20;

    /** One upload: its state in the clerk's language and, when quarantined, why. */
    public record Upload(long id, String state, String stateLabel, String channel, String age, String reason) {
    }

    private final DocumentRepository documents;
    private final AuditTrail audit;
    private final Channels channels;
    private final MessageSource messages;
    private final Clock clock;

    public MyUploads(DocumentRepository documents, AuditTrail audit, Channels channels, MessageSource messages,
                     Clock clock) {
        this.documents = documents;
        this.audit = audit;
        this.channels = channels;
        this.messages = messages;
        this.clock = clock;
    }

    public List<Upload> of(Reader reader, Locale locale) {
        Instant now = clock.instant();
        return documents.search(new DocumentQuery(Optional.empty(), reader.visibleChannels(), reader.dvAccess(),
                        SCANNED)).stream()
                .filter(d -> d.source() == Source.UPLOAD && uploadedBy(d, reader.username()))
                .limit(SHOWN)
                .map(d -> new Upload(d.id(), d.state().name(),
                        messages.getMessage("state." + d.state().name(), null, d.state().name(), locale),
                        Texts.channel(locale, channels, d.channel()), Ages.of(d.receivedAt(), now, messages, locale),
                        reason(d, locale)))
                .toList();
    }

    private boolean uploadedBy(Document d, String username) {
        List<AuditRecord> history = audit.historyOf(d.id());
        return !history.isEmpty() && username.equals(history.get(0).entry().actor());
    }

    static String reason(Document d, Locale locale) {
        if (d.quarantineCode() == null) {
            return null;
        }
        QuarantineReason.Code code = QuarantineReason.Code.valueOf(d.quarantineCode());
        return Texts.pick(locale, code.japanese(), code.english());
    }
}
