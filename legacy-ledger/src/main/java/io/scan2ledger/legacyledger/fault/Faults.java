package io.scan2ledger.legacyledger.fault;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The switchboard of faults: consulted by every screen, set by tests and the admin endpoint. */
public final class Faults {

    private static final Logger log = LoggerFactory.getLogger(Faults.class);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FaultSettings atStart;
    private final AtomicInteger sessionGeneration = new AtomicInteger();
    private volatile FaultSettings settings;
    private long hits;
    private Random random;

    public Faults(FaultSettings atStart) {
        this.atStart = atStart;
        set(atStart);
    }

    public FaultSettings settings() {
        return settings;
    }

    /** Replaces all settings and restarts the N-th counter and the seeded random sequence. */
    public synchronized Faults set(FaultSettings next) {
        settings = next;
        hits = 0;
        random = new Random(next.failSeed());
        return this;
    }

    /** Back to the settings the ledger started with. */
    public Faults reset() {
        return set(atStart);
    }

    public Faults clear() {
        return set(FaultSettings.none());
    }

    /**
     * Changes only the named settings ({@link FaultSettings}' component names, as in the admin JSON);
     * the rest stay as they are.
     *
     * @throws IllegalArgumentException for an unknown name or a value out of range
     */
    public Faults change(Map<String, ?> changes) {
        Map<String, Object> merged = JSON.convertValue(settings, new TypeReference<Map<String, Object>>() { });
        merged.putAll(changes);
        return set(JSON.convertValue(merged, FaultSettings.class));
    }

    /** Slows the given points (none given: every screen). */
    public Faults delay(long millis, FaultPoint... on) {
        return change(Map.of("delayMs", millis, "delayOn", points(on)));
    }

    public Faults failEveryNth(int n, FaultPoint... on) {
        return change(Map.of("failEveryNth", n, "failOn", points(on)));
    }

    public Faults failRate(double rate, long seed, FaultPoint... on) {
        return change(Map.of("failRate", rate, "failSeed", seed, "failOn", points(on)));
    }

    public Faults failAfterCommitOn(FaultPoint... on) {
        return change(Map.of("failAfterCommitOn", Set.of(on)));
    }

    /** Registration stores these items wrong (see {@link Corruption}); null mode: stored right again. */
    public Faults corrupt(Corruption mode, String... items) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("corrupt", mode == null ? null : mode.jsonName());
        change.put("corruptItems", Arrays.asList(items));
        return change(change);
    }

    /**
     * The columns as registration will store them: unchanged unless the {@code corrupt} fault is on.
     *
     * @param columnOf an item's column in this ledger, or null when the ledger has no such item
     */
    public Map<String, Object> stored(Map<String, Object> columns, Function<String, String> columnOf) {
        FaultSettings s = settings;
        List<String> hit = s.corrupt() == null ? List.of()
                : s.corruptItems().stream().map(columnOf).filter(Objects::nonNull).toList();
        if (hit.isEmpty() || s.corrupt() == Corruption.SWAP && hit.size() < 2) {
            return columns;
        }
        Map<String, Object> out = new LinkedHashMap<>(columns);
        switch (s.corrupt()) {
            case TRUNCATE -> hit.forEach(c -> out.put(c, out.get(c) instanceof String t ? t.substring(0, t.length() / 2) : null));
            case NULL -> hit.forEach(c -> out.put(c, out.get(c) instanceof String ? "" : null));
            case SWAP -> {
                out.put(hit.get(0), columns.get(hit.get(1)));
                out.put(hit.get(1), columns.get(hit.get(0)));
            }
        }
        log.info("injected corruption {} of {} item(s)", s.corrupt().jsonName(), hit.size());
        return out;
    }

    public Faults down(boolean down) {
        return change(Map.of("down", down));
    }

    /** Every session logged in so far counts as timed out on its next request. */
    public void expireSessionsNow() {
        sessionGeneration.incrementAndGet();
        log.info("all sessions expired on request");
    }

    public int sessionGeneration() {
        return sessionGeneration.get();
    }

    public boolean isDown() {
        return settings.down();
    }

    /** One request at {@code point}: waits if it is slow, then fails if its turn has come. */
    public void hit(FaultPoint point) {
        FaultSettings s = settings;
        if (s.delays(point)) {
            pause(s.delayMs());
        }
        if (s.failOn().contains(point) && turnToFail(s)) {
            log.info("injected failure at {}", point.jsonName());
            throw new InjectedFailure(point, "before commit");
        }
    }

    /** After {@code point}'s work was committed: fails if its response is to be lost. */
    public void afterCommit(FaultPoint point) {
        if (settings.failAfterCommitOn().contains(point)) {
            log.info("injected lost response at {} after commit", point.jsonName());
            throw new InjectedFailure(point, "after commit");
        }
    }

    private synchronized boolean turnToFail(FaultSettings s) {
        hits++;
        boolean nth = s.failEveryNth() > 0 && hits % s.failEveryNth() == 0;
        boolean chance = s.failRate() > 0 && random.nextDouble() < s.failRate();
        return nth || chance;
    }

    private static Set<FaultPoint> points(FaultPoint... on) {
        return on.length == 0 ? EnumSet.allOf(FaultPoint.class) : Set.of(on);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
