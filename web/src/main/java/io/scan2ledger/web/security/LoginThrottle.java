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
 * Failed sign-ins, counted twice over (see {@link FailureCount}):
 * <ul>
 *   <li>per user name and address: after {@code maxFailures} that pair is locked for the lock
 *       time, even with the right password, which makes guessing one password from one machine
 *       hopeless while the user can still sign in from another desk;</li>
 *   <li>per address: after {@code address.maxFailures} failures (any user names) within the
 *       window, sign-ins from that address are held for the window, which stops trying one common
 *       password on many user names. A user who signed in successfully from that address within
 *       {@code address.knownFor} is not held (their own pair count still applies), so a guesser
 *       behind an office's NAT cannot keep the office's staff out.</li>
 * </ul>
 * Only failures count; a success forgets its own pair's failures, never anyone else's. Every failure
 * is logged, its user name hashed, and audited; so is a hold and (sparingly) the sign-ins it refuses.
 *
 * <p>Counted from Spring Security's authentication events, so the login form and the API's HTTP
 * Basic share one count; the address is the one {@link ClientAddress} gives the authentication
 * details. In memory and bounded. A restart forgets every lock. Each node of a cluster counts on its own.
 */
public class LoginThrottle implements ApplicationListener<AbstractAuthenticationEvent> {

    /** Why a sign-in is refused before its password is checked, and for how long. */
    public record Refusal(Kind kind, Duration retryAfter) {
        public enum Kind { LOCKED, THROTTLED }
    }

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final FailureCount pairs;
    private final FailureCount addresses;
    private final Duration knownFor;
    private final Map<String, Instant> known;
    private final AuditTrail audit;
    private final Clock clock;

    public LoginThrottle(SecurityProperties.Login settings, Clock clock, AuditTrail audit) {
        this.pairs = new FailureCount(settings.maxFailures(), settings.lock(), settings.tracked());
        this.addresses = new FailureCount(settings.address().maxFailures(), settings.address().window(),
                settings.tracked());
        this.knownFor = settings.address().knownFor();
        this.audit = audit;
        this.clock = clock;
        int tracked = settings.tracked();
        this.known = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
                return size() > tracked;
            }
        };
    }

    public int maxFailures() {
        return pairs.max();
    }

    public Duration lock() {
        return pairs.window();
    }

    public Duration addressWindow() {
        return addresses.window();
    }

    @Override
    public void onApplicationEvent(AbstractAuthenticationEvent event) {
        if (!(event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details)) {
            return;
        }
        String username = event.getAuthentication().getName();
        String address = details.getRemoteAddress();
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            Outcome outcome = failed(username, address);
            String action = switch (outcome) {
                case THROTTLED -> "LOGIN_THROTTLED";
                case LOCKED -> "LOGIN_LOCKED";
                case COUNTED -> "LOGIN_FAILED";
            };
            String who = who(username);
            log.warn("security.login-failed user={} address={} outcome={}", who, address, outcome);
            String detail = "user=" + who + " address=" + address;
            if (outcome == Outcome.THROTTLED) {
                detail += " failures=" + addresses.max() + " held=" + addresses.window().toSeconds() + "s";
            }
            audit.append(AuditEntry.of("system:security", action, null).withDetail(detail));
        } else if (event instanceof AuthenticationSuccessEvent) {
            succeeded(username, address);
        }
    }

    /** What a failure led to: a new hold on the address, a lock of the pair, or just a count. */
    public enum Outcome { THROTTLED, LOCKED, COUNTED }

    /** Whether a sign-in with this user name from this address is refused before its password is checked. */
    public synchronized Optional<Refusal> refusal(String username, String address) {
        Instant now = clock.instant();
        Optional<Refusal> locked = pairs.heldFor(pair(username, address), now)
                .map(d -> new Refusal(Refusal.Kind.LOCKED, d));
        if (locked.isPresent() || isKnown(username, address, now)) {
            return locked;
        }
        return addresses.heldFor(address, now).map(d -> new Refusal(Refusal.Kind.THROTTLED, d));
    }

    /**
     * Records a sign-in refused by the address hold: counted, and audited and logged the 1st, 2nd,
     * 4th, 8th... time in a hold, enough to see an attack and its size, too little to flood the trail.
     */
    public void refused(Refusal refusal, String username, String address) {
        if (refusal.kind() != Refusal.Kind.THROTTLED) {
            return;
        }
        int refused;
        synchronized (this) {
            refused = addresses.refused(address);
        }
        if (Integer.bitCount(refused) == 1) {
            String who = who(username);
            log.warn("security.login-throttled user={} address={} refused={}", who, address, refused);
            audit.append(AuditEntry.of("system:security", "LOGIN_THROTTLED", null)
                    .withDetail("user=" + who + " address=" + address + " refused=" + refused));
        }
    }

    /** Counts a failure for the pair and the address. */
    public synchronized Outcome failed(String username, String address) {
        Instant now = clock.instant();
        boolean locked = pairs.failed(pair(username, address), now);
        boolean held = addresses.failed(address, now);
        return held ? Outcome.THROTTLED : locked ? Outcome.LOCKED : Outcome.COUNTED;
    }

    /** Forgets this pair's failures (not the address's: other user names' failures stand) and knows the pair. */
    public synchronized void succeeded(String username, String address) {
        pairs.forget(pair(username, address));
        known.put(pair(username, address), clock.instant());
    }

    private boolean isKnown(String username, String address, Instant now) {
        Instant at = known.get(pair(username, address));
        return at != null && at.plus(knownFor).isAfter(now);
    }

    /** Who tried, as a short hash: a mistyped password is often typed into the user name box. */
    static String who(String username) {
        return Sha256.of(normal(username)).substring(0, 12);
    }

    private static String normal(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static String pair(String username, String address) {
        return normal(username) + "\n" + address;
    }
}
