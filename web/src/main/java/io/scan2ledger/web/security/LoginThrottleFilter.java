package io.scan2ledger.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Stops a sign-in for a locked user name and address before the password is even checked, so a
 * locked pair learns nothing, not even whether a guess was right. The login form and the API's
 * HTTP Basic share one count: the same password must not be guessable through the other door.
 */
abstract class LoginThrottleFilter extends OncePerRequestFilter {

    static final String LOCKED_URL = "/login?locked";

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    /** The login form: a locked pair is sent back to the login page with the lock message. */
    static LoginThrottleFilter form(LoginThrottle throttle) {
        return new LoginThrottleFilter(throttle) {
            @Override
            String username(HttpServletRequest request) {
                boolean signIn = "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath());
                return signIn ? request.getParameter("username") : null;
            }

            @Override
            void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
                response.sendRedirect(request.getContextPath() + LOCKED_URL);
            }
        };
    }

    /** HTTP Basic on the API: 429 with a short JSON reason. */
    static LoginThrottleFilter basic(LoginThrottle throttle) {
        return new LoginThrottleFilter(throttle) {
            @Override
            String username(HttpServletRequest request) {
                String header = request.getHeader("Authorization");
                if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
                    return null;
                }
                try {
                    String pair = new String(Base64.getDecoder().decode(header.substring(6).trim()),
                            StandardCharsets.UTF_8);
                    int colon = pair.indexOf(':');
                    return colon < 0 ? null : pair.substring(0, colon);
                } catch (IllegalArgumentException notBase64) {
                    return null;
                }
            }

            @Override
            void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write("{\"error\":\"locked\",\"message\":\"ログインの失敗が続いたため一時的にロックしています"
                        + " / Locked for a while after repeated failed sign-ins\"}");
            }
        };
    }

    /** The user name this request signs in with, or null when it does not sign in. */
    abstract String username(HttpServletRequest request);

    abstract void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = username(request);
        java.util.Optional<java.time.Duration> locked = username == null ? java.util.Optional.empty()
                : throttle.lockedFor(username, request.getRemoteAddr());
        if (locked.isPresent()) {
            // When to try again, in whole seconds (RFC 9110), for scripts and for the page alike.
            response.setHeader("Retry-After", String.valueOf(Math.max(1, locked.get().toSeconds() + 1)));
            refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
