package io.scan2ledger.web.security;

import io.scan2ledger.audit.AuditEntry;
import io.scan2ledger.audit.AuditTrail;
import io.scan2ledger.support.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationListener;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Failed logins per user name and address. After {@code maxFailures} failures within the lock time,
 * that pair is locked for the lock time, even with the right password, which makes guessing a
 * password from one machine hopeless while the user can still sign in from another desk. Every
 * failure is logged, its user name hashed, and audited.
 *
 * <p>Counted from Spring Security's authentication events, so the login form and the API's HTTP
 * Basic share one count. In memory and bounded: at most {@code tracked} pairs are remembered, the least recently used
 * are forgotten first. A restart forgets every lock. Each node of a cluster counts on its own.
 */
public class LoginThrottle implements ApplicationListener<AbstractAuthenticationEvent> {

    private static final class Attempts {
        int failures;
        Instant firstFailure;
        Instant lockedUntil;
    }

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final int maxFailures;
    private final AuditTrail audit;
    private final Duration lock;
    private final Clock clock;
    private final Map<String, Attempts> byKey;

    public LoginThrottle(SecurityProperties.Login settings, Clock clock, AuditTrail audit) {
        this.maxFailures = settings.maxFailures();
        this.audit = audit;
        this.lock = settings.lock();
        this.clock = clock;
        int tracked = settings.tracked();
        this.byKey = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Attempts> eldest) {
                return size() > tracked;
            }
        };
    }

    public int maxFailures() {
        return maxFailures;
    }

    public Duration lock() {
        return lock;
    }

    @Override
    public void onApplicationEvent(AbstractAuthenticationEvent event) {
        if (!(event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details)) {
            return;
        }
        String username = event.getAuthentication().getName();
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            boolean locked = failed(username, details.getRemoteAddress());
            // Who tried is a hash: a mistyped password is often typed into the user name box.
            String who = Sha256.of(username == null ? "" : username.strip().toLowerCase(Locale.ROOT)).substring(0, 12);
            log.warn("security.login-failed user={} address={} locked={}", who, details.getRemoteAddress(), locked);
            audit.append(AuditEntry.of("system:security", locked ? "LOGIN_LOCKED" : "LOGIN_FAILED", null)
                    .withDetail("user=" + who + " address=" + details.getRemoteAddress()));
        } else if (event instanceof AuthenticationSuccessEvent) {
            succeeded(username, details.getRemoteAddress());
        }
    }

    /** How long this pair stays locked, if it is. */
    public synchronized Optional<Duration> lockedFor(String username, String address) {
        Attempts a = byKey.get(key(username, address));
        Instant now = clock.instant();
        if (a == null || a.lockedUntil == null || !a.lockedUntil.isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, a.lockedUntil));
    }

    /** Counts a failure; {@code true} when it locks the pair. */
    public synchronized boolean failed(String username, String address) {
        Instant now = clock.instant();
        Attempts a = byKey.computeIfAbsent(key(username, address), k -> new Attempts());
        if (a.firstFailure == null || a.firstFailure.plus(lock).isBefore(now)) {
            a.failures = 0;
            a.firstFailure = now;
            a.lockedUntil = null;
        }
        a.failures++;
        if (a.failures >= maxFailures) {
            a.lockedUntil = now.plus(lock);
            return true;
        }
        return false;
    }

    public synchronized void succeeded(String username, String address) {
        byKey.remove(key(username, address));
    }

    private static String key(String username, String address) {
        return (username == null ? "" : username.strip().toLowerCase(Locale.ROOT)) + "\n" + address;
    }
}
