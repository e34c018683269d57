package io.scan2ledger.web.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Failed sign-ins counted per key (a user name and address, or an address): after {@code max}
 * failures within {@code window} of the first, the key is held for {@code window} from the last
 * one, then starts afresh. A hold never lasts longer than the window, so nobody can be shut out for
 * good, only slowed to {@code max} guesses a window.
 *
 * <p>In memory and bounded: at most {@code tracked} keys, the least recently used forgotten first.
 * Not thread-safe: {@link LoginThrottle} synchronises.
 */
final class FailureCount {

    private static final class Attempts {
        int failures;
        Instant firstFailure;
        Instant heldUntil;
        int refused;
    }

    private final int max;
    private final Duration window;
    private final Map<String, Attempts> byKey;

    FailureCount(int max, Duration window, int tracked) {
        this.max = max;
        this.window = window;
        this.byKey = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Attempts> eldest) {
                return size() > tracked;
            }
        };
    }

    int max() {
        return max;
    }

    Duration window() {
        return window;
    }

    /** Counts a failure; {@code true} when this one starts the hold. */
    boolean failed(String key, Instant now) {
        Attempts a = byKey.computeIfAbsent(key, k -> new Attempts());
        if (a.firstFailure == null || a.firstFailure.plus(window).isBefore(now)
                || (a.heldUntil != null && !a.heldUntil.isAfter(now))) {
            a.failures = 0;
            a.firstFailure = now;
            a.heldUntil = null;
            a.refused = 0;
        }
        a.failures++;
        if (a.failures == max) {
            a.heldUntil = now.plus(window);
            return true;
        }
        return false;
    }

    /** How long the key stays held, if it is. */
    Optional<Duration> heldFor(String key, Instant now) {
        Attempts a = byKey.get(key);
        if (a == null || a.heldUntil == null || !a.heldUntil.isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, a.heldUntil));
    }

    /** Counts a sign-in refused while held: 1, 2, 3... within this hold. */
    int refused(String key) {
        Attempts a = byKey.get(key);
        return a == null ? 0 : ++a.refused;
    }

    void forget(String key) {
        byKey.remove(key);
    }
}
