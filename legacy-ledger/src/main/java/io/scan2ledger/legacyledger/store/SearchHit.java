package io.scan2ledger.legacyledger.store;

import java.time.LocalDateTime;

/** One line of the search screen's result list. */
public record SearchHit(String daichoNo, String uketsukeNo, String shimei, LocalDateTime torokuNichiji) {
}
