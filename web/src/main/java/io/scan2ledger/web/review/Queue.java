package io.scan2ledger.web.review;

import java.time.Instant;
import java.util.List;

/**
 * The exceptions waiting for a supervisor, as the queue page shows them.
 *
 * @param items     the documents that pass the filter, in the chosen order
 * @param reasons   documents per reason (problem code), over the whole queue
 * @param forms     documents per form, over the whole queue
 * @param channels  documents per channel, over the whole queue
 * @param total     documents in the queue before filtering
 * @param truncated more documents wait than the queue lists (the oldest are listed)
 */
public record Queue(List<Item> items, List<Count> reasons, List<Count> forms, List<Count> channels, Filter filter,
                    int total, boolean truncated) {

    /** One waiting document. {@code reasons}: what is wrong, INVALID ones first. */
    public record Item(long id, String formKey, String form, String channel, String channelLabel, Instant receivedAt,
                       String age, List<Reason> reasons, int flaggedFields, boolean dvProtected) {
    }

    public record Reason(String code, String label, boolean invalid) {
    }

    public record Count(String key, String label, long count) {
    }

    /** What the supervisor narrowed the queue to; null or blank means any. */
    public record Filter(String form, String channel, String reason, boolean newestFirst) {

        public boolean matches(Item item) {
            return (blank(form) || form.equals(item.formKey())) && (blank(channel) || channel.equals(item.channel()))
                    && (blank(reason) || item.reasons().stream().anyMatch(r -> r.code().equals(reason)));
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }
}
