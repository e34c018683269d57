package io.scan2ledger.legacyledger.web;

import io.scan2ledger.legacyledger.fault.Faults;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Every screen but the login needs a live login. The idle timeout is checked here, to the
 * millisecond, rather than left to Tomcat, which counts session timeouts in whole minutes.
 */
final class SessionGuard implements HandlerInterceptor {

    private final Duration timeout;
    private final Faults faults;
    private final Clock clock;

    SessionGuard(Duration timeout, Faults faults, Clock clock) {
        this.timeout = timeout;
        this.faults = faults;
        this.clock = clock;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        HttpSession http = request.getSession(false);
        Optional<ClerkSession> clerk = ClerkSession.find(http).filter(ClerkSession::loggedIn);
        if (clerk.isEmpty()) {
            // A session cookie the server no longer knows: it timed out (or the server restarted).
            boolean lost = http == null && request.getRequestedSessionId() != null;
            return LoginScreen.redirect(response, lost ? "timeout" : "login");
        }
        if (clerk.get().expired(clock.instant(), timeout, faults.sessionGeneration())) {
            http.invalidate();
            return LoginScreen.redirect(response, "timeout");
        }
        clerk.get().touch(clock.instant());
        request.setAttribute(ClerkSession.KEY, clerk.get());
        return true;
    }
}
