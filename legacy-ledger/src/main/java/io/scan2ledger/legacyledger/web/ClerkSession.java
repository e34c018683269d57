package io.scan2ledger.legacyledger.web;

import io.scan2ledger.legacyledger.ledger.Entry;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the old system keeps in its HTTP session: the CSRF token of every form, who is logged in,
 * and the entry waiting on each ledger's confirmation screen.
 */
public final class ClerkSession {

    /** The session and request attribute name; controllers take it with {@code @RequestAttribute}. */
    public static final String KEY = "io.scan2ledger.legacyledger.ClerkSession";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String token;
    private final String user;
    private final int generation;
    private volatile Instant lastSeen;
    private final Map<String, Entry> drafts = new ConcurrentHashMap<>();

    private ClerkSession(String user, int generation, Instant now) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        this.token = HexFormat.of().formatHex(bytes);
        this.user = user;
        this.generation = generation;
        this.lastSeen = now;
    }

    /** The session of the login screen: a token for its form, nobody logged in yet. */
    static ClerkSession beforeLogin(HttpSession http) {
        return find(http).orElseGet(() -> store(http, new ClerkSession(null, 0, Instant.EPOCH)));
    }

    /** A fresh session (new token) for a user who just logged in. */
    static ClerkSession signIn(HttpSession http, String user, int generation, Instant now) {
        return store(http, new ClerkSession(user, generation, now));
    }

    static Optional<ClerkSession> find(HttpSession http) {
        return Optional.ofNullable(http).map(s -> (ClerkSession) s.getAttribute(KEY));
    }

    private static ClerkSession store(HttpSession http, ClerkSession session) {
        http.setAttribute(KEY, session);
        return session;
    }

    public String user() {
        return user;
    }

    public String token() {
        return token;
    }

    boolean loggedIn() {
        return user != null;
    }

    boolean tokenMatches(String submitted) {
        return submitted != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII),
                submitted.getBytes(StandardCharsets.US_ASCII));
    }

    /** Idle too long, or logged in before the last "expire all sessions now". */
    boolean expired(Instant now, Duration timeout, int currentGeneration) {
        return generation != currentGeneration || lastSeen.plus(timeout).isBefore(now);
    }

    void touch(Instant now) {
        lastSeen = now;
    }

    public Optional<Entry> draft(String ledgerId) {
        return Optional.ofNullable(drafts.get(ledgerId));
    }

    public void keepDraft(String ledgerId, Entry entry) {
        drafts.put(ledgerId, entry);
    }

    public void dropDraft(String ledgerId) {
        drafts.remove(ledgerId);
    }
}
