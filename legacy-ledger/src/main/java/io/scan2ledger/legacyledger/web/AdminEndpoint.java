package io.scan2ledger.legacyledger.web;

import io.scan2ledger.legacyledger.fault.FaultSettings;
import io.scan2ledger.legacyledger.fault.Faults;
import io.scan2ledger.legacyledger.ledger.Ledgers;
import io.scan2ledger.legacyledger.store.LedgerStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON for tests and the launcher; guarded by {@link AdminToken}, exempt from the faults. */
@RestController
@RequestMapping("/admin")
class AdminEndpoint {

    private final Faults faults;
    private final LedgerStore store;

    AdminEndpoint(Faults faults, LedgerStore store) {
        this.faults = faults;
        this.store = store;
    }

    @GetMapping("/faults")
    FaultSettings faults() {
        return faults.settings();
    }

    /** Changes only the settings named in the body; {@code "expireSessionsNow": true} logs everyone out. */
    @PostMapping("/faults")
    FaultSettings changeFaults(@RequestBody Map<String, Object> body) {
        Map<String, Object> changes = new HashMap<>(body);
        if (Boolean.TRUE.equals(changes.remove("expireSessionsNow"))) {
            faults.expireSessionsNow();
        }
        return faults.change(changes).settings();
    }

    @GetMapping("/records")
    List<Map<String, Object>> records(@RequestParam String ledger) {
        return store.records(Ledgers.find(ledger)
                .orElseThrow(() -> new IllegalArgumentException("unknown ledger " + ledger)));
    }

    /** Empties both ledgers, restarts their numbering and puts the faults back as configured. */
    @PostMapping("/reset")
    Map<String, Object> reset() {
        store.clear();
        faults.reset();
        return Map.of("reset", true);
    }

    @ExceptionHandler({IllegalArgumentException.class, HttpMessageNotReadableException.class})
    ResponseEntity<Map<String, String>> badRequest(Exception e) {
        return ResponseEntity.badRequest().body(Map.of("error", String.valueOf(e.getMessage())));
    }
}
