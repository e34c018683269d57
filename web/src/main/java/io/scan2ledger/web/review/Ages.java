package io.scan2ledger.web.review;

import org.springframework.context.MessageSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** How long something has waited, in its largest whole unit: 「3日前」, "3 days ago". */
public final class Ages {

    private Ages() {
    }

    public static String of(Instant since, Instant now, MessageSource messages, Locale locale) {
        Duration d = Duration.between(since, now);
        if (d.toDays() > 0) {
            return messages.getMessage("age.days", new Object[]{d.toDays()}, locale);
        }
        if (d.toHours() > 0) {
            return messages.getMessage("age.hours", new Object[]{d.toHours()}, locale);
        }
        if (d.toMinutes() > 0) {
            return messages.getMessage("age.minutes", new Object[]{d.toMinutes()}, locale);
        }
        return messages.getMessage("age.now", null, locale);
    }
}
