package io.scan2ledger.web.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * {@code scan2ledger.security.*}.
 *
 * @param users users created at start-up when absent. Production configures its own with encoded
 *              password hashes; there are no default users outside the demo profile.
 * @param login how failed logins are throttled
 */
@ConfigurationProperties("scan2ledger.security")
public record SecurityProperties(List<UserDirectory.UserSpec> users, Login login) {

    public SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
        login = login == null ? new Login(null, null, null, null, null) : login;
    }

    /**
     * @param maxFailures    failed logins for one user name from one address before that pair is locked
     * @param lock           how long the lock lasts (also the window the failures are counted in)
     * @param tracked        user name and address pairs (and addresses) remembered at most (the oldest are forgotten)
     * @param address        failed logins from one address, whatever the user names
     * @param trustedProxies reverse proxies whose {@code X-Forwarded-For} is believed (exact addresses);
     *                       none by default: the connection's address is the client's
     */
    public record Login(Integer maxFailures, Duration lock, Integer tracked, Address address,
                        List<String> trustedProxies) {
        public Login {
            maxFailures = maxFailures == null ? 5 : maxFailures;
            lock = lock == null ? Duration.ofMinutes(15) : lock;
            tracked = tracked == null ? 10_000 : tracked;
            address = address == null ? new Address(null, null, null) : address;
            trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
        }
    }

    /**
     * @param maxFailures failed logins from one address (any user names) within the window before
     *                    sign-ins from it are held for the window
     * @param window      the window the failures are counted in, and how long a hold lasts (never longer)
     * @param knownFor    a user who signed in from the address this recently is not held by it
     */
    public record Address(Integer maxFailures, Duration window, Duration knownFor) {
        public Address {
            maxFailures = maxFailures == null ? 20 : maxFailures;
            window = window == null ? Duration.ofMinutes(10) : window;
            knownFor = knownFor == null ? Duration.ofHours(12) : knownFor;
        }
    }
}
