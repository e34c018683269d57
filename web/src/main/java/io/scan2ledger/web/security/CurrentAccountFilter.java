package io.scan2ledger.web.security;

import io.scan2ledger.support.Sha256;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Access taken away ends at once: on every request of a signed-in page session the account is
 * read again, and a session whose user was disabled, removed, or given other roles, channels or DV
 * access is ended before the request runs (the user signs in again and gets what is theirs now).
 * The database is the one source, so this holds across restarts and nodes; the API signs in on
 * every request and needs no such check.
 */
final class CurrentAccountFilter extends OncePerRequestFilter {

    static final String ENDED_URL = "/login?ended";
    private static final Logger log = LoggerFactory.getLogger(CurrentAccountFilter.class);

    private final UserDirectory users;

    CurrentAccountFilter(UserDirectory users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof UserAccount signedIn && !stillHolds(signedIn)) {
            log.info("security.session-ended user={} reason=access-changed",
                    Sha256.of(signedIn.getUsername().toLowerCase(Locale.ROOT)).substring(0, 12));
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + ENDED_URL);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean stillHolds(UserAccount signedIn) {
        try {
            UserAccount now = users.loadUserByUsername(signedIn.getUsername());
            return now.isEnabled() && now.reader().equals(signedIn.reader())
                    && Set.copyOf(now.getAuthorities()).equals(Set.copyOf(signedIn.getAuthorities()));
        } catch (UsernameNotFoundException gone) {
            return false;
        }
    }
}
