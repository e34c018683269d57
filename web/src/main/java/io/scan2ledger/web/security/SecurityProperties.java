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
        login = login == null ? new Login(null, null, null) : login;
    }

    /**
     * @param maxFailures failed logins for one user name from one address before that pair is locked
     * @param lock        how long the lock lasts (also the window the failures are counted in)
     * @param tracked     user name and address pairs remembered at most (the oldest are forgotten)
     */
    public record Login(Integer maxFailures, Duration lock, Integer tracked) {
        public Login {
            maxFailures = maxFailures == null ? 5 : maxFailures;
            lock = lock == null ? Duration.ofMinutes(15) : lock;
            tracked = tracked == null ? 10_000 : tracked;
        }
    }
}
