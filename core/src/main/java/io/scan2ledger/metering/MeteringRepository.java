package io.scan2ledger.metering;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Port: the facts effect metering is computed from. Nothing is stored twice: they come from the documents and keyings. */
public interface MeteringRepository {

    /** A document every bot of its form has keyed, and when the last of them did. */
    record Automated(long documentId, String formId, Instant keyedAt) {
    }

    /** A scanned document read into data: its pages count as digitised on the day it was received. */
    record Digitised(String formId, int pages, Instant receivedAt) {
    }

    List<Automated> automated(Instant from, Instant to);

    List<Digitised> digitised(Instant from, Instant to);

    /** Bots that keyed (or found) at least one record in the period. */
    Set<String> botsUsed(Instant from, Instant to);
}
